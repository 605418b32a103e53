// `npm run load`: a load and soak run against the HTTPS endpoint's server on loopback, bounded.
// Builds, then starts the built server (`dist/server/main.js`, what `npm run serve` runs) as its own
// process on 127.0.0.1 at an ephemeral port, twice:
//   1. verification on: CONNECTIONS connections send unsigned requests for PHASE_MS; every answer
//      must be 400;
//   2. verification off (which it warns about): CONNECTIONS connections cycle through a
//      LaunchRequest and the red-flag check (start, a "no", a "yes") for PHASE_MS; every answer must
//      be 200 with speech.
// Alongside each, SLOW_CLIENTS clients send a body a byte at a time and as many send their headers a
// byte at a time: the server must cut each off with HTTP 408 (its deadline runs from when it accepts
// the connection; on a saturated machine the kernel may hold a new connection some seconds before
// the server gets to accept it, so the time each client saw is reported, not bounded). At the end of
// each phase, after SETTLE_MS idle, the server's memory must be back near where it started (RSS
// within MEMORY_SLACK of the figure after a warm-up) and the server must hold no socket but its
// listening one; this process must hold none either. Prints the figures; exits non-zero on any
// unexpected status, connection error or timeout, or failed check.
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { connect } from "node:net";
import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";
import autocannon from "autocannon";
import { buildSkill } from "../lambda/build-skill.ts";
import { buildServer, SERVER } from "../scripts/build.mts";
import { intentRequest, launchRequest } from "../simulator/envelopes.ts";
import { REQUEST_TIMEOUT_MS } from "./listen.ts";

const CONNECTIONS = 200;
const PHASE_MS = 15_000;
const WARM_UP_MS = 3_000;
const SLOW_CLIENTS = 20;
const SLOW_BYTE_EVERY_MS = 1_000;
/** A slow client the server has not cut off by then is closed by this run, and counts as a failure. */
const SLOW_LIMIT_MS = REQUEST_TIMEOUT_MS + 20_000;
const START_LIMIT_MS = 20_000;
const RUN_LIMIT_MS = 180_000;
/** A request unanswered for this long counts as a timeout: the server's own request deadline. */
const REQUEST_TIMEOUT_S = REQUEST_TIMEOUT_MS / 1000;
/** The server's RSS at the end may be at most this much above its figure after the warm-up. */
const MEMORY_SLACK = 1.5;
/** Idle time before memory is read: long enough for V8 to give memory back when nothing happens. */
const SETTLE_MS = 10_000;
const SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-000000000001";
const HOST = "127.0.0.1";

/** The valid request bodies, in the order each connection sends them. */
async function validBodies(): Promise<string[]> {
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
  /** The server's log lines, by event and status or outcome. */
  lines: Map<string, number>;
  drained: Promise<void>;
}

/** The server now running, stopped whatever happens. */
let current: ChildProcess | undefined;

async function startServer(verify: boolean): Promise<Server> {
  const child = spawn(process.execPath, [SERVER], {
    env: {
      ...process.env,
      SKILL_ID,
      HOST,
      PORT: "0",
      SKIP_REQUEST_VERIFICATION: verify ? "false" : "true",
    },
    stdio: ["ignore", "pipe", "ignore"],
  });
  current = child;
  const lines = new Map<string, number>();
  const reader = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const drained = new Promise<void>((resolve) => reader.once("close", resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the server did not start in time")), START_LIMIT_MS);
    child.once("exit", (code) => reject(new Error(`the server exited early (code ${code})`)));
    reader.on("line", (line) => {
      const url = /listening on (http:\/\/\S+)/.exec(line)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url, lines, drained });
        return;
      }
      if (!line.startsWith("{")) return;
      const entry = JSON.parse(line) as {
        event?: string;
        status?: number;
        reason?: string;
        outcome?: string;
      };
      const key =
        entry.event === "refused"
          ? `refused ${entry.status} (${entry.reason})`
          : `${entry.event} ${entry.outcome}`;
      lines.set(key, (lines.get(key) ?? 0) + 1);
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

/** The server's resident memory, in MB (Linux: /proc; elsewhere `ps`). */
function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return Number(kb) / 1024;
  } catch {
    return Number.NaN;
  }
}

/** How many sockets the server process holds open (Linux: /proc/<pid>/fd); NaN where unknown. */
function socketsOf(pid: number): number {
  try {
    const dir = `/proc/${pid}/fd`;
    return readdirSync(dir).filter((fd) => {
      try {
        return readlinkSync(`${dir}/${fd}`).startsWith("socket:");
      } catch {
        return false;
      }
    }).length;
  } catch {
    return Number.NaN;
  }
}

/** This process's open TCP sockets. */
function ownSockets(): number {
  return process.getActiveResourcesInfo().filter((kind) => kind === "TCPSocketWrap").length;
}

interface SlowResult {
  /** How long each client lasted, in ms, from connecting to the server closing it. */
  lasted: number[];
  statuses: Map<string, number>;
}

/** Clients that send a body (or their headers) a byte a second; each must be cut off in time. */
async function slowClients(url: string): Promise<SlowResult> {
  const { hostname, port } = new URL(url);
  const result: SlowResult = { lasted: [], statuses: new Map() };
  const one = (start: string, drip: string) =>
    new Promise<void>((resolve) => {
      const startedAt = performance.now();
      const socket = connect(Number(port), hostname);
      let received = "";
      socket.on("data", (chunk) => {
        received += chunk.toString();
      });
      socket.on("error", () => {});
      socket.write(start);
      const timer = setInterval(() => socket.writable && socket.write(drip), SLOW_BYTE_EVERY_MS);
      // Bounded even if the server never cuts it off.
      const limit = setTimeout(() => socket.destroy(), SLOW_LIMIT_MS);
      socket.on("close", () => {
        clearInterval(timer);
        clearTimeout(limit);
        const status = /^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? "none";
        result.statuses.set(status, (result.statuses.get(status) ?? 0) + 1);
        result.lasted.push(performance.now() - startedAt);
        resolve();
      });
    });
  await Promise.all([
    ...Array.from({ length: SLOW_CLIENTS }, () =>
      one(
        `POST / HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n`,
        "{",
      ),
    ),
    ...Array.from({ length: SLOW_CLIENTS }, () => one("POST / HTTP/1.1\r\n", "X")),
  ]);
  return result;
}

interface Fired {
  result: autocannon.Result;
  statuses: Map<number, number>;
  badBodies: number;
}

/** CONNECTIONS connections sending `bodies` in turn for `durationMs`. */
function fire(url: string, bodies: string[], durationMs: number, wantSpeech: boolean): Promise<Fired> {
  const statuses = new Map<number, number>();
  let badBodies = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: durationMs / 1000,
        timeout: REQUEST_TIMEOUT_S,
        headers: { "content-type": "application/json" },
        requests: bodies.map((body) => ({
          method: "POST" as const,
          path: "/",
          body,
          onResponse: (status: number, responseBody: string) => {
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            const ok = wantSpeech
              ? responseBody.includes('"outputSpeech"')
              : responseBody.startsWith('{"error":');
            if (!ok) badBodies += 1;
          },
        })),
      },
      (error, result) => (error ? reject(error) : resolve({ result, statuses, badBodies })),
    );
  });
}

interface Phase {
  name: string;
  verify: boolean;
  bodies: string[];
  expected: number;
}

async function runPhase({ name, verify, bodies, expected }: Phase): Promise<boolean> {
  const server = await startServer(verify);
  const pid = server.child.pid ?? 0;
  const problems: string[] = [];
  try {
    const socketsAtStart = socketsOf(pid);
    await fire(server.url, bodies, WARM_UP_MS, !verify);
    await sleep(SETTLE_MS);
    const warmMb = rssMb(pid);
    const [fired, slow] = await Promise.all([
      fire(server.url, bodies, PHASE_MS, !verify),
      slowClients(server.url),
    ]);
    await sleep(SETTLE_MS);
    const endMb = rssMb(pid);
    const socketsAtEnd = socketsOf(pid);
    const { result, statuses, badBodies } = fired;
    const unexpected = [...statuses].filter(([status]) => status !== expected).reduce((n, [, c]) => n + c, 0);
    const answered = statuses.get(expected) ?? 0;

    console.log(`${name}`);
    console.log(
      `  requests     ${result.requests.total} over ${CONNECTIONS} connections in ${PHASE_MS / 1000} s`,
    );
    console.log(`  statuses     ${[...statuses].map(([s, c]) => `${s}: ${c}`).join(", ")}`);
    console.log(`  requests/s   ${result.requests.average.toFixed(0)} (mean)`);
    console.log(
      `  latency      p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    );
    console.log(
      `  errors       connection ${result.errors}, timeouts ${result.timeouts}, bad bodies ${badBodies}`,
    );
    const lasted = slow.lasted.sort((a, b) => a - b).map((ms) => (ms / 1000).toFixed(1));
    console.log(
      `  slow clients ${2 * SLOW_CLIENTS}: ${[...slow.statuses].map(([s, c]) => `${s}: ${c}`).join(", ")}; ` +
        `closed after ${lasted[0]}-${lasted.at(-1)} s (median ${lasted[Math.floor(lasted.length / 2)]} s)`,
    );
    console.log(
      `  memory       RSS ${warmMb.toFixed(1)} MB after warm-up, ${endMb.toFixed(1)} MB at the end`,
    );
    console.log(`  sockets      server holds ${socketsAtEnd} at the end (${socketsAtStart} at start)`);

    if (answered === 0) problems.push(`no ${expected} answers`);
    if (unexpected > 0) problems.push(`${unexpected} unexpected statuses`);
    if (result.errors > 0 || result.timeouts > 0) problems.push("connection errors or timeouts");
    if (badBodies > 0) problems.push(`${badBodies} answers with the wrong body`);
    if (slow.statuses.get("408") !== 2 * SLOW_CLIENTS) problems.push("slow clients not all cut off with 408");
    if (!(endMb <= warmMb * MEMORY_SLACK)) problems.push(`memory did not come back (${endMb.toFixed(1)} MB)`);
    if (!(socketsAtEnd <= socketsAtStart))
      problems.push(`the server holds ${socketsAtEnd - socketsAtStart} sockets more`);
  } finally {
    await stopServer(server.child);
  }
  await server.drained;
  const logged = [...server.lines].map(([key, count]) => `${key}: ${count}`).join(", ");
  console.log(`  server log   ${logged}`);
  if (ownSockets() > 0) problems.push(`the load run holds ${ownSockets()} sockets`);
  for (const problem of problems) console.log(`  PROBLEM      ${problem}`);
  return problems.length === 0;
}

async function run(): Promise<boolean> {
  await buildServer();
  const valid = await validBodies();
  // Unsigned: Alexa's requests, fresh, with no signature headers.
  const on = await runPhase({
    name: "Verification on, unsigned requests (all 400)",
    verify: true,
    bodies: valid,
    expected: 400,
  });
  const off = await runPhase({
    name: "Verification off, valid requests (all 200)",
    verify: false,
    bodies: valid,
    expected: 200,
  });
  return on && off;
}

const limit = setTimeout(() => {
  console.error(`the load run did not finish within ${RUN_LIMIT_MS / 1000} s`);
  current?.kill("SIGKILL");
  process.exit(1);
}, RUN_LIMIT_MS);
limit.unref();

run().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
