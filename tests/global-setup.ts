// Builds dist/ once before the tests, so `npm test` works on a fresh clone and tests the real bundle.
// Every locale's project (vitest.config.mts) calls this; the build runs once per test run.
import { buildAll } from "../scripts/build.mts";

const BUILT = Symbol.for("back-spasm-guide.tests.built");
const shared = globalThis as { [BUILT]?: Promise<void> };

export default async function setup(): Promise<void> {
  shared[BUILT] ??= buildAll();
  await shared[BUILT];
}
