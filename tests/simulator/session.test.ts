// The local session: real envelopes, a new session when Alexa would start one, attributes carried.
import { describe, expect, it } from "vitest";
import { RED_FLAGS } from "../../lambda/content-lookup/red-flags";
import { LocalAlexaApi } from "../../simulator/alexa-api";
import { LocalSession } from "../../simulator/session";
import { t } from "../support/content";
import { invoke, TEST_SKILL_ID } from "../support/skill";

const session = () => new LocalSession({ skillId: TEST_SKILL_ID, invoke });

describe("a local session", () => {
  it("starts a new session on the first turn and carries attributes after it", async () => {
    const local = session();
    const first = await local.send("what causes back spasms");
    expect(first.request.session?.new).toBe(true);
    expect(first.request.request).toMatchObject({ type: "IntentRequest", intent: { name: "CausesIntent" } });

    const second = await local.send("yes");
    expect(second.request.session?.new).toBe(false);
    expect(second.request.session?.attributes).toEqual(first.response.sessionAttributes);
    expect(second.heard.text).toContain("Excess weight, stress, smoking");
  });

  it("sends a LaunchRequest for an empty line, and entity resolution for slots", async () => {
    const local = session();
    expect((await local.send("")).request.request.type).toBe("LaunchRequest");
    const turn = await local.send("is it because of bad posture");
    const request = turn.request.request;
    if (request.type !== "IntentRequest") throw new Error("expected an IntentRequest");
    expect(request.intent.slots?.cause?.value).toBe("bad posture");
    expect(request.intent.slots?.cause?.resolutions?.resolutionsPerAuthority?.[0]).toMatchObject({
      status: { code: "ER_SUCCESS_MATCH" },
      values: [{ value: { id: "poorPosture", name: "poor posture" } }],
    });
  });

  it("starts a new session after the session ends, and for a one-shot", async () => {
    const local = session();
    await local.send("what is a back spasm");
    const stop = await local.send("stop");
    expect(stop.heard.ended).toBe(true);
    expect(local.isOpen).toBe(false);
    expect((await local.send("what is a back spasm")).request.session?.new).toBe(true);
    expect((await local.send("ask back spasm guide for the number")).request.session?.new).toBe(true);
  });

  it("reports what was heard: speech, reprompt, card and session end", async () => {
    const heard = (await session().send("what's the clinic's number")).heard;
    expect(heard.text).toContain("336-333-6306");
    expect(heard.text).not.toMatch(/<[^>]+>/);
    expect(heard.reprompt).not.toBe("");
    expect(heard.card?.text).toContain("336-333-6306");
    expect(heard.ended).toBe(false);
  });

  it("closes an open session with a SessionEndedRequest, and does nothing when none is open", async () => {
    const local = session();
    expect(await local.close()).toBeUndefined();
    await local.send("");
    const ended = await local.close();
    expect(ended?.request.request.type).toBe("SessionEndedRequest");
    expect(ended?.response.response.outputSpeech).toBeUndefined();
    expect(local.isOpen).toBe(false);
  });

  it("'i want to stop' mid-check stops it, with the number and 911, whatever else 'i ...' could open", async () => {
    for (const said of ["i want to stop", "i want to quit", "i'd like to stop"]) {
      const local = session();
      await local.send("check my symptoms");
      const turn = await local.send(said);
      expect(turn.request.request).toMatchObject({ intent: { name: "AMAZON.StopIntent" } });
      expect(turn.heard.text, said).toContain(t("clinic:phone"));
      expect(turn.heard.ended, said).toBe(true);
    }
  });

  it("saying nothing mid-check: Alexa reads the reprompt, the place is kept; silence again ends the session", async () => {
    const local = session();
    await local.send("check my symptoms");
    const second = await local.send("no");
    expect(second.heard.text).toContain(t(`check:questions.${RED_FLAGS[1]?.id}.ask`));

    const silence = await local.silence();
    expect(silence).toEqual({ kind: "reprompt", text: second.heard.reprompt });
    expect(local.isOpen).toBe(true);
    // The next answer goes to the same question: the place was not lost.
    const third = await local.send("no");
    expect(third.request.session?.new).toBe(false);
    expect(third.heard.text).toContain(t(`check:questions.${RED_FLAGS[2]?.id}.ask`));

    await local.silence();
    const ended = await local.silence();
    expect(ended?.kind).toBe("ended");
    if (ended?.kind !== "ended") throw new Error("expected the session to end");
    expect(ended.request.request).toMatchObject({
      type: "SessionEndedRequest",
      reason: "EXCEEDED_MAX_REPROMPTS",
    });
    expect(ended.response.response.outputSpeech).toBeUndefined();
    expect(local.isOpen).toBe(false);
    expect(await local.silence()).toBeUndefined();
  });
});

describe("Alexa's permission prompt", () => {
  it("is answered only while Alexa asks; the permission, once granted, goes with every request", async () => {
    const api = await LocalAlexaApi.start();
    try {
      const local = new LocalSession({ skillId: TEST_SKILL_ID, invoke, apiEndpoint: api.endpoint });
      await expect(local.answerPermission("ACCEPTED")).rejects.toThrow(/not asking/);
      const asked = await local.send("remind me to call the clinic");
      expect(local.permissionPrompt).toEqual(asked.heard.askFor);
      const accepted = await local.send("/accept");
      expect(accepted.request.request).toMatchObject({
        type: "Connections.Response",
        name: "AskFor",
        payload: { status: "ACCEPTED", permissionScope: asked.heard.askFor?.scope },
        token: asked.heard.askFor?.token,
      });
      expect(local.permissionPrompt).toBeUndefined();
      const next = await local.send("what's the clinic's number");
      expect(next.request.context.System.user.permissions?.consentToken).toBeDefined();
      expect(next.request.context.System.apiEndpoint).toBe(api.endpoint);
    } finally {
      await api.close();
    }
  });
});

describe("a call for help or a sign in a statement's own words, typed (the literal model)", () => {
  // The statement's carrier ("please send ...", "i think ...", "my ...") leaves the slot unresolved;
  // the skill looks the words up and gives the emergency outcome at once.
  it.each([
    "please send an ambulance over here",
    "somebody call an ambulance for my husband",
    "i think i can't breathe",
    "my legs are slowly going numb",
    "i slipped in the shower this morning",
  ])("%j: 911 first, the session ends", async (said) => {
    const local = session();
    await local.send("");
    const turn = await local.send(said);
    expect(turn.heard.text.startsWith(t("check:outcomes.emergency.first")), turn.heard.text).toBe(true);
    expect(turn.heard.ended).toBe(true);
  });
});
