// The built Lambda bundle (dist/lambda/index.js, built by the global setup), loaded as Lambda loads it.
import { pathToFileURL } from "node:url";
import type { RequestEnvelope } from "ask-sdk-model";
import { afterEach, describe, expect, it } from "vitest";
import { BUNDLE } from "../scripts/build.mts";
import { intentRequest, launchRequest } from "../simulator/envelopes";
import { outputText } from "../simulator/readable";
import { bundleHandler, invokeBundle } from "./support/bundle";
import { PHONE, t } from "./support/content";
import { cause } from "./support/fills";
import { TEST_SKILL_ID } from "./support/skill";

const handler = bundleHandler;
const options = { skillId: TEST_SKILL_ID };

async function answer(event: RequestEnvelope): Promise<string> {
  return outputText((await invokeBundle(event)).response.outputSpeech);
}

describe("the Lambda bundle", () => {
  const saved = process.env.SKILL_ID;
  afterEach(() => {
    process.env.SKILL_ID = saved;
  });

  it("loads with import() too, exporting the same handler", async () => {
    const imported = (await import(pathToFileURL(BUNDLE).href)) as {
      handler?: unknown;
      default?: { handler?: unknown };
    };
    expect(typeof (imported.handler ?? imported.default?.handler)).toBe("function");
  });

  it("answers a launch, a topic, and the number", async () => {
    process.env.SKILL_ID = TEST_SKILL_ID;
    expect(await answer(launchRequest(options))).toContain("Welcome to Back Spasm Guide");
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

  it("refuses every request when SKILL_ID is not set (fails closed)", async () => {
    delete process.env.SKILL_ID;
    await expect(handler(launchRequest(options), {})).rejects.toThrow(/SKILL_ID is not set/);
  });
});
