// Launch, help, repeat, yes / no to nothing, start over, stop, fallback, session end, and errors.
import type { Skill } from "ask-sdk-core";
import type { RequestEnvelope } from "ask-sdk-model";
import { describe, expect, it } from "vitest";
import { buildSkill } from "../lambda/build-skill";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { STATE_KEY } from "../lambda/state/session-state";
import { intentRequest, sessionEndedRequest } from "../simulator/envelopes";
import { PHONE, t } from "./support/content";
import { TEST_LOCALE } from "./support/locale";
import { expectNoDeadEnd } from "./support/no-dead-end";
import { HEAR } from "./support/phrases";
import { Conversation, checkedInvoke, heard, invoke, TEST_SKILL_ID } from "./support/skill";
import { LAUNCH_WORDS } from "./support/voice-budget-exceptions";
import { wordCount } from "./support/words";

const options = { skillId: TEST_SKILL_ID, locale: TEST_LOCALE };

/**
 * The skill with a log that fails once (as a write to a full pipe can), after the handler has answered:
 * the error handler then answers instead.
 */
function failingOnce(): Skill {
  let failed = false;
  return buildSkill({
    skillId: TEST_SKILL_ID,
    log: () => {
      if (failed) return;
      failed = true;
      throw new Error("the log could not be written");
    },
  });
}

describe("launch", () => {
  it("welcomes, gives the disclaimer and 911, says what to ask, and asks, in about 40 words", async () => {
    const turn = await new Conversation().launch();
    expect(turn.text).toContain(HEAR.welcome);
    expect(turn.text).toContain(HEAR.notMedicalAdvice);
    expect(turn.text).toContain(HEAR.inAnEmergency);
    expect(turn.text).toMatch(HEAR.causesOrTreatment);
    expect(turn.text).toMatch(/\?$/);
    expect(wordCount(turn.text)).toBeLessThanOrEqual(LAUNCH_WORDS);
    expect(turn.ended).toBe(false);
    expect(turn.reprompt).not.toBe("");
  });

  it("offers the check: yes starts it, no asks what they would like", async () => {
    const c = new Conversation();
    await c.launch();
    expect((await c.say("AMAZON.YesIntent")).text).toContain(t("check:questions.bladderBowel.ask"));
    const d = new Conversation();
    await d.launch();
    expect((await d.say("AMAZON.NoIntent")).text).toContain(t("conversation:menu.question"));
  });
});

describe("help", () => {
  it("lists what can be asked, offers the check, says the emergency line and offers the number", async () => {
    const c = new Conversation();
    const turn = await c.say("AMAZON.HelpIntent");
    expect(turn.text).toContain(HEAR.whatCauses);
    expect(turn.text).toMatch(HEAR.checkMySymptoms);
    expect(turn.text).toContain(HEAR.callEmergency);
    expect(turn.text.endsWith(t("conversation:numberOffer.question"))).toBe(true);
    expect(turn.ended).toBe(false);
    expect((await c.say("AMAZON.YesIntent")).card?.text).toContain(PHONE);
  });

  it("inside a list, explains the list and keeps the place", async () => {
    const c = new Conversation();
    await c.say("CausesIntent");
    const help = await c.say("AMAZON.HelpIntent");
    expect(help.text).toContain(t("conversation:listHelp"));
    expect((await c.say("AMAZON.YesIntent")).text).toContain(HEAR.causesSecondPage);
  });
});

describe("repeat", () => {
  it("repeats the last thing said, word for word, and keeps what was offered", async () => {
    const c = new Conversation();
    const first = await c.say("ClinicLocationIntent");
    const again = await c.say("AMAZON.RepeatIntent");
    expect(again.text).toBe(first.text);
    expect(again.reprompt).toBe(first.reprompt);
    expect((await c.say("AMAZON.YesIntent")).text).toContain(PHONE);
  });

  it("with nothing said yet, says so and asks a question", async () => {
    const turn = await new Conversation().say("AMAZON.RepeatIntent");
    expect(turn.text).toContain(t("conversation:nothingToRepeat"));
    expect(turn.ended).toBe(false);
  });
});

describe("yes, no and maybe with nothing pending", () => {
  it.each(["AMAZON.YesIntent", "AMAZON.NoIntent", "UnsureIntent"])(
    "%s gets a helpful question",
    async (intent) => {
      const turn = await new Conversation().say(intent);
      expect(turn.text).toContain(t("conversation:noPendingAnswer"));
      expect(turn.text).toContain(t("conversation:menu.question"));
      expect(turn.ended).toBe(false);
    },
  );

  it("maybe to an offer asks the offer again rather than guessing", async () => {
    const c = new Conversation();
    await c.say("ClinicLocationIntent");
    const maybe = await c.say("UnsureIntent");
    expect(maybe.text).toContain(t("clinic:location.question"));
    expect((await c.say("AMAZON.YesIntent")).text).toContain(PHONE);
  });
});

describe("start over and go home", () => {
  it.each(["AMAZON.StartOverIntent", "AMAZON.NavigateHomeIntent"])(
    "%s returns to the menu, nothing pending",
    async (intent) => {
      const c = new Conversation();
      await c.say("CausesIntent");
      const turn = await c.say(intent);
      expect(turn.text).toContain(t("conversation:menu.question"));
      expect((await c.say("AMAZON.YesIntent")).text).toContain(t("conversation:noPendingAnswer"));
    },
  );
});

describe("stop and cancel", () => {
  it.each(["AMAZON.StopIntent", "AMAZON.CancelIntent"])(
    "%s says goodbye with the number and 911, and ends",
    async (intent) => {
      const turn = await new Conversation().say(intent);
      expect(turn.text).toContain(PHONE);
      expect(turn.text).toContain(HEAR.callEmergency);
      expect(turn.ended).toBe(true);
      expect(turn.card?.text).toContain(PHONE);
    },
  );
});

describe("things the skill does not understand", () => {
  it("fallback is never a dead end: what the skill can do, the check, 911, the number offered; yes gives it", async () => {
    const c = new Conversation();
    expectNoDeadEnd(await c.say("AMAZON.FallbackIntent"), t("conversation:fallback.speech"));
    const yes = await c.say("AMAZON.YesIntent");
    expect(yes.text).toContain(PHONE);
    expect(yes.card?.text).toContain(PHONE);
  });

  it("an intent the model does not have is answered like fallback", async () => {
    const turn = await new Conversation().say("WeatherIntent");
    expect(turn.text).toContain(t("conversation:fallback.speech"));
    expect(turn.ended).toBe(false);
  });

  it("an intent request with no intent is answered like fallback", async () => {
    const envelope = intentRequest(options, "CausesIntent");
    delete (envelope.request as { intent?: unknown }).intent;
    expect(heard(await invoke(envelope)).text).toContain(t("conversation:fallback.speech"));
  });
});

describe("session end and errors", () => {
  it("SessionEndedRequest is handled quietly", async () => {
    const response = await invoke(sessionEndedRequest(options));
    expect(response.response.outputSpeech).toBeUndefined();
  });

  it("System.ExceptionEncountered is answered with silence, never speech", async () => {
    const envelope = {
      ...intentRequest(options, "CausesIntent"),
      request: { type: "System.ExceptionEncountered", requestId: "r", timestamp: "t", locale: TEST_LOCALE },
    } as unknown as RequestEnvelope;
    expect((await invoke(envelope)).response.outputSpeech).toBeUndefined();
  });

  it("a failure after the handler reaches the error handler: apology, number, 911, and a question", async () => {
    const turn = heard(await checkedInvoke(failingOnce())(intentRequest(options, "CausesIntent")));
    expect(turn.text).toContain(HEAR.somethingWentWrong);
    expect(turn.text).toContain(PHONE);
    expect(turn.text).toContain(HEAR.callEmergency);
    expect(turn.ended).toBe(false);
  });

  it("an error in the middle of the red-flag check apologises, then asks the same question again", async () => {
    const attributes = { [STATE_KEY]: { v: 1, check: { index: 2, questionId: RED_FLAGS[2]?.id } } };
    const turn = heard(
      await checkedInvoke(failingOnce())(intentRequest({ ...options, attributes }, "AMAZON.NoIntent")),
    );
    expect(turn.text).toContain(PHONE);
    expect(turn.text.endsWith(t(`check:questions.${RED_FLAGS[2]?.id}.ask`))).toBe(true);
    expect(turn.attributes?.[STATE_KEY]).toMatchObject({ check: { index: 2 } });
  });
});
