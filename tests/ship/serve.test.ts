// `npm run serve` as it runs: the built dist/server/main.js (made by the global setup's build) in its
// own process, configured only by the environment.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import type { ResponseEnvelope } from "ask-sdk-model";
import { afterEach, describe, expect, it } from "vitest";
import { SERVER } from "../../scripts/build.mts";
import { launchRequest } from "../../simulator/envelopes";
import { responseProblems } from "../support/response-checks";
import { TEST_SKILL_ID } from "../support/skill";

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill("SIGKILL");
  child = undefined;
});

/** Starts the server and resolves with its URL and everything it has printed so far. */
async function start(env: NodeJS.ProcessEnv): Promise<{ url: string; output: () => string }> {
  child = spawn(process.execPath, [SERVER], { env: { PATH: process.env.PATH, ...env } });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line in: ${output}`)), 10_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child?.stdout?.on("data", read);
    child?.stderr?.on("data", read);
  });
  return { url, output: () => output };
}

describe("npm run serve (dist/server/main.js)", () => {
  it("will not start without SKILL_ID", () => {
    const run = spawnSync(process.execPath, [SERVER], { env: { PATH: process.env.PATH }, encoding: "utf8" });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("SKILL_ID");
  });

  it("refuses an unsigned request with 400, and stops cleanly on SIGTERM", async () => {
    const server = await start({ SKILL_ID: TEST_SKILL_ID, PORT: "0" });
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const answer = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(launchRequest({ skillId: TEST_SKILL_ID })),
    });
    expect(answer.status).toBe(400);
    child?.kill("SIGTERM");
    const [code] = await once(child as ChildProcess, "exit");
    expect(code).toBe(0);
  });

  it("with verification switched off: warns on start and answers a LaunchRequest", async () => {
    const server = await start({ SKILL_ID: TEST_SKILL_ID, PORT: "0", SKIP_REQUEST_VERIFICATION: "true" });
    const answer = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(launchRequest({ skillId: TEST_SKILL_ID })),
    });
    expect(answer.status).toBe(200);
    expect(await responseProblems((await answer.json()) as ResponseEnvelope)).toEqual([]);
    expect(server.output()).toMatch(/verification is off/i);
  });
});
