// Bad input gets a kind answer and the conversation goes on.
import type { RequestEnvelope } from "ask-sdk-model";
import { describe, expect, it } from "vitest";
import { MAX_ATTRIBUTE_DEPTH, MAX_ATTRIBUTE_SIZE, withinBounds } from "../lambda/skill/bounded-attributes";
import { STATE_KEY } from "../lambda/state/session-state";
import { type EnvelopeOptions, intentRequest, sessionEndedRequest } from "../simulator/envelopes";
import { t } from "./support/content";
import { HEAR } from "./support/phrases";
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
    expect(heard(await invoke(envelope)).text).toContain(HEAR.notCovered);
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
    expect(heard(await invoke(envelope)).text).toContain(HEAR.notCovered);
  });
});

/** Session attributes nested `depth` deep. */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { end: true };
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe("attributes too deep or too large", () => {
  it.each([
    ["nested 5,000 deep", { deep: nested(5000) }],
    ["nested 5,000 deep inside the conversation", { [STATE_KEY]: nested(5000) }],
    ["of 2 MB", { blob: "x".repeat(2_000_000) }],
    ["of 200,000 small entries", Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i]))],
  ])("%s are dropped before the SDK reads them: yes gets a helpful question", async (_, attributes) => {
    const c = new Conversation();
    c.setAttributes(attributes);
    const turn = await c.say("AMAZON.YesIntent");
    expect(turn.text).toContain(t("conversation:noPendingAnswer"));
    expect(turn.ended).toBe(false);
    expect(JSON.stringify(turn.attributes).length).toBeLessThan(2000);
  });

  it("a check under way in attributes the skill could have written is kept", async () => {
    const c = new Conversation();
    await c.say("CheckSymptomsIntent");
    const turn = await c.say("AMAZON.NoIntent");
    expect(turn.attributes?.[STATE_KEY]).toMatchObject({ check: { index: 1 } });
  });
});

describe("characters XML forbids", () => {
  const forbidden = ["\u0000", "\u0001", "\u000b", "\u001f", "\ud800", "\udfff", "\ufffe"];
  it.each(forbidden.map((c) => [JSON.stringify(c), c]))(
    "a repeated turn carrying %s is dropped, and repeat still says something sound",
    async (_, c) => {
      const question = "What would you like to know?";
      const said = { speech: `Hello${c} there.`, question, reprompt: question };
      const conversation = new Conversation();
      conversation.setAttributes({ [STATE_KEY]: { v: 1, said } });
      const turn = await conversation.say("AMAZON.RepeatIntent");
      expect(turn.ssml).not.toContain(c);
      expect(turn.text).not.toContain("Hello");
    },
  );
});

describe("silent replies", () => {
  it.each([
    ["SessionEndedRequest", sessionEndedRequest],
    ["System.ExceptionEncountered", exceptionEncountered],
  ])("a %s carries no attributes back, however many arrived", async (_, make) => {
    const attributes = { [STATE_KEY]: { v: 1, pending: { kind: "reminder" } }, big: "x".repeat(1_000_000) };
    const response = await invoke(make({ skillId: TEST_SKILL_ID, attributes }));
    expect(response.sessionAttributes ?? {}).toEqual({});
    expect(JSON.stringify(response).length).toBeLessThan(1000);
  });
});

function exceptionEncountered(options: EnvelopeOptions): RequestEnvelope {
  const envelope = sessionEndedRequest(options);
  return {
    ...envelope,
    request: { ...envelope.request, type: "System.ExceptionEncountered" },
  } as unknown as RequestEnvelope;
}

describe("the attribute bounds", () => {
  it("hold what the skill writes, and refuse what is too deep or too large", async () => {
    const c = new Conversation();
    await c.say("CheckSymptomsIntent");
    const turn = await c.say("AMAZON.NoIntent");
    expect(withinBounds(turn.attributes)).toBe(true);
    expect(withinBounds(nested(MAX_ATTRIBUTE_DEPTH - 1))).toBe(true);
    expect(withinBounds(nested(MAX_ATTRIBUTE_DEPTH + 1))).toBe(false);
    expect(withinBounds({ text: "x".repeat(MAX_ATTRIBUTE_SIZE / 2) })).toBe(true);
    expect(withinBounds({ text: "x".repeat(MAX_ATTRIBUTE_SIZE) })).toBe(false);
    expect(withinBounds(Array.from({ length: MAX_ATTRIBUTE_SIZE }, () => 0))).toBe(false);
  });
});
