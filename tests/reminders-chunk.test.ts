// The reminders chunk (dist/lambda/reminders.mjs) is loaded only when a reminder is to be set, so no
// other request pays for it: the built bundle without the chunk beside it still answers everything
// else, and only a reminder finds it missing. With the chunk, the bundle sets the reminder.
import { basename } from "node:path";
import type { RequestEnvelope } from "ask-sdk-model";
import { describe, expect, it } from "vitest";
import { REMINDERS_PERMISSION } from "../lambda/dialog/reminders";
import { REMINDERS_CHUNK } from "../scripts/build.mts";
import { canFulfillRequest, intentRequest, launchRequest } from "../simulator/envelopes";
import { useLocalAlexaApi } from "./support/alexa-api";
import { bundleHandler, bundleWithOnly, useBundle } from "./support/bundle";
import { PHONE, t } from "./support/content";
import { heard, TEST_SKILL_ID } from "./support/skill";

/** The bundle without the chunk (or its source map) beside it. */
const bundleWithoutChunk = () => bundleWithOnly((file) => !file.startsWith(basename(REMINDERS_CHUNK)));

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
