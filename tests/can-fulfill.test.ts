// CanFulfillIntentRequest over every intent of the model: before routing a request that names no
// skill, Alexa asks whether this one can answer it. YES for what the skill covers (the article's
// topics with a value it knows, the clinic, the check), MAYBE for a cause or treatment it does not
// know, NO for the rest; per slot canUnderstand / canFulfill. No speech, no state, no call to
// Alexa's API, one log line. In every supported locale, in process and through the built bundle.
import type { RequestEnvelope } from "ask-sdk-model";
import { describe, expect, it } from "vitest";
import { REMINDERS_PERMISSION } from "../lambda/dialog/reminders";
import { NAME_FREE } from "../lambda/handlers/can-fulfill-handler";
import { CHECK_INTENT, NOT_COVERED_INTENT, TOPIC_INTENTS } from "../lambda/handlers/intents";
import { SUPPORTED_LOCALES } from "../lambda/i18n/resources";
import { canFulfillRequest, type SlotFill } from "../simulator/envelopes";
import { useLocalAlexaApi } from "./support/alexa-api";
import { invokeBundle, useBundle } from "./support/bundle";
import { model } from "./support/model";
import { expectNothingSaid } from "./support/silent-response";
import { invoke, logLines, TEST_SKILL_ID } from "./support/skill";

/** What the skill covers, asked name-free: the article's topics, the clinic, and the check. */
/** Every topic the skill answers from the article; a question the article does not cover is not one. */
const COVERED = new Set([
  ...Object.keys(TOPIC_INTENTS).filter((name) => name !== NOT_COVERED_INTENT),
  CHECK_INTENT,
]);

/** Each slot filled as Alexa would: a custom type's first value, resolved; a built-in type's value. */
function filledSlots(intent: (typeof model.intents)[number]): Record<string, SlotFill> {
  return Object.fromEntries(
    (intent.slots ?? []).map((slot) => {
      const first = model.types?.find((type) => type.name === slot.type)?.values[0];
      const fill: SlotFill = first
        ? { value: first.name.value, type: slot.type, id: first.id ?? first.name.value }
        : { value: slot.type === "AMAZON.DATE" ? "2025-03-15" : "09:00", type: slot.type };
      return [slot.name, fill];
    }),
  );
}

const local = useLocalAlexaApi();
useBundle();

describe("the name-free table", () => {
  it("gives every intent of the model an answer of its own", () => {
    const missing = model.intents.map((i) => i.name).filter((name) => !Object.hasOwn(NAME_FREE, name));
    expect(missing).toEqual([]);
  });
});

describe.each(SUPPORTED_LOCALES)("CanFulfillIntentRequest in %s", (locale) => {
  // With the reminders permission granted: even then, nothing is set.
  const ask = (name: string, slots: Record<string, SlotFill | undefined> = {}): RequestEnvelope =>
    canFulfillRequest(
      {
        skillId: TEST_SKILL_ID,
        locale,
        apiEndpoint: local.api.endpoint,
        permissions: [REMINDERS_PERMISSION],
      },
      name,
      slots,
    );

  it.each(model.intents.map((intent) => [intent.name, intent] as const))(
    "%s: an honest answer per intent and per slot, and nothing else",
    async (name, intent) => {
      const before = logLines.length;
      const slots = filledSlots(intent);
      const response = await invoke(ask(name, slots));
      expectNothingSaid(response);
      const verdict = COVERED.has(name) ? "YES" : "NO";
      const perSlot =
        verdict === "YES"
          ? { canUnderstand: "YES", canFulfill: "YES" }
          : { canUnderstand: "NO", canFulfill: "NO" };
      expect(response.response.canFulfillIntent).toEqual({
        canFulfill: verdict,
        slots: Object.fromEntries(Object.keys(slots).map((slot) => [slot, perSlot])),
      });
      expect(local.api.calls).toEqual([]);
      const lines = logLines.slice(before);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        requestType: "CanFulfillIntentRequest",
        intent: name,
        outcome: "silent",
      });
    },
  );

  it.each([
    ["CauseIntent", "cause", "CauseType"],
    ["TreatmentIntent", "treatment", "TreatmentType"],
  ])(
    "%s for something the skill does not know: MAYBE, the slot heard but not fulfilled",
    async (name, slot, type) => {
      const response = await invoke(ask(name, { [slot]: { value: "quantum physics", type } }));
      expectNothingSaid(response);
      expect(response.response.canFulfillIntent).toEqual({
        canFulfill: "MAYBE",
        slots: { [slot]: { canUnderstand: "MAYBE", canFulfill: "NO" } },
      });
    },
  );

  it.each([
    ["CauseIntent", "cause", "CauseType"],
    ["TreatmentIntent", "treatment", "TreatmentType"],
  ])(
    "%s naming the other kind in words the model did not resolve: YES, by the skill's own lookup",
    async (name, slot, type) => {
      const said = { "en-US": "those cortisone injections", "es-US": "esas inyecciones de cortisona" }[
        locale
      ];
      const response = await invoke(ask(name, { [slot]: { value: said, type } }));
      expect(response.response.canFulfillIntent?.canFulfill).toBe("YES");
    },
  );

  it.each(["CauseIntent", "TreatmentIntent"])("%s with nothing in the slot: MAYBE", async (name) => {
    const response = await invoke(ask(name));
    expect(response.response.canFulfillIntent).toEqual({ canFulfill: "MAYBE", slots: {} });
  });

  it("NO for an intent the skill does not have, and for a request without one", async () => {
    expect((await invoke(ask("PlayMusicIntent"))).response.canFulfillIntent?.canFulfill).toBe("NO");
    const bare = ask("OverviewIntent");
    delete (bare.request as { intent?: unknown }).intent;
    const response = await invoke(bare);
    expectNothingSaid(response);
    expect(response.response.canFulfillIntent).toEqual({ canFulfill: "NO", slots: {} });
  });

  it("the built Lambda bundle answers the same", async () => {
    const cause = model.intents.find((i) => i.name === "CauseIntent");
    if (!cause) throw new Error("no CauseIntent in the model");
    const yes = await invokeBundle(ask("CauseIntent", filledSlots(cause)));
    expectNothingSaid(yes);
    expect(yes.response.canFulfillIntent?.canFulfill).toBe("YES");
    expect((await invokeBundle(ask("ReminderIntent"))).response.canFulfillIntent?.canFulfill).toBe("NO");
  });
});
