// `npm run serve`: the skill behind Alexa's HTTPS endpoint option, as a plain HTTP server; put a TLS
// terminator in front of it (docs/hosting.md).
//   SKILL_ID                        required; requests for any other skill are refused
//   PORT                            default 3000
//   HOST                            default 127.0.0.1; 0.0.0.0 to listen on every interface
//   SKIP_REQUEST_VERIFICATION=true  local testing only (loopback HOST only); warns on every start
import { buildSkill } from "../lambda/build-skill.ts";
import { createApp } from "./app.ts";
import { ConfigError, readServerConfig } from "./config.ts";
import { listen } from "./listen.ts";

async function main(): Promise<void> {
  const config = readServerConfig(process.env);
  const skill = buildSkill({ skillId: config.skillId });
  const app = createApp({ skill, verifiers: config.verify ? undefined : "off" });
  const listening = await listen(app, config.host, config.port);
  console.log(`Back Spasm Guide listening on ${listening.url} (POST / for Alexa, GET /health)`);

  const stop = (signal: string) => {
    console.log(`${signal}: closing`);
    listening.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
