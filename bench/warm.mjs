// Warm requests, in one Node process that has import()ed both bundles, the way Lambda's Node runtime
// loads a function. Logging stays on: the skill writes its log line to this process's stdout, a pipe
// the benchmark drains, as Lambda's runtime has it. The skill and the baseline take turns of a few rounds
// (a round: every request kind once for the skill, as many LaunchRequests for the baseline), so both see
// the same machine; which one goes first alternates.
// Usage: node bench/warm.mjs <skill.js> <baseline.js> <requests.json> <results.json> <rounds> <warm-up rounds>
// requests.json: { "skill": [{ "name", "envelope" }...], "baseline": <a LaunchRequest envelope> }
// results.json (written): { "skill": { <name>: [ms...] }, "baseline": [ms...] }
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [skillBundle, baselineBundle, requestsFile, resultsFile, roundsArg, warmUpArg] = process.argv.slice(2);
const rounds = Number(roundsArg);
const warmUp = Number(warmUpArg);

async function load(bundle) {
  const loaded = await import(pathToFileURL(bundle).href);
  return loaded.handler ?? loaded.default?.handler;
}

const skill = await load(skillBundle);
const baseline = await load(baselineBundle);
const requests = JSON.parse(readFileSync(requestsFile, "utf8"));
const kinds = requests.skill;
const skillTimes = Object.fromEntries(kinds.map((k) => [k.name, []]));
const baselineTimes = [];

// Each event is copied just before it is timed (the copy is not timed). Copying a whole round first made
// the round's first request about 30 µs slower, whichever kind it was.
async function time(handler, envelope) {
  const event = structuredClone(envelope);
  const t0 = performance.now();
  await handler(event, {});
  return performance.now() - t0;
}

async function skillRound(keep) {
  for (const kind of kinds) {
    const ms = await time(skill, kind.envelope);
    if (keep) skillTimes[kind.name].push(ms);
  }
}

async function baselineRound(keep) {
  for (let i = 0; i < kinds.length; i++) {
    const ms = await time(baseline, requests.baseline);
    if (keep) baselineTimes.push(ms);
  }
}

// The first request after a switch from one bundle to the other pays some tens of microseconds (the
// other's code and data have left the CPU's caches). Turns of one round put that on one request in a
// hundred, the p99 itself; turns of several rounds keep it out of both sides' p99.
const ROUNDS_PER_TURN = 5;
const total = warmUp + rounds;
for (let first = 0; first < total; first += ROUNDS_PER_TURN) {
  const sides =
    (first / ROUNDS_PER_TURN) % 2 === 0 ? [skillRound, baselineRound] : [baselineRound, skillRound];
  for (const side of sides) {
    for (let round = first; round < Math.min(first + ROUNDS_PER_TURN, total); round++)
      await side(round >= warmUp);
  }
}
writeFileSync(resultsFile, JSON.stringify({ skill: skillTimes, baseline: baselineTimes }));
