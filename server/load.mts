// `npm run load`: a fixed number of requests against the HTTPS endpoint's server on loopback.
// Builds, then starts the built server (`dist/server/main.js`, what `npm run serve` runs) as its own
// process on 127.0.0.1 (an ephemeral port, verification off,
// which it warns about), sends REQUESTS requests over CONNECTIONS connections with autocannon,
// cycling through a LaunchRequest and the red-flag check (start, a "no", a "yes"), then prints
// requests/s, p99 latency and errors. Bounded: the run is stopped after RUN_LIMIT_MS whatever happens.
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { buildSkill } from "../lambda/build-skill.ts";
import { buildServer, SERVER } from "../scripts/build.mts";
import { intentRequest, launchRequest } from "../simulator/envelopes.ts";

const REQUESTS = 10_000;
const CONNECTIONS = 10;
const START_LIMIT_MS = 20_000;
const RUN_LIMIT_MS = 120_000;
const REQUEST_TIMEOUT_S = 5;
const SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-000000000001";
const HOST = "127.0.0.1";

/** The request bodies, in the order each connection sends them. */
async function requestBodies(): Promise<string[]> {
  const options = { skillId: SKILL_ID };
  const start = intentRequest(options, "CheckSymptomsIntent");
  // The attributes Alexa would carry into the next turn, from the real skill.
  const started = await buildSkill({ skillId: SKILL_ID, log: () => {} }).invoke(start);
  const inCheck = { ...options, attributes: started.sessionAttributes ?? {} };
  return [
    launchRequest(options),
    start,
    intentRequest(inCheck, "AMAZON.NoIntent"),
    intentRequest(inCheck, "AMAZON.YesIntent"),
  ].map((envelope) => JSON.stringify(envelope));
}

interface Server {
  child: ChildProcess;
  url: string;
  /** Log lines the skill wrote for answered requests, and for failed ones. */
  counts: { answered: number; failed: number };
  /** Settles once the server's output has all been read. */
  drained: Promise<void>;
}

async function startServer(): Promise<Server> {
  await buildServer();
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, SKILL_ID, HOST, PORT: "0", SKIP_REQUEST_VERIFICATION: "true" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const counts = { answered: 0, failed: 0 };
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const drained = new Promise<void>((resolve) => lines.once("close", resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the server did not start in time")), START_LIMIT_MS);
    child.once("exit", (code) => reject(new Error(`the server exited early (code ${code})`)));
    lines.on("line", (line) => {
      const url = /listening on (http:\/\/\S+)/.exec(line)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url, counts, drained });
      } else if (line.includes('"event":"request"')) {
        if (line.includes('"outcome":"error"')) counts.failed += 1;
        else counts.answered += 1;
      }
    });
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** Runs autocannon to the end, or stops it after RUN_LIMIT_MS. */
function fire(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => {
      clearTimeout(limit);
      if (error) reject(error);
      else resolve(result);
    });
    const limit = setTimeout(() => instance.stop(), RUN_LIMIT_MS);
  });
}

async function run(): Promise<boolean> {
  const bodies = await requestBodies();
  const server = await startServer();
  let badBodies = 0;
  let lastResponseAt = 0;
  let result: autocannon.Result;
  // autocannon notices the end on its once-a-second tick, so time the run from its last response.
  const startedAt = performance.now();
  try {
    result = await fire({
      url: server.url,
      connections: CONNECTIONS,
      amount: REQUESTS,
      timeout: REQUEST_TIMEOUT_S,
      headers: { "content-type": "application/json" },
      requests: bodies.map((body) => ({
        method: "POST" as const,
        path: "/",
        body,
        onResponse: (status: number, responseBody: string) => {
          lastResponseAt = performance.now();
          if (status !== 200 || !responseBody.includes('"outputSpeech"')) badBodies += 1;
        },
      })),
    });
  } finally {
    await stopServer(server.child);
  }
  await server.drained;

  const completed = result["2xx"] + result.non2xx;
  const errors = result.errors + result.non2xx + badBodies;
  console.log("HTTPS endpoint load run (loopback, verification off)");
  console.log(`  requests     ${completed} of ${REQUESTS} over ${CONNECTIONS} connections`);
  const seconds = (lastResponseAt - startedAt) / 1000;
  console.log(`  duration     ${seconds.toFixed(2)} s`);
  console.log(`  requests/s   ${(completed / seconds).toFixed(0)}`);
  console.log(`  latency      p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
  console.log(
    `  errors       ${errors} (connection ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, bad bodies ${badBodies})`,
  );
  console.log(`  skill log    ${server.counts.answered} answered, ${server.counts.failed} failed`);
  return completed === REQUESTS && errors === 0 && server.counts.answered === REQUESTS;
}

run().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
