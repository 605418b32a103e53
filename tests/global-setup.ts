// Builds dist/ once before the tests, so `npm test` works on a fresh clone and tests the real bundle.
import { buildAll } from "../scripts/build.mts";

export default async function setup(): Promise<void> {
  await buildAll();
}
