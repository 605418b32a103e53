// The reminders chunk (dist/lambda/reminders.mjs) is loaded only when a reminder is to be set, so no
// other request pays for it: the built bundle without the chunk beside it still answers everything
// else, and only a reminder finds it missing. With the chunk, the bundle sets the reminder.
import { copyFileSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { RequestEnvelope } from "ask-sdk-model";
import { describe, expect, it } from "vitest";
import { REMINDERS_PERMISSION } from "../lambda/dialog/reminders";
import { BUNDLE, REMINDERS_CHUNK } from "../scripts/build.mts";
import { canFulfillRequest, intentRequest, launchRequest } from "../simulator/envelopes";
import { useLocalAlexaApi } from "./support/alexa-api";
import { bundleHandler, type LambdaHandler, useBundle } from "./support/bundle";
import { PHONE, t } from "./support/content";
import { heard, TEST_SKILL_ID } from "./support/skill";

/** A copy of dist/lambda/ without the chunk (and its source map). */
async function bundleWithoutChunk(): Promise<LambdaHandler> {
  const dir = mkdtempSync(join(tmpdir(), "bundle-alone-"));
  const chunk = basename(REMINDERS_CHUNK);
  for (const file of readdirSync(dirname(BUNDLE)).filter((f) => !f.startsWith(chunk))) {
    copyFileSync(join(dirname(BUNDLE), file), join(dir, file));
  }
  const loaded = (await import(pathToFileURL(join(dir, basename(BUNDLE))).href)) as {
    handler?: LambdaHandler;
    default?: { handler?: LambdaHandler };
  };
  const handler = loaded.handler ?? loaded.default?.handler;
  if (!handler) throw new Error("the copied bundle exports no handler");
  return handler;
}

const local = useLocalAlexaApi();
useBundle();

const options = () => ({
  skillId: TEST_SKILL_ID,
  apiEndpoint: local.api.endpoint,
  permissions: [REMINDERS_PERMISSION],
});
const remindMe = (): RequestEnvelope => intentRequest(options(), "ReminderIntent");

describe("the reminders chunk", () => {
  it("is not needed for anything but a reminder", async () => {
    const alone = await bundleWithoutChunk();
    expect(heard(await alone(launchRequest(options()), {})).text).toContain(t("conversation:launch.speech"));
    expect(heard(await alone(intentRequest(options(), "ClinicNumberIntent"), {})).text).toContain(PHONE);
    expect(heard(await alone(intentRequest(options(), "CheckSymptomsIntent"), {})).ended).toBe(false);
    const cfir = await alone(canFulfillRequest(options(), "CausesIntent"), {});
    expect(cfir.response.canFulfillIntent?.canFulfill).toBe("YES");

    // Only now is it looked for; its absence is an error like any other: an apology with the number.
    const reminder = heard(await alone(remindMe(), {}));
    expect(reminder.text).toContain(t("conversation:error.speech"));
    expect(reminder.ended).toBe(false);
    expect(local.api.calls).toEqual([]);
  });

  it("sets the reminder from beside the bundle", async () => {
    const said = heard(await bundleHandler(remindMe(), {}));
    expect(said.text).toContain(PHONE);
    expect(said.text).not.toContain(t("reminders:failed"));
    expect(local.api.reminders).toHaveLength(1);
  });
});
