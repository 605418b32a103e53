// The server's settings, read from the environment. Fails closed: without SKILL_ID it will not start,
// and request verification can only be turned off explicitly, on a loopback address.
export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = "127.0.0.1";
export const SKIP_VERIFICATION_VAR = "SKIP_REQUEST_VERIFICATION";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "localhost"]);

export interface ServerConfig {
  skillId: string;
  host: string;
  port: number;
  verify: boolean;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

type Env = Readonly<Record<string, string | undefined>>;

function readPort(value: string | undefined): number {
  if (value === undefined || value === "") return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, not "${value}"`);
  }
  return port;
}

function readVerify(value: string | undefined): boolean {
  if (value === undefined || value === "" || value === "false") return true;
  if (value === "true") return false;
  throw new ConfigError(`${SKIP_VERIFICATION_VAR} must be "true" or "false", not "${value}"`);
}

export function readServerConfig(env: Env): ServerConfig {
  const skillId = env.SKILL_ID?.trim();
  if (!skillId) {
    throw new ConfigError("SKILL_ID is not set: the server refuses to start without the skill's id");
  }
  const host = env.HOST || DEFAULT_HOST;
  const verify = readVerify(env[SKIP_VERIFICATION_VAR]);
  if (!verify && !LOOPBACK_HOSTS.has(host)) {
    throw new ConfigError(`${SKIP_VERIFICATION_VAR}=true is for local testing only: HOST must be loopback`);
  }
  return { skillId, host, port: readPort(env.PORT), verify };
}
