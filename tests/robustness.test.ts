// Bad input gets a kind answer and the conversation goes on.
import { describe, expect, it } from "vitest";
import { STATE_KEY } from "../lambda/state/session-state";
import { intentRequest } from "../simulator/envelopes";
import { t } from "./support/content";
import { Conversation, heard, invoke, TEST_SKILL_ID } from "./support/skill";

describe("locales", () => {
  it.each(["en-GB", "de-DE", "", undefined])("a request in %j is answered in en-US", async (locale) => {
    const envelope = intentRequest({ skillId: TEST_SKILL_ID }, "OverviewIntent");
    (envelope.request as { locale?: string }).locale = locale;
    const turn = heard(await invoke(envelope));
    expect(turn.text).toContain(t("topics:overview.speech"));
  });
});

describe("session attributes", () => {
  it.each([
    ["garbage", { [STATE_KEY]: "}{" }],
    ["another skill's", { score: 3, lastIntent: "PlayIntent" }],
    [
      "a pending offer the skill never makes",
      { [STATE_KEY]: { v: 1, pending: { kind: "offer", offer: "refund" } } },
    ],
  ])("%s attributes are dropped and yes gets a helpful question", async (_, attributes) => {
    const c = new Conversation();
    c.setAttributes(attributes);
    const turn = await c.say("AMAZON.YesIntent");
    expect(turn.text).toContain(t("conversation:noPendingAnswer"));
    expect(turn.ended).toBe(false);
  });

  it("a list page past the end says the list is done, and asks what next", async () => {
    const c = new Conversation();
    c.setAttributes({ [STATE_KEY]: { v: 1, pending: { kind: "list", list: "causes", page: 40 } } });
    const turn = await c.say("AMAZON.MoreIntent");
    expect(turn.text).toContain(t("conversation:nothingMore"));
    expect(turn.ended).toBe(false);
  });

  it("a request without a session is answered and nothing is stored", async () => {
    const envelope = intentRequest({ skillId: TEST_SKILL_ID }, "ClinicNumberIntent");
    delete (envelope as { session?: unknown }).session;
    const response = await invoke(envelope);
    expect(response.sessionAttributes).toBeUndefined();
    expect(heard(response).text).toContain(t("clinic:phone"));
  });
});

describe("slots", () => {
  it("a slot with a garbage resolution block is treated as unknown", async () => {
    const envelope = intentRequest({ skillId: TEST_SKILL_ID }, "CauseIntent");
    (envelope.request as { intent: { slots: unknown } }).intent.slots = {
      cause: {
        name: "cause",
        value: "x",
        resolutions: { resolutionsPerAuthority: [{ status: "odd", values: 7 }, null] },
      },
    };
    expect(heard(await invoke(envelope)).text).toContain(t("topics:notCovered.speech"));
  });

  it("ER_ERROR_TIMEOUT is treated as unknown, not as a match", async () => {
    const envelope = intentRequest({ skillId: TEST_SKILL_ID }, "TreatmentIntent");
    (envelope.request as { intent: { slots: unknown } }).intent.slots = {
      treatment: {
        name: "treatment",
        value: "acupuncture",
        resolutions: {
          resolutionsPerAuthority: [
            {
              status: { code: "ER_ERROR_TIMEOUT" },
              values: [{ value: { id: "injections", name: "injections" } }],
            },
          ],
        },
      },
    };
    expect(heard(await invoke(envelope)).text).toContain(t("topics:notCovered.speech"));
  });
});
