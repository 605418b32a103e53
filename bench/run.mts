// `npm run bench`: the skill's Lambda bundle against a baseline, built in the same run.
//
//   bundle bytes      dist/lambda/index.js vs. bench/baseline.ts bundled with the same esbuild options
//   cold start        median over COLD_RUNS fresh Node processes that load the bundle and answer a
//                     LaunchRequest: process start → answer (read inside the process), and the whole
//                     process's wall time (spawn → exit, read by this process)
//   warm              p50 / p99 of WARM_REQUESTS in-process requests through the exported handler,
//                     cycling through every intent of the model (and launch, session end, the check)
//
// Then whether each docs/design.md budget holds. Informative only: nothing here fails a build, and no
// test asserts a time. Only node and esbuild are used. Settings: BENCH_COLD_RUNS, BENCH_WARM_REQUESTS.
import { spawnSync } from "node:child_process";
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { build } from "esbuild";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags.ts";
import { BUNDLE, buildLambda, LAMBDA_BUNDLE_OPTIONS, METAFILE, ROOT } from "../scripts/build.mts";
import { bundledInputs, packageOf, readMetafile } from "../scripts/bundle-contents.mts";
import {
  type EnvelopeOptions,
  intentRequest,
  launchRequest,
  type SlotFill,
  sessionEndedRequest,
} from "../simulator/envelopes.ts";
import { MODEL } from "../simulator/session.ts";

const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 21);
const WARM_REQUESTS = Number(process.env.BENCH_WARM_REQUESTS ?? 10_000);
const WARM_UP = 1_000;
const SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-00000000beef";

const BUDGET = { bundleBytes: 250_000, coldRatio: 1.2, warmP99Ms: 1 };

const OUT = join(ROOT, "dist/bench");
const BASELINE = join(OUT, "baseline/index.js");
const BASELINE_META = join(OUT, "baseline/meta.json");
const EVENT_FILE = join(OUT, "launch-request.json");
const COLD_SCRIPT = join(ROOT, "bench/cold-start.cjs");

async function buildBaseline(): Promise<void> {
  const result = await build({
    ...LAMBDA_BUNDLE_OPTIONS,
    entryPoints: [join(ROOT, "bench/baseline.ts")],
    outfile: BASELINE,
  });
  writeFileSync(BASELINE_META, JSON.stringify(result.metafile));
}

// ---------------------------------------------------------------------------------------------
// Requests

const model = MODEL.interactionModel.languageModel;
const FLAG_IDS = RED_FLAGS.map((f) => f.id);

/** A mix that reaches every intent: fresh, inside the red-flag check, and paging a list. */
function requestMix(): RequestEnvelope[] {
  const fresh: EnvelopeOptions = { skillId: SKILL_ID, attributes: {}, newSession: true };
  const inCheck: EnvelopeOptions = {
    skillId: SKILL_ID,
    attributes: { conversation: { v: 1, check: { index: 3, questionId: FLAG_IDS[3] } } },
  };
  const inList: EnvelopeOptions = {
    skillId: SKILL_ID,
    attributes: { conversation: { v: 1, pending: { kind: "list", list: "causes", page: 1 } } },
  };
  const mix: RequestEnvelope[] = [launchRequest(fresh), sessionEndedRequest(inCheck)];
  for (const intent of model.intents) {
    const slotFills: Record<string, SlotFill>[] = [{}];
    for (const slot of intent.slots ?? []) {
      const value = model.types?.find((t) => t.name === slot.type)?.values[0];
      const id = value?.id ?? value?.name.value ?? "";
      slotFills.push({ [slot.name]: { value: id, type: slot.type, id } });
      slotFills.push({ [slot.name]: { value: "something else", type: slot.type } });
    }
    for (const options of [fresh, inCheck, inList]) {
      for (const slots of slotFills) mix.push(intentRequest(options, intent.name, slots));
    }
  }
  return mix;
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface Target {
  name: string;
  bundle: string;
}

function median(values: readonly number[]): number {
  return percentile(values, 50);
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(0, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[rank] ?? Number.NaN;
}

interface Cold {
  bootMs: number;
  loadedMs: number;
  answeredMs: number;
  wallMs: number;
}

function coldStart(target: Target): Cold {
  const started = performance.now();
  const run = spawnSync(process.execPath, [COLD_SCRIPT, target.bundle, EVENT_FILE], {
    encoding: "utf8",
    env: { ...process.env, SKILL_ID },
  });
  const wallMs = performance.now() - started;
  if (run.status !== 0) throw new Error(`${target.name}: cold start failed\n${run.stderr}`);
  const last = run.stdout.trim().split("\n").at(-1) ?? "";
  return { ...(JSON.parse(last) as Omit<Cold, "wallMs">), wallMs };
}

type Handler = (event: RequestEnvelope, context: unknown) => Promise<ResponseEnvelope>;

async function warm(handlers: Record<string, Handler>, mix: readonly RequestEnvelope[]) {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(handlers).map((n) => [n, []]));
  const log = console.log;
  console.log = () => {}; // the skill's log line is built, but not written to the terminal
  try {
    const block = 1_000;
    for (let done = -WARM_UP; done < WARM_REQUESTS; done += block) {
      // Alternate blocks so both see the same machine.
      for (const [name, handler] of Object.entries(handlers)) {
        for (let i = 0; i < block; i++) {
          const event = structuredClone(mix[(done + WARM_UP + i) % mix.length] as RequestEnvelope);
          const t0 = performance.now();
          await handler(event, {});
          const ms = performance.now() - t0;
          if (done >= 0) times[name]?.push(ms);
        }
      }
    }
  } finally {
    console.log = log;
  }
  return times;
}

/** Output bytes of a bundle by package, from its metafile. */
function composition(metafile: string, bundle: string): [string, number][] {
  const bytes = new Map<string, number>();
  for (const { file, bytes: n } of bundledInputs(readMetafile(metafile), bundle)) {
    const owner = packageOf(file) ?? `(skill) ${file.split("/")[0]}/`;
    bytes.set(owner, (bytes.get(owner) ?? 0) + n);
  }
  return [...bytes].sort((x, y) => y[1] - x[1]);
}

// ---------------------------------------------------------------------------------------------

const fmt = (n: number, digits = 2) => n.toFixed(digits);
const kb = (bytes: number) => `${bytes.toLocaleString("en-US")} B`;

async function main(): Promise<void> {
  mkdirSync(dirname(BASELINE), { recursive: true });
  await buildLambda();
  await buildBaseline();
  const mix = requestMix();
  writeFileSync(EVENT_FILE, JSON.stringify(launchRequest({ skillId: SKILL_ID, newSession: true })));

  const skill: Target = { name: "skill", bundle: BUNDLE };
  const baseline: Target = { name: "baseline", bundle: BASELINE };

  const colds: Record<string, Cold[]> = { skill: [], baseline: [] };
  for (let i = 0; i < COLD_RUNS; i++) {
    for (const target of i % 2 === 0 ? [skill, baseline] : [baseline, skill]) {
      colds[target.name]?.push(coldStart(target));
    }
  }

  process.env.SKILL_ID = SKILL_ID;
  const require = createRequire(import.meta.url);
  const handlers: Record<string, Handler> = {
    skill: (require(skill.bundle) as { handler: Handler }).handler,
    baseline: (require(baseline.bundle) as { handler: Handler }).handler,
  };
  const times = await warm(handlers, mix);

  const figure = (name: string) => {
    const cold = colds[name] ?? [];
    const warmTimes = times[name] ?? [];
    return {
      bytes: statSync(name === "skill" ? skill.bundle : baseline.bundle).size,
      boot: median(cold.map((c) => c.bootMs)),
      load: median(cold.map((c) => c.loadedMs - c.bootMs)),
      first: median(cold.map((c) => c.answeredMs - c.loadedMs)),
      answered: median(cold.map((c) => c.answeredMs)),
      wall: median(cold.map((c) => c.wallMs)),
      p50: percentile(warmTimes, 50),
      p99: percentile(warmTimes, 99),
    };
  };
  const s = figure("skill");
  const b = figure("baseline");
  const ratio = (x: number, y: number) => `${fmt(x / y)}×`;
  const holds = (ok: boolean) => (ok ? "holds" : "**MISSED**");

  const rows = [
    [
      "bundle size",
      kb(s.bytes),
      kb(b.bytes),
      ratio(s.bytes, b.bytes),
      `≤ ${kb(BUDGET.bundleBytes)}`,
      holds(s.bytes <= BUDGET.bundleBytes),
    ],
    [
      "cold: process start → answer (median)",
      `${fmt(s.answered, 1)} ms`,
      `${fmt(b.answered, 1)} ms`,
      ratio(s.answered, b.answered),
      `≤ ${BUDGET.coldRatio}× baseline`,
      holds(s.answered <= BUDGET.coldRatio * b.answered),
    ],
    [
      "cold: whole process wall time (median)",
      `${fmt(s.wall, 1)} ms`,
      `${fmt(b.wall, 1)} ms`,
      ratio(s.wall, b.wall),
      `≤ ${BUDGET.coldRatio}× baseline`,
      holds(s.wall <= BUDGET.coldRatio * b.wall),
    ],
    ["warm p50", `${fmt(s.p50, 3)} ms`, `${fmt(b.p50, 3)} ms`, ratio(s.p50, b.p50), "", ""],
    [
      "warm p99",
      `${fmt(s.p99, 3)} ms`,
      `${fmt(b.p99, 3)} ms`,
      ratio(s.p99, b.p99),
      `≤ ${BUDGET.warmP99Ms} ms`,
      holds(s.p99 <= BUDGET.warmP99Ms),
    ],
  ];
  const header = ["figure", "skill", "baseline", "ratio", "budget (docs/design.md)", "budget"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;

  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  console.log(
    `\nmachine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? "unknown"}), ${memory}, ` +
      `Node ${process.version}, ${process.platform}-${process.arch}`,
  );
  console.log(
    `cold: median of ${COLD_RUNS} processes each; warm: ${WARM_REQUESTS.toLocaleString("en-US")} requests each ` +
      `after ${WARM_UP.toLocaleString("en-US")} to warm up, cycling through ${mix.length} requests over ` +
      `${model.intents.length} intents\n`,
  );
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(row));

  console.log(
    `\ncold start, medians: Node boot ${fmt(s.boot, 1)} / ${fmt(b.boot, 1)} ms, ` +
      `loading the bundle ${fmt(s.load, 1)} / ${fmt(b.load, 1)} ms, ` +
      `first answer ${fmt(s.first, 1)} / ${fmt(b.first, 1)} ms (skill / baseline)`,
  );
  console.log("\nwhat the skill's bundle holds (bytes in the output, by package):");
  for (const [owner, bytes] of composition(METAFILE, BUNDLE)) {
    console.log(`  ${owner.padEnd(28)} ${bytes.toLocaleString("en-US").padStart(9)}`);
  }
}

await main();
