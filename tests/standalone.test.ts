// The repository stands on its own: a clone with nothing beside it has everything the tests, the
// simulator and the docs need. (.ci/run also runs the README's test command in such a clone.)
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCAL_SKILL_ID } from "../simulator/session";
import { ARTICLE_FILE, ROOT } from "./support/model";

const tracked = execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" })
  .split("\n")
  .filter((file) => file !== "" && file !== "package-lock.json" && existsSync(join(ROOT, file)));

const read = (file: string) => readFileSync(join(ROOT, file), "utf8");

/** Ways a file could reach for a folder beside the repository. */
const OUTSIDE = [/\.\.\/shared\b/, /\bshared\/(source|DESIGN)/, /\bDESIGN\.md\b/];

describe("a repository that stands on its own", () => {
  it("keeps the clinic's article with its content", () => {
    expect(read(ARTICLE_FILE)).toContain("Spine & Scoliosis Specialists");
  });

  it("has no file that reads or names a folder outside it", () => {
    const offenders = tracked.filter((file) => OUTSIDE.some((pattern) => pattern.test(read(file))));
    expect(offenders).toEqual([]);
  });

  it("cites its own design document, which exists", () => {
    expect(existsSync(join(ROOT, "docs/design.md"))).toBe(true);
    expect(read("README.md")).toContain("(docs/design.md)");
  });

  it("runs the self-hosted server, as docs/hosting.md says, with the id the simulator's requests carry", () => {
    const command = read("docs/hosting.md")
      .split("\n")
      .find((line) => line.includes("SKIP_REQUEST_VERIFICATION=true npm run serve"));
    expect(command).toContain(`SKILL_ID=${LOCAL_SKILL_ID} `);
  });
});
