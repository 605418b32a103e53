// The Lambda bundle carries a stand-in for ask-sdk-model's run-time code (lambda/skill/
// sdk-model-stand-in.ts): the package is types only for this skill. The one SDK path that needs the
// real code, an API client's service factory, must never be reached.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { services } from "../lambda/skill/sdk-model-stand-in";
import { BUNDLE, METAFILE, ROOT } from "../scripts/build.mts";
import { bundledInputs, packageOf, readMetafile } from "../scripts/bundle-contents.mts";
import { bundleHandler, holdStdoutLines } from "./support/bundle";
import { requestKinds } from "./support/request-kinds";
import { TEST_SKILL_ID } from "./support/skill";

const bundled = bundledInputs(readMetafile(METAFILE), BUNDLE).map((input) => input.file);

describe("ask-sdk-model in the Lambda bundle", () => {
  const saved = process.env.SKILL_ID;
  afterEach(() => {
    process.env.SKILL_ID = saved;
    vi.restoreAllMocks();
  });

  it("is the stand-in, not the package's run-time code", () => {
    expect(bundled.filter((file) => packageOf(file) === "ask-sdk-model")).toEqual([]);
    expect(bundled).toContain("lambda/skill/sdk-model-stand-in.ts");
  });

  it("fails loudly, saying why, if an API client ever needs the real service clients", () => {
    const factory = services.ServiceClientFactory as unknown as new (options: object) => unknown;
    expect(() => new factory({})).toThrow(/service clients are not in this bundle/);
  });

  it("is never reached: the skill is built without an API client", () => {
    const sources = readdirSync(join(ROOT, "lambda"), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts"))
      .map((file) => readFileSync(join(ROOT, "lambda", file), "utf8"));
    expect(sources.filter((source) => /\.withApiClient\(/.test(source))).toEqual([]);
  });

  it("is never reached: every request kind gets an answer through the bundle, none logged as an error", async () => {
    process.env.SKILL_ID = TEST_SKILL_ID;
    const lines: string[] = [];
    holdStdoutLines((line) => lines.push(line));
    const kinds = requestKinds(TEST_SKILL_ID);
    for (const kind of kinds) await expect(bundleHandler(kind.envelope, {})).resolves.toBeDefined();
    const levels = lines.map((line) => (JSON.parse(line) as { level: string }).level);
    expect(levels.length).toBeGreaterThanOrEqual(kinds.length);
    expect(levels.filter((level) => level !== "info")).toEqual([]);
  });
});
