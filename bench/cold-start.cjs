// One cold start, in a fresh Node process: load a Lambda bundle, answer one request, report times.
// Usage: node bench/cold-start.cjs <bundle.js> <event.json>
// Prints one line: {"loadedMs":…,"answeredMs":…,"bootMs":…} where each figure is milliseconds since
// this process started (performance.timeOrigin), so "answeredMs" is process start → answer.
"use strict";
const { readFileSync } = require("node:fs");
const { resolve } = require("node:path");

const bootMs = performance.now();
const [bundle, eventFile] = process.argv.slice(2);
const event = JSON.parse(readFileSync(eventFile, "utf8"));
const log = console.log;
console.log = () => {}; // the skill's request log line is not part of the answer
const { handler } = require(resolve(bundle));
const loadedMs = performance.now();
handler(event, {}).then((response) => {
  const answeredMs = performance.now();
  if (!response?.response?.outputSpeech) throw new Error("no speech in the answer");
  log(JSON.stringify({ bootMs, loadedMs, answeredMs }));
});
