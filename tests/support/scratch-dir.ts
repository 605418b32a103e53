// A scratch folder removed when the test that made it ends (or, made while a suite is collected, when
// that suite ends), so a test run leaves nothing behind in the system's temp folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, onTestFinished } from "vitest";

/** A new empty folder named `prefix` plus a few random characters. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    onTestFinished(remove);
  } catch {
    // Not inside a test: vitest refuses the test hook, so the folder lasts the suite.
    afterAll(remove);
  }
  return dir;
}
