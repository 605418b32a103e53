// `npm run bench`: the skill's Lambda bundle against a baseline, built in the same run, measured the
// way Lambda runs them: each bundle import()ed by a plain Node process, logging on, to a pipe.
//
//   bundle bytes   what an English request may load: dist/lambda/index.js and the English content files
//                  beside it, vs. bench/baseline.ts bundled with the same esbuild options; what each holds,
//                  by package (esbuild's metafile); and every chunk beside the bundle, loaded on demand
//   cold start     COLD_RUNS fresh processes each (bench/cold-start.mjs), skill and baseline taking
//                  turns: Node's boot, import() of the bundle, and the first answer to a LaunchRequest;
//                  and as many of the skill answering the check's first turn first (not budgeted)
//   warm           one process (bench/warm.mjs) with both bundles loaded, taking turns of five rounds; a
//                  round: every request kind (tests/support/request-kinds.ts) for the skill, as many
//                  LaunchRequests for the baseline; median and p99 per kind and over the whole mix
//
// Budgets (docs/design.md) are ratios to the baseline in the same run, since the machine is shared and
// absolute times move with it. Exits non-zero, naming each budget missed. Not run by CI or any test: a
// timed gate on a shared machine would fail at random. Settings: BENCH_COLD_RUNS, BENCH_ROUNDS.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { basename, dirname, join } from "node:path";
import { build } from "esbuild";
import { CHECK_INTENT } from "../lambda/handlers/intents.ts";
import { DEFAULT_LOCALE } from "../lambda/i18n/resources.ts";
import {
  BUNDLE,
  buildLambda,
  contentFiles,
  LAMBDA_BUNDLE_OPTIONS,
  LAMBDA_CHUNKS,
  METAFILE,
  namesFile,
  ROOT,
} from "../scripts/build.mts";
import { bundledInputs, packageOf, readMetafile } from "../scripts/bundle-contents.mts";
import { intentRequest, launchRequest } from "../simulator/envelopes.ts";
import { requestKinds } from "../tests/support/request-kinds.ts";

const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 41);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const WARM_UP_ROUNDS = 30;
const SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-00000000beef";

/** docs/design.md's budgets. */
export const BUDGET = {
  /** Bytes of the minified bundle (130 KB). */
  bundleBytes: 130_000,
  /** Process start → first answer, over the baseline's. */
  coldRatio: 1.05,
  /** Warm p99 over the mix of every request kind, over the baseline's LaunchRequest p99. */
  warmP99Ratio: 6,
};

const OUT = join(ROOT, "dist/bench");
const BASELINE = join(OUT, "baseline/index.js");
const BASELINE_META = join(OUT, "baseline/meta.json");
const LAUNCH_FILE = join(OUT, "launch-request.json");
const CHECK_FILE = join(OUT, "check-request.json");
const REQUESTS_FILE = join(OUT, "requests.json");
const RESULTS_FILE = join(OUT, "warm-results.json");
const COLD_SCRIPT = join(ROOT, "bench/cold-start.mjs");
const WARM_SCRIPT = join(ROOT, "bench/warm.mjs");

async function buildBaseline(): Promise<void> {
  const result = await build({
    ...LAMBDA_BUNDLE_OPTIONS,
    entryPoints: [join(ROOT, "bench/baseline.ts")],
    outfile: BASELINE,
  });
  // Laid out as the skill's bundle is: with the package.json that tells Node its module format, if any.
  const moduleType = join(dirname(BUNDLE), "package.json");
  if (existsSync(moduleType)) copyFileSync(moduleType, join(dirname(BASELINE), "package.json"));
  writeFileSync(BASELINE_META, JSON.stringify(result.metafile));
}

// ---------------------------------------------------------------------------------------------
// Measuring

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(0, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[rank] ?? Number.NaN;
}

const median = (values: readonly number[]) => percentile(values, 50);

/** The parts of one cold start, in milliseconds. */
interface ColdParts {
  /** Node's own boot: process start → the script's first line. */
  bootMs: number;
  /** import() of the bundle. */
  importMs: number;
  /** The first answer, through the exported handler, log line included. */
  firstAnswerMs: number;
  /** Process start → answer. */
  totalMs: number;
}

/** A cold start as elapsed time, and as the CPU time the process used (less disturbed by others). */
interface Cold {
  wall: ColdParts;
  cpu: ColdParts;
}

interface Marks {
  startMs: number;
  importStartMs: number;
  importedMs: number;
  answeredMs: number;
}

const parts = (t: Marks): ColdParts => ({
  bootMs: t.startMs,
  importMs: t.importedMs - t.importStartMs,
  firstAnswerMs: t.answeredMs - t.importedMs,
  totalMs: t.answeredMs,
});

function coldStart(bundle: string, eventFile = LAUNCH_FILE): Cold {
  const run = spawnSync(process.execPath, [COLD_SCRIPT, bundle, eventFile], {
    encoding: "utf8",
    env: { ...process.env, SKILL_ID },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (run.status !== 0) throw new Error(`cold start of ${bundle} failed\n${run.stderr}`);
  const last = run.stdout.trim().split("\n").at(-1) ?? "";
  const marks = JSON.parse(last) as Marks & { cpu: Marks };
  return { wall: parts(marks), cpu: parts(marks.cpu) };
}

interface Warm {
  skill: Record<string, number[]>;
  baseline: number[];
  /** Lines the skill wrote to stdout: its request log, one per request. */
  logLines: number;
}

/** Runs bench/warm.mjs with its stdout on a pipe, drained (and counted) here. */
async function warm(): Promise<Warm> {
  const child = spawn(
    process.execPath,
    [WARM_SCRIPT, BUNDLE, BASELINE, REQUESTS_FILE, RESULTS_FILE, String(ROUNDS), String(WARM_UP_ROUNDS)],
    { env: { ...process.env, SKILL_ID }, stdio: ["ignore", "pipe", "inherit"] },
  );
  let logLines = 0;
  child.stdout.on("data", (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 10) logLines++;
  });
  const code = await new Promise<number | null>((done) => child.on("close", done));
  if (code !== 0) throw new Error(`the warm run failed (exit code ${code})`);
  const results = JSON.parse(readFileSync(RESULTS_FILE, "utf8")) as Omit<Warm, "logLines">;
  return { ...results, logLines };
}

/** Who a bundled file belongs to: a package, or the skill's content or code. */
function ownerOf(file: string): string {
  if (file === "lambda/skill/sdk-model-stand-in.ts") return "ask-sdk-model (the stand-in)";
  if (file === "lambda/i18n/content.ts" || file.startsWith("content/")) return "(skill) content";
  return packageOf(file) ?? `(skill) ${file.split("/")[0]}/`;
}

/** Output bytes of a bundle by package, from its metafile. */
function composition(metafile: string, bundle: string): Map<string, number> {
  const bytes = new Map<string, number>();
  for (const { file, bytes: n } of bundledInputs(readMetafile(metafile), bundle)) {
    bytes.set(ownerOf(file), (bytes.get(ownerOf(file)) ?? 0) + n);
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Printing

const ms = (n: number, digits = 1) => `${n.toFixed(digits)} ms`;
const us = (n: number) => `${Math.round(n * 1000).toLocaleString("en-US")} µs`;
const bytes = (n: number) => `${n.toLocaleString("en-US")} B`;
const ratio = (x: number, y: number) => `${(x / y).toFixed(2)}×`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** A budget on the skill's figure as a multiple of the baseline's. */
function ratioBudget(
  what: string,
  skill: number,
  baseline: number,
  limit: number,
  show: (n: number) => string,
) {
  return {
    what,
    skill: show(skill),
    baseline: show(baseline),
    ratio: ratio(skill, baseline),
    budget: `≤ ${limit}× baseline`,
    holds: skill <= limit * baseline,
  };
}

/** "check: no to question 3 (walking)" → "check". */
const groupOf = (name: string) => name.split(":")[0] ?? name;

async function main(): Promise<void> {
  mkdirSync(dirname(BASELINE), { recursive: true });
  await buildLambda();
  await buildBaseline();
  const kinds = requestKinds(SKILL_ID);
  const launch = launchRequest({ skillId: SKILL_ID, newSession: true });
  writeFileSync(LAUNCH_FILE, JSON.stringify(launch));
  // Its first text takes a value, so it loads i18next: what a launch no longer pays, paid here.
  writeFileSync(
    CHECK_FILE,
    JSON.stringify(intentRequest({ skillId: SKILL_ID, newSession: true }, CHECK_INTENT)),
  );
  writeFileSync(REQUESTS_FILE, JSON.stringify({ skill: kinds, baseline: launch }));

  const colds: { skill: Cold[]; baseline: Cold[]; check: Cold[] } = { skill: [], baseline: [], check: [] };
  for (let i = 0; i < COLD_RUNS; i++) {
    // Take turns, and swap who goes first, so both see the same machine.
    const order = i % 2 === 0 ? (["skill", "baseline"] as const) : (["baseline", "skill"] as const);
    for (const name of order) colds[name].push(coldStart(name === "skill" ? BUNDLE : BASELINE));
    colds.check.push(coldStart(BUNDLE, CHECK_FILE));
  }
  const warmRun = await warm();

  // A launch reads some of the default locale's content files too: all of them, and its names file, count
  // with the bundle.
  const skillBytes = [BUNDLE, ...contentFiles(DEFAULT_LOCALE), namesFile(DEFAULT_LOCALE)].reduce(
    (sum, file) => sum + statSync(file).size,
    0,
  );
  const baselineBytes = statSync(BASELINE).size;
  const cold = (runs: Cold[], key: keyof ColdParts, clock: keyof Cold = "wall") =>
    median(runs.map((r) => r[clock][key]));
  const coldSkill = cold(colds.skill, "totalMs");
  const coldBaseline = cold(colds.baseline, "totalMs");
  const mix = Object.values(warmRun.skill).flat();
  const mixP99 = percentile(mix, 99);
  const launchP99 = percentile(warmRun.baseline, 99);

  const budgets = [
    {
      what: `bundle bytes (minified) + ${DEFAULT_LOCALE} content and names files`,
      skill: bytes(skillBytes),
      baseline: bytes(baselineBytes),
      ratio: ratio(skillBytes, baselineBytes),
      budget: `≤ ${bytes(BUDGET.bundleBytes)}`,
      holds: skillBytes <= BUDGET.bundleBytes,
    },
    ratioBudget(
      "cold start: process start → first answer (median)",
      coldSkill,
      coldBaseline,
      BUDGET.coldRatio,
      ms,
    ),
    ratioBudget(
      "warm p99: skill over the mix, baseline LaunchRequest",
      mixP99,
      launchP99,
      BUDGET.warmP99Ratio,
      us,
    ),
  ];

  const [load1] = loadavg();
  console.log(
    `\nmachine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? "unknown"}), ` +
      `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}-${process.arch}, ` +
      `load average ${load1?.toFixed(2)} at the end`,
  );
  console.log(
    `cold: ${COLD_RUNS} processes each; warm: ${ROUNDS} rounds of ${kinds.length} request kinds each ` +
      `(${mix.length.toLocaleString("en-US")} requests) after ${WARM_UP_ROUNDS} to warm up\n`,
  );
  console.log(
    table(
      ["budget", "skill", "baseline", "ratio", "budget", "holds"],
      budgets.map((b) => [b.what, b.skill, b.baseline, b.ratio, b.budget, b.holds ? "holds" : "MISSED"]),
    ),
  );

  console.log("\ncold start, medians (elapsed; CPU time used):");
  console.log(
    table(
      ["part", "skill", "baseline", "difference", "CPU: skill", "CPU: baseline", "CPU: difference"],
      (
        [
          ["Node's boot", "bootMs"],
          ["import() of the bundle", "importMs"],
          ["first answer (LaunchRequest)", "firstAnswerMs"],
          ["process start → first answer", "totalMs"],
        ] as const
      ).map(([label, key]) => {
        const [s, b] = [cold(colds.skill, key), cold(colds.baseline, key)];
        const [cs, cb] = [cold(colds.skill, key, "cpu"), cold(colds.baseline, key, "cpu")];
        return [label, ms(s, 2), ms(b, 2), ms(s - b, 2), ms(cs, 2), ms(cb, 2), ms(cs - cb, 2)];
      }),
    ),
  );

  console.log("\nthe skill's cold start on the check's first turn instead (not budgeted), medians:");
  console.log(
    table(
      ["part", "elapsed", "CPU"],
      (
        [
          ["import() of the bundle", "importMs"],
          ["first answer (the check's first turn, i18next loaded)", "firstAnswerMs"],
          ["process start → first answer", "totalMs"],
        ] as const
      ).map(([label, key]) => [label, ms(cold(colds.check, key), 2), ms(cold(colds.check, key, "cpu"), 2)]),
    ),
  );

  const groups = new Map<string, number[]>();
  for (const [name, times] of Object.entries(warmRun.skill)) {
    groups.set(groupOf(name), [...(groups.get(groupOf(name)) ?? []), ...times]);
  }
  const row = (name: string, times: number[]) => [
    name,
    us(median(times)),
    us(percentile(times, 99)),
    times.length.toLocaleString("en-US"),
  ];
  const warmHeader = ["request kind", "median", "p99", "requests"];
  console.log("\nwarm, by group of request kinds:");
  console.log(
    table(warmHeader, [
      ...[...groups].map(([name, times]) => row(name, times)),
      row("the whole mix", mix),
      row("baseline: LaunchRequest", warmRun.baseline),
    ]),
  );
  console.log("\nwarm, by request kind:");
  console.log(
    table(
      warmHeader,
      Object.entries(warmRun.skill).map(([name, times]) => row(name, times)),
    ),
  );
  const expectedLines = (ROUNDS + WARM_UP_ROUNDS) * kinds.length;
  console.log(
    `\nlog lines the skill wrote to the pipe: ${warmRun.logLines.toLocaleString("en-US")} ` +
      `for ${expectedLines.toLocaleString("en-US")} requests`,
  );

  console.log("\nwhat each bundle holds (bytes in the output, by package):");
  const skillParts = composition(METAFILE, BUNDLE);
  const baselineParts = composition(BASELINE_META, BASELINE);
  const owners = [...new Set([...skillParts.keys(), ...baselineParts.keys()])].sort(
    (x, y) => (skillParts.get(y) ?? 0) - (skillParts.get(x) ?? 0),
  );
  console.log(
    table(
      ["package", "skill", "baseline"],
      owners.map((o) => [o, bytes(skillParts.get(o) ?? 0), bytes(baselineParts.get(o) ?? 0)]),
    ),
  );

  console.log("\nbeside the skill's bundle, each loaded only by a request that needs it:");
  console.log(
    table(
      ["file", "bytes"],
      LAMBDA_CHUNKS.map((chunk) => [basename(chunk), bytes(statSync(chunk).size)]),
    ),
  );

  const missed = budgets.filter((b) => !b.holds);
  if (warmRun.logLines < expectedLines) {
    console.error(
      `\nThe skill wrote ${warmRun.logLines} log lines for ${expectedLines} requests: logging was not on.`,
    );
    process.exitCode = 1;
  }
  if (missed.length > 0) {
    console.error(`\nMISSED: ${missed.map((b) => `${b.what} (${b.ratio}, budget ${b.budget})`).join("; ")}`);
    process.exitCode = 1;
  } else {
    console.log("\nevery budget holds");
  }
}

await main();
