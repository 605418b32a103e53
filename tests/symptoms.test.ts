// Symptoms said out loud, through the real skill: an emergency sign or a call for help gives the
// emergency outcome at once wherever it is said; an urgent or routine sign is a known yes that is never
// lost nor lowered; a symptom the model could not name still runs the check. Expectations come from
// content (the questions' order and tiers), never from the state machine under test.
import { describe, expect, it } from "vitest";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import type { Locale } from "../lambda/i18n/resources";
import { STATE_KEY } from "../lambda/state/session-state";
import { invokeBundle, useBundle } from "./support/bundle";
import {
  askText,
  atQuestion,
  expectEmergency,
  idAt,
  mentioned,
  moreUrgentThan,
  questionAsked,
  tierAt,
  unclearSignText,
} from "./support/check-turns";
import { PHONE, t } from "./support/content";
import { symptom, unknownSymptom } from "./support/fills";
import { TEST_LOCALE } from "./support/locale";
import { HEAR } from "./support/phrases";
import { Conversation, type Heard, logLines } from "./support/skill";

const positions = [...RED_FLAGS.keys()];
const emergencySigns = positions.filter((i) => tierAt(i) === "emergency");
const lowerSigns = positions.filter((i) => tierAt(i) !== "emergency");
const _FIRST = t("check:outcomes.emergency.first");

/** A non-emergency outcome of `tier` that restates `restated`, with the number and the offer of a reminder. */
function expectOutcome(turn: Heard, tier: string, restated: string, label = ""): void {
  expect(turn.card?.title, `${label}: ${turn.text}`).toBe(t(`check:outcomes.${tier}.cardTitle`));
  expect(turn.text, label).toContain(restated);
  expect(turn.text, label).toContain(t(`check:outcomes.${tier}.advice`));
  expect(turn.text.endsWith(t(`reminders:offerAfter.${tier}`)), label).toBe(true);
  expect(turn.ended, label).toBe(false);
  expect(turn.card?.text, label).toContain(restated);
}

describe("an emergency sign said out loud", () => {
  it.each(emergencySigns)(
    "sign %i, after launch: the emergency outcome at once, no question first",
    async (i) => {
      const c = new Conversation();
      await c.launch();
      expectEmergency(await c.say("SymptomIntent", symptom(idAt(i), "i can't feel my legs")), mentioned(i));
    },
  );

  it("inside a topic, inside a list, and one-shot in a new session", async () => {
    const [first = 0, second = 0] = emergencySigns;
    const last = emergencySigns.at(-1) ?? 0;
    const topic = new Conversation();
    await topic.say("ClinicLocationIntent");
    expectEmergency(await topic.say("SymptomIntent", symptom(idAt(last))), mentioned(last));

    const list = new Conversation();
    await list.say("CausesIntent");
    expectEmergency(await list.say("SymptomIntent", symptom(idAt(first))), mentioned(first));

    const oneShot = new Conversation({ newSession: true });
    expectEmergency(await oneShot.say("SymptomIntent", symptom(idAt(second))), mentioned(second));
  });
});

describe("a call for help", () => {
  const help = t("check:mention.askedForHelp");

  it("after launch, in a topic, in a list and one-shot: the emergency outcome at once", async () => {
    const launched = new Conversation();
    await launched.launch();
    expectEmergency(await launched.say("EmergencyIntent"), help, "launch");
    const topic = new Conversation();
    await topic.say("OverviewIntent");
    expectEmergency(await topic.say("EmergencyIntent"), help, "topic");
    const list = new Conversation();
    await list.say("SpecialistCareIntent");
    expectEmergency(await list.say("EmergencyIntent"), help, "list");
    expectEmergency(await new Conversation({ newSession: true }).say("EmergencyIntent"), help, "one-shot");
  });

  it.each(positions)(
    "at question %i of the check: the emergency outcome, the answers so far on the card",
    async (at) => {
      const c = await atQuestion(at);
      const turn = await c.say("EmergencyIntent");
      expectEmergency(turn, help);
      for (let i = 0; i < at; i++) {
        expect(turn.card?.text).toContain(
          t("check:card.answerNo", { no: t(`check:questions.${idAt(i)}.no`) }),
        );
      }
    },
  );
});

describe("an urgent or routine sign said out loud", () => {
  it.each(lowerSigns)(
    "sign %i at launch: the more urgent questions only, then never lower than the sign",
    async (k) => {
      const c = new Conversation();
      await c.launch();
      let turn = await c.say("SymptomIntent", symptom(idAt(k)));
      expect(turn.text.startsWith(`${mentioned(k)} ${t("check:mention.start")}`)).toBe(true);
      expect(turn.card?.text).toContain(PHONE);
      expect(turn.card?.text).toContain(HEAR.callEmergency);
      const asked: number[] = [];
      while (!turn.ended && questionAsked(turn.text) !== -1) {
        asked.push(questionAsked(turn.text));
        turn = await c.say("AMAZON.NoIntent");
      }
      expect(asked).toEqual(moreUrgentThan(k));
      expectOutcome(turn, tierAt(k), mentioned(k));
      // The card holds each answer given and the sign said.
      expect(turn.card?.text).toContain(`- ${mentioned(k)}`);
      expect(turn.card?.text.match(/^- /gm)).toHaveLength(asked.length + 1);
    },
  );

  it.each(lowerSigns)(
    "sign %i at launch, then a yes: that question's tier, more urgent than the sign",
    async (k) => {
      for (const yesAt of moreUrgentThan(k)) {
        const c = new Conversation();
        await c.say("SymptomIntent", symptom(idAt(k)));
        for (let i = 0; i < yesAt; i++) await c.say("AMAZON.NoIntent");
        const turn = await c.say("UnsureIntent");
        expect(turn.card?.title).toBe(t(`check:outcomes.${tierAt(yesAt)}.cardTitle`));
        expect(turn.card?.text).toContain(`- ${mentioned(k)}`);
      }
    },
  );

  it("said with the skill's name: the disclaimer first, as a one-shot check begins", async () => {
    const k = lowerSigns[0] as number;
    const turn = await new Conversation({ newSession: true }).say("SymptomIntent", symptom(idAt(k)));
    expect(turn.text).toBe(
      `${t("conversation:disclaimer")} ${mentioned(k)} ${t("check:mention.start")} ${askText(0)}`,
    );
    expect(turn.card?.text).toContain(PHONE);
  });

  it("said in a list, the next yes answers the check's question, not the list", async () => {
    const c = new Conversation();
    await c.say("CausesIntent");
    const first = await c.say("SymptomIntent", symptom("noRelief"));
    expect(questionAsked(first.text)).toBe(0);
    const yes = await c.say("AMAZON.YesIntent");
    expectEmergency(yes, t("check:said.yes", { yes: t(`check:questions.${idAt(0)}.yes`) }));
  });
});

// Through the real skill, at every position of the check, every sign (so every tier) said out loud.
describe.each([
  ["in process", undefined],
  ["through dist/lambda/index.js", invokeBundle],
] as const)("a sign said at every question of the check, through the skill %s", (_, send) => {
  useBundle();

  it.each(positions)("at question %i", { timeout: 60_000 }, async (at) => {
    for (const k of positions) {
      const label = `${idAt(k)} said at question ${at}`;
      const c = await atQuestion(at, send);
      let turn = await c.say("SymptomIntent", symptom(idAt(k)));
      if (tierAt(k) === "emergency") {
        expectEmergency(turn, mentioned(k), label);
        continue;
      }
      const ahead = moreUrgentThan(k).filter((i) => i >= at);
      if (ahead.length > 0) {
        // Back to the same question, the sign kept.
        const lead = `${mentioned(k)} ${t("check:mention.counted")} ${t("check:backToCheck")}`;
        expect(turn.text, label).toBe(`${lead} ${askText(at)}`);
      }
      const asked: number[] = [];
      while (!turn.ended && questionAsked(turn.text) !== -1) {
        asked.push(questionAsked(turn.text));
        turn = await c.say("AMAZON.NoIntent");
      }
      expect(asked, label).toEqual(ahead);
      expectOutcome(turn, tierAt(k), mentioned(k), label);
    }
  });
});

describe("a mentioned sign is never lost", () => {
  const fever = RED_FLAGS.findIndex((f) => f.id === "feverWeightLoss");
  const routine = lowerSigns.at(-1) as number;

  it("go home in the middle gives the sign's advice; a later check still counts it", async () => {
    const c = new Conversation();
    await c.say("SymptomIntent", symptom(idAt(fever)));
    await c.say("AMAZON.NoIntent");
    const home = await c.say("AMAZON.NavigateHomeIntent");
    expect(home.text).toContain(mentioned(fever));
    expect(home.text).toContain(t(`check:outcomes.${tierAt(fever)}.advice`));
    expect(home.text).toContain(t("check:getCare"));
    expect(home.text.endsWith(t("conversation:menu.question"))).toBe(true);
    expect(home.ended).toBe(false);

    const again = await c.say("CheckSymptomsIntent");
    expect(again.text).toContain(t("check:intro", { count: moreUrgentThan(fever).length }));
    let turn = again;
    for (const _ of moreUrgentThan(fever)) turn = await c.say("AMAZON.NoIntent");
    expectOutcome(turn, tierAt(fever), mentioned(fever));
  });

  it("stop in the middle ends with the sign's advice and the number", async () => {
    const c = new Conversation();
    await c.say("SymptomIntent", symptom(idAt(routine)));
    await c.say("AMAZON.NoIntent");
    const stop = await c.say("AMAZON.StopIntent");
    expect(stop.text.startsWith(t("check:mention.stopped"))).toBe(true);
    expect(stop.text).toContain(mentioned(routine));
    expect(stop.text).toContain(t(`check:outcomes.${tierAt(routine)}.advice`));
    // And all that stopping says without a sign: warning signs now or later, and 911.
    expect(stop.text).toContain(t("check:getCare"));
    expect(stop.text).toContain(HEAR.callEmergency);
    expect(stop.ended).toBe(true);
    expect(stop.card?.title).toBe(t(`check:outcomes.${tierAt(routine)}.cardTitle`));
  });

  it("start over, a topic question and an outcome keep it; a less urgent sign after it changes nothing", async () => {
    const c = new Conversation();
    await c.say("SymptomIntent", symptom(idAt(fever)));
    await c.say("AMAZON.NoIntent");
    expect(questionAsked((await c.say("AMAZON.StartOverIntent")).text)).toBe(0);
    expect(questionAsked((await c.say("CausesIntent")).text)).toBe(0);
    const later = await c.say("SymptomIntent", symptom(idAt(routine)));
    expect(later.text).toBe(
      `${mentioned(routine)} ${t("check:mention.counted")} ${t("check:backToCheck")} ${askText(0)}`,
    );
    let turn = later;
    for (const _ of moreUrgentThan(fever)) turn = await c.say("AMAZON.NoIntent");
    expectOutcome(turn, tierAt(fever), mentioned(fever));
    expect(turn.card?.text).toContain(`- ${mentioned(routine)}`);
    // After the outcome, a new check in the same session still starts from the sign.
    expect((await c.say("CheckSymptomsIntent")).text).toContain(
      t("check:intro", { count: moreUrgentThan(fever).length }),
    );
  });

  it("a sign said again is kept once", async () => {
    const c = new Conversation();
    await c.say("SymptomIntent", symptom(idAt(fever)));
    const again = await c.say("SymptomIntent", symptom(idAt(fever), "i'm running a fever"));
    expect(questionAsked(again.text)).toBe(0);
    expect(again.attributes?.[STATE_KEY]).toMatchObject({ mentioned: [idAt(fever)] });
  });

  it.each(["AMAZON.StopIntent", "AMAZON.NavigateHomeIntent"])(
    "an emergency sign carried in the state (only a forged or stale one can be) on %s: the emergency outcome",
    async (intent) => {
      const k = emergencySigns.at(-1) as number;
      const c = new Conversation();
      c.setAttributes({
        [STATE_KEY]: { v: 1, check: { index: 0, questionId: idAt(0) }, mentioned: [idAt(k)] },
      });
      expectEmergency(await c.say(intent), mentioned(k));
    },
  );

  it("a sign in a tampered state that cannot be trusted restarts the check from question 1", async () => {
    for (const mentionedIds of [["headache"], "fever", [idAt(fever), idAt(fever)], []]) {
      const c = new Conversation();
      c.setAttributes({ [STATE_KEY]: { v: 1, mentioned: mentionedIds } });
      const turn = await c.say("AMAZON.YesIntent");
      expect(turn.text.startsWith(t("check:restart")), JSON.stringify(mentionedIds)).toBe(true);
      expect(questionAsked(turn.text)).toBe(0);
    }
  });
});

describe("a symptom the model could not name, said with a yes or no, in the check", () => {
  const unnamedWith = (answer: "yes" | "no" | "unsure") => ({
    ...unknownSymptom("i can't walk"),
    answer: { value: answer, type: "SymptomAnswerType", id: answer },
  });

  it("with a no: never taken as a no (its words may be the sign asked about); the same question again, more plainly", async () => {
    for (const at of positions) {
      const c = await atQuestion(at);
      const turn = await c.say("SymptomIntent", unnamedWith("no"));
      expect(turn.text, `at ${at}`).toBe(unclearSignText(at));
      expect(turn.ended).toBe(false);
    }
  });

  it("with a yes or not sure at an emergency question: the answer counts, 911 first", async () => {
    const at = RED_FLAGS.findIndex((flag) => flag.tier === "emergency");
    for (const answer of ["yes", "unsure"] as const) {
      const c = await atQuestion(at);
      const turn = await c.say("SymptomIntent", unnamedWith(answer));
      expect(turn.text.startsWith(t("check:outcomes.emergency.first")), answer).toBe(true);
      expect(turn.ended, answer).toBe(true);
    }
  });
});

describe("a symptom the model could not name", () => {
  for (const [what, slots] of [
    ["a value that did not resolve", unknownSymptom("a headache")],
    ["no slot at all ('i can't walk')", undefined],
  ] as const) {
    it(`${what}, after launch: a kind line, then the whole check from question 1`, async () => {
      const c = new Conversation();
      await c.launch();
      const turn = await c.say("SymptomIntent", slots);
      expect(turn.text).toBe(`${t("check:mention.unclear")} ${askText(0)}`);
      expect(turn.card?.text).toContain(PHONE);
      let next = turn;
      for (const _ of positions) next = await c.say("AMAZON.NoIntent");
      expect(next.card?.title).toBe(t("check:outcomes.none.cardTitle"));
    });

    it(`${what}, at every question of the check: a kind line and the same question, more plainly, the place kept`, async () => {
      for (const at of positions) {
        const c = await atQuestion(at);
        const turn = await c.say("SymptomIntent", slots);
        // As after any unrecognised answer: how to answer, then the plainer wording (never narrower).
        expect(turn.text).toBe(unclearSignText(at));
        expect(turn.text).toContain(HEAR.sayYesNoNotSure);
        expect(turn.reprompt).toContain(askText(at));
        expect(turn.ended).toBe(false);
        // Never a no: a no now answers this same question.
        const next = await c.say("AMAZON.NoIntent");
        if (at + 1 < positions.length) expect(questionAsked(next.text)).toBe(at + 1);
        else expect(next.card?.title).toBe(t("check:outcomes.none.cardTitle"));
      }
    });
  }

  it("keeps a sign said before it: the check asks only the more urgent questions", async () => {
    const k = lowerSigns[0] as number;
    const c = new Conversation();
    await c.say("SymptomIntent", symptom(idAt(k)));
    await c.say("AMAZON.NoIntent");
    let turn = await c.say("SymptomIntent", unknownSymptom("a headache"));
    expect(questionAsked(turn.text)).toBe(1);
    for (const _ of moreUrgentThan(k).slice(1)) turn = await c.say("AMAZON.NoIntent");
    expectOutcome(turn, tierAt(k), mentioned(k));
  });
});

/**
 * Words the slot did not resolve, as people say them after an opening ("tengo ...", "oiga ..."): the
 * emergency sign or the call for help inside them, or nothing (a denied sign is not a yes, nor a no).
 */
const UNRESOLVED: Record<Locale, [said: string, heard: string][]> = {
  "en-US": [
    ["my legs are going numb", "numbnessWeakness"],
    ["i'm having a heart attack now", "help"],
    ["i don't have a fever", "nothing"],
    ["my legs aren't numb", "nothing"],
  ],
  "es-US": [
    ["entumidas las dos piernas", "numbnessWeakness"],
    ["se me entumió la pierna", "numbnessWeakness"],
    ["no siento las piernas desde ayer", "numbnessWeakness"],
    ["adormecidas mis partes íntimas", "saddle"],
    ["no puedo mear", "urination"],
    ["no puedo orinar bien desde anoche", "urination"],
    ["ya no aguanto se me sale la orina", "bladderBowel"],
    ["me caí bajando del camión", "injury"],
    ["oiga llame al 911 ahorita", "help"],
    ["llévenme al hospital por favor", "help"],
    ["socorro", "help"],
    ["ay no puedo respirar", "help"],
    ["me está dando una embolia", "help"],
    ["no tengo fiebre", "nothing"],
    ["no tengo las piernas dormidas", "nothing"],
    ["no me caí", "nothing"],
    ["no me duele el pecho", "nothing"],
  ],
};

describe("words the slot did not resolve", () => {
  it.each(UNRESOLVED[TEST_LOCALE])('"%s" after launch: %s', async (said, heard) => {
    const c = new Conversation();
    await c.launch();
    const turn = await c.say("SymptomIntent", unknownSymptom(said));
    const k = RED_FLAGS.findIndex((flag) => flag.id === heard);
    if (heard === "help") expectEmergency(turn, t("check:mention.askedForHelp"), said);
    else if (k >= 0) expectEmergency(turn, mentioned(k), said);
    else expect(turn.text, said).toBe(`${t("check:mention.unclear")} ${askText(0)}`);
  });
});

describe("logs", () => {
  it("never carry the symptom: no slot text, no sign, no restatement", async () => {
    const before = logLines.length;
    const c = new Conversation();
    await c.say("SymptomIntent", symptom(idAt(lowerSigns[0] ?? 0), "i have a fever and chills"));
    await c.say("SymptomIntent", unknownSymptom("my toes feel funny"));
    await new Conversation().say("SymptomIntent", symptom(idAt(0), "i wet myself"));
    await new Conversation().say("EmergencyIntent");
    const lines = logLines.slice(before);
    expect(lines.map((l) => l.outcome)).toEqual(["open", "open", "ended", "ended"]);
    const text = JSON.stringify(lines).toLowerCase();
    for (const secret of [
      "fever",
      "chills",
      "toes",
      "wet",
      ...RED_FLAGS.map((f) => f.id.toLowerCase()),
      "mentioned",
    ])
      expect(text).not.toContain(secret);
  });
});
