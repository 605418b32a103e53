// The built Lambda bundle (dist/lambda/index.js, built by the global setup), loaded as Lambda loads it:
// an ES module, with import().
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { RequestEnvelope } from "ask-sdk-model";
import { afterEach, describe, expect, it } from "vitest";
import { BUNDLE } from "../scripts/build.mts";
import { intentRequest, launchRequest } from "../simulator/envelopes";
import { outputText } from "../simulator/readable";
import { bundleHandler, bundleLogLines, invokeBundle, useBundle } from "./support/bundle";
import { PHONE, t } from "./support/content";
import { cause } from "./support/fills";
import { TEST_LOCALE } from "./support/locale";
import { HEAR } from "./support/phrases";
import { TEST_SKILL_ID } from "./support/skill";

const handler = bundleHandler;
const options = { skillId: TEST_SKILL_ID, locale: TEST_LOCALE };

async function answer(event: RequestEnvelope): Promise<string> {
  return outputText((await invokeBundle(event)).response.outputSpeech);
}

describe("the Lambda bundle", () => {
  useBundle();
  const saved = process.env.SKILL_ID;
  afterEach(() => {
    process.env.SKILL_ID = saved;
  });

  it("is an ES module exporting handler, marked as one for Node by the package.json beside it", async () => {
    expect(JSON.parse(readFileSync(join(dirname(BUNDLE), "package.json"), "utf8"))).toEqual({
      type: "module",
    });
    const imported = (await import(pathToFileURL(BUNDLE).href)) as Record<string, unknown>;
    expect(Object.keys(imported)).toEqual(["handler"]);
    expect(imported.handler).toBe(handler);
    expect(typeof imported.handler).toBe("function");
  });

  it("holds nothing of the statistical resolver used only by the simulator and `npm run nlu`", () => {
    const text = readFileSync(BUNDLE, "utf8");
    expect(text).not.toMatch(/nlpjs|NluManager|NluNeural|statistical-resolver/);
  });

  it("loads and answers in a plain Node process, as Lambda's runtime loads it (import())", () => {
    process.env.SKILL_ID = TEST_SKILL_ID;
    const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(BUNDLE).href)});
      const response = await handler(JSON.parse(process.argv[1]), {});
      process.stderr.write(response.response.outputSpeech.ssml);`;
    const run = spawnSync(
      process.execPath,
      ["--input-type=module", "-e", script, JSON.stringify(launchRequest(options))],
      { encoding: "utf8", env: { ...process.env, SKILL_ID: TEST_SKILL_ID } },
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(HEAR.welcome);
    // Its one log line, on stdout.
    expect(JSON.parse(run.stdout)).toMatchObject({ event: "request", requestType: "LaunchRequest" });
  });

  it("answers a launch, a topic, and the number", async () => {
    process.env.SKILL_ID = TEST_SKILL_ID;
    expect(await answer(launchRequest(options))).toContain(HEAR.welcome);
    expect(await answer(intentRequest(options, "CauseIntent", cause("spinalStenosis")))).toContain(
      t("topics:cause.spinalStenosis.speech"),
    );
    expect(await answer(intentRequest(options, "ClinicNumberIntent"))).toContain(PHONE);
  });

  it("refuses a request for another skill", async () => {
    process.env.SKILL_ID = TEST_SKILL_ID;
    const other = launchRequest({ skillId: "amzn1.ask.skill.someone-else" });
    await expect(handler(other, {})).rejects.toThrow(/Skill ID verification failed/);
  });

  it("keeps real class names through minifying, so a logged error's name says what failed", async () => {
    process.env.SKILL_ID = TEST_SKILL_ID;
    const other = launchRequest({ skillId: "amzn1.ask.skill.someone-else" });
    const before = bundleLogLines.length;
    await expect(handler(other, {})).rejects.toMatchObject({ name: "AskSdk.BoundedSkill Error" });
    expect(bundleLogLines.slice(before)).toEqual([
      expect.objectContaining({ level: "error", event: "refused", error: "AskSdk.BoundedSkill Error" }),
    ]);
  });

  it.each([
    ["surrounding spaces", ` ${TEST_SKILL_ID} `],
    ["a trailing newline", `${TEST_SKILL_ID}\n`],
    ["a tab and a carriage return", `\t${TEST_SKILL_ID}\r\n`],
  ])("reads a SKILL_ID pasted with %s as the id itself", async (_, pasted) => {
    process.env.SKILL_ID = pasted;
    expect(await answer(launchRequest(options))).toContain(HEAR.welcome);
  });

  it.each([" ", "\n", "\t \r\n"])("treats a blank SKILL_ID (%j) as unset, and refuses", async (blank) => {
    process.env.SKILL_ID = blank;
    await expect(handler(launchRequest(options), {})).rejects.toThrow(/SKILL_ID is not set/);
  });

  it("refuses every request when SKILL_ID is not set (fails closed)", async () => {
    delete process.env.SKILL_ID;
    await expect(handler(launchRequest(options), {})).rejects.toThrow(/SKILL_ID is not set/);
  });
});
