// One cold start, in a fresh Node process, the way Lambda's Node runtime starts a function: import()
// the bundle, then answer one request through its exported handler. Logging stays on: the skill's log
// line goes to this process's stdout, which the benchmark reads through a pipe, as Lambda's runtime does.
// Usage: node bench/cold-start.mjs <bundle.js> <event.json>
// Prints, as its last line: {"startMs":…,"importStartMs":…,"importedMs":…,"answeredMs":…}, each in
// milliseconds since this process started, and the same marks in CPU time ("cpu": {…}), which other
// processes on a shared machine disturb far less. Times come from process.uptime(), not `performance`,
// which Node loads on first use: that first use, if any, belongs to the bundle being measured.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const sinceStart = () => process.uptime() * 1000;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const startMs = sinceStart();
const cpu = { startMs: cpuMs() };
const [bundle, eventFile] = process.argv.slice(2);
const event = JSON.parse(readFileSync(eventFile, "utf8"));
const importStartMs = sinceStart();
cpu.importStartMs = cpuMs();
const loaded = await import(pathToFileURL(bundle).href);
const importedMs = sinceStart();
cpu.importedMs = cpuMs();
const handler = loaded.handler ?? loaded.default?.handler;
const response = await handler(event, {});
const answeredMs = sinceStart();
cpu.answeredMs = cpuMs();
if (!response?.response?.outputSpeech) throw new Error("no speech in the answer");
process.stdout.write(`${JSON.stringify({ startMs, importStartMs, importedMs, answeredMs, cpu })}\n`);
