// The spoken red-flag check through the real skill: every answer sequence, every safety rule.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { STATE_KEY } from "../lambda/state/session-state";
import { invokeBundle } from "./support/bundle";
import { CLINIC, EMERGENCY, occurrences, PHONE, t } from "./support/content";
import { cause } from "./support/fills";
import { firstPositive, type Given, sampleSequences } from "./support/sequences";
import { Conversation, type Heard, TEST_SKILL_ID } from "./support/skill";
import {
  CHECK_QUESTION_WORDS,
  EMERGENCY_WORDS_BEFORE_NUMBER,
  OUTCOME_WORDS_BEFORE_NUMBER,
} from "./support/voice-budget-exceptions";
import { wordCount } from "./support/words";

const ANSWER_INTENT: Record<Given, string> = {
  yes: "AMAZON.YesIntent",
  no: "AMAZON.NoIntent",
  unsure: "UnsureIntent",
};
const ask = (i: number) => t(`check:questions.${RED_FLAGS[i]?.id}.ask`);
const plainer = (i: number) => t(`check:questions.${RED_FLAGS[i]?.id}.plainer`);
const yesClause = (i: number) => t(`check:questions.${RED_FLAGS[i]?.id}.yes`);
const noClause = (i: number) => t(`check:questions.${RED_FLAGS[i]?.id}.no`);
/** Where a tier's questions begin. */
const firstOfTier = (tier: string) => RED_FLAGS.findIndex((f) => f.tier === tier);
/** No to each of the first `count` questions. */
const noTo = (count: number): Given[] => Array<Given>(count).fill("no");
const SAMPLE_SIZE = 20_000;
const SAMPLE_SEED = 20261125;
const TELEPHONE = `<say-as interpret-as="telephone">${PHONE}</say-as>`;

type Send = ConstructorParameters<typeof Conversation>[1];

/** Starts the check with "check my symptoms" (in process, or through `send`). */
async function startCheck(send?: Send): Promise<{ c: Conversation; first: Heard }> {
  const c = new Conversation({}, send);
  return { c, first: await c.say("CheckSymptomsIntent") };
}

/** Which question a turn asks (by its usual or plainer wording), or -1. */
function questionAsked(turn: Heard): number {
  return RED_FLAGS.findIndex((_, i) => turn.text.endsWith(ask(i)) || turn.text.endsWith(plainer(i)));
}

function firstSentence(text: string): string {
  return text.split(/(?<=[.!?])\s/)[0] ?? "";
}

/** The words before the clinic's number first appears. */
function beforeNumber(text: string): string {
  return text.slice(0, text.indexOf(PHONE));
}

describe("starting the check", () => {
  it("says what will happen and asks the first question in the same turn", async () => {
    const { first } = await startCheck();
    expect(first.text).toContain(t("check:intro", { count: RED_FLAGS.length }));
    expect(first.text).toContain("emergency, you'll hear it straight away");
    expect(first.text.endsWith(ask(0))).toBe(true);
    expect(first.reprompt).toBe(`${ask(0)} ${t("check:pleaseAnswer")}`);
  });

  it("one-shot 'ask back spasm guide to check my symptoms' starts it in a new session", async () => {
    const turn = await new Conversation({ newSession: true }).say("CheckSymptomsIntent");
    expect(questionAsked(turn)).toBe(0);
  });
});

/** Sends `sequence` through a new check, answering until it stops; every turn, first to last. */
async function answerAll(sequence: readonly Given[], send?: Send): Promise<Heard[]> {
  const { c, first } = await startCheck(send);
  const turns = [first];
  for (const answer of sequence) {
    if (turns.at(-1)?.ended || questionAsked(turns.at(-1) as Heard) === -1) break;
    turns.push(await c.say(ANSWER_INTENT[answer]));
  }
  return turns;
}

/** The outcome a listener must hear after `sequence`. */
function expectOutcome(turns: readonly Heard[], sequence: readonly Given[]): void {
  const outcome = turns.at(-1) as Heard;
  const stop = firstPositive(sequence);
  const tier = stop === undefined ? "none" : RED_FLAGS[stop]?.tier;
  const label = `${sequence.join(",")} → ${tier}`;

  // Questions asked: up to and including the first yes or unsure, or all of them.
  const last = stop ?? RED_FLAGS.length - 1;
  expect(turns.slice(0, -1).map(questionAsked), label).toEqual([...Array(last + 1).keys()]);
  expect(outcome.card?.title, label).toBe(t(`check:outcomes.${tier}.cardTitle`));
  expect(outcome.text, label).toContain(PHONE);
  expect(outcome.card?.text, label).toContain(PHONE);
  if (stop === undefined) {
    expect(outcome.text, label).toContain(t("check:said.allNo", { count: RED_FLAGS.length }));
  } else {
    expect(outcome.text, label).toContain(t(`check:said.${sequence[stop]}`, { yes: yesClause(stop) }));
  }
  if (tier === "emergency") {
    expect(firstSentence(outcome.text), label).toBe(t("check:outcomes.emergency.first"));
    expect(outcome.ended, label).toBe(true);
  } else {
    expect(outcome.ended, label).toBe(false);
    expect(outcome.text, label).toMatch(/\?$/);
  }
}

describe("sequences of yes / no / unsure answers through the skill", () => {
  beforeAll(() => {
    process.env.SKILL_ID = TEST_SKILL_ID;
    vi.spyOn(console, "log").mockImplementation(() => undefined); // the bundle's per-request log line
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  // All 3^n sequences run through the pure machine (red-flag-check.test.ts); through the skill a
  // seeded sample, each sent both in process and through the built bundle, which must answer alike.
  const sample = sampleSequences(RED_FLAGS.length, SAMPLE_SIZE, SAMPLE_SEED);

  it(`gives the right outcome for ${SAMPLE_SIZE} sampled sequences (seed ${SAMPLE_SEED}), in process and through dist/lambda/index.js alike`, {
    timeout: 180_000,
  }, async () => {
    for (const sequence of sample) {
      const inProcess = await answerAll(sequence);
      const bundled = await answerAll(sequence, invokeBundle);
      expectOutcome(inProcess, sequence);
      expect(
        bundled.map((turn) => turn.envelope.response),
        sequence.join(),
      ).toEqual(inProcess.map((turn) => turn.envelope.response));
    }
  });
});

describe("the outcomes", () => {
  async function outcomeAfter(answers: Given[]): Promise<Heard> {
    const { c } = await startCheck();
    let turn: Heard | undefined;
    for (const answer of answers) turn = await c.say(ANSWER_INTENT[answer]);
    return turn as Heard;
  }

  /** No to every question before `position`, then `answer` to it. */
  const upTo = (position: number, answer: Given): Given[] => [...noTo(position), answer];

  it("emergency: 911 first, then the clinic for follow-up with the number, and the session ends", async () => {
    const turn = await outcomeAfter(upTo(firstOfTier("emergency"), "yes"));
    expect(turn.text.startsWith(`Call ${EMERGENCY} now or go to the nearest emergency room`)).toBe(true);
    expect(turn.text).toContain("you or someone nearby must");
    expect(turn.text).toContain(`For follow-up, call ${CLINIC} at ${PHONE}`);
    expect(turn.ended).toBe(true);
    expect(turn.card?.text).toContain(t("check:outcomes.emergency.first"));
  });

  it("urgent: contact the clinic or a doctor today, emergency care if worse, the number twice", async () => {
    const turn = await outcomeAfter(upTo(firstOfTier("urgent"), "yes"));
    expect(turn.text).toContain("or a doctor today");
    expect(turn.text).toContain("If it gets worse, get emergency care.");
    expect(occurrences(turn.ssml, TELEPHONE)).toBe(2);
  });

  it("routine: book a consultation, the number twice", async () => {
    const turn = await outcomeAfter(upTo(firstOfTier("routine"), "yes"));
    expect(turn.text).toContain("book a consultation");
    expect(occurrences(turn.ssml, TELEPHONE)).toBe(2);
  });

  it("no red flags: rest and self-care, call if it lasts, the number, and an offer to repeat it", async () => {
    const { c } = await startCheck();
    let turn: Heard | undefined;
    for (const answer of noTo(RED_FLAGS.length)) turn = await c.say(ANSWER_INTENT[answer]);
    expect(turn?.text).toContain("Most back spasms ease with rest and self-care.");
    expect(turn?.text).toContain("more than a week");
    expect(turn?.text).toContain(t("check:question"));
    expect(turn?.text).not.toMatch(/you are fine|you're fine|nothing to worry/i);
    const again = await c.say("AMAZON.YesIntent");
    expect(occurrences(again.ssml, TELEPHONE)).toBe(2);
  });

  it("the card holds the advice, each answer given as a sentence about the person, and the number", async () => {
    const stop = Math.min(2, RED_FLAGS.length - 1);
    const turn = await outcomeAfter(upTo(stop, "unsure"));
    const card = turn.card?.text ?? "";
    const tier = RED_FLAGS[stop]?.tier;
    expect(card).toContain(
      t(tier === "emergency" ? "check:outcomes.emergency.first" : `check:outcomes.${tier}.advice`),
    );
    for (let i = 0; i < stop; i++)
      expect(card).toContain(`- ${t("check:card.answerNo", { no: noClause(i) })}`);
    expect(card).toContain(`- ${t("check:card.answerUnsure", { yes: yesClause(stop) })}`);
    for (let i = stop + 1; i < RED_FLAGS.length; i++) expect(card).not.toContain(noClause(i));
    expect(card).toContain(PHONE);
  });

  it.each(["yes", "unsure"] as const)(
    "every outcome after %s says at most the budgeted words before the number",
    async (answer) => {
      for (let stop = 0; stop <= RED_FLAGS.length; stop++) {
        const answers = stop < RED_FLAGS.length ? upTo(stop, answer) : noTo(stop);
        const turn = await outcomeAfter(answers);
        const budget =
          RED_FLAGS[stop]?.tier === "emergency" ? EMERGENCY_WORDS_BEFORE_NUMBER : OUTCOME_WORDS_BEFORE_NUMBER;
        expect(wordCount(beforeNumber(turn.text)), turn.text).toBeLessThanOrEqual(budget);
      }
    },
  );
});

describe("the questions as spoken", () => {
  it("each is at most 20 words, and its reprompt is the question plus 'Please say yes or no.'", async () => {
    const { c, first } = await startCheck();
    let turn = first;
    for (let i = 0; i < RED_FLAGS.length; i++) {
      expect(questionAsked(turn)).toBe(i);
      expect(wordCount(ask(i))).toBeLessThanOrEqual(CHECK_QUESTION_WORDS);
      expect(wordCount(plainer(i))).toBeLessThanOrEqual(CHECK_QUESTION_WORDS);
      expect(turn.reprompt).toBe(`${ask(i)} ${t("check:pleaseAnswer")}`);
      turn = await c.say("AMAZON.NoIntent");
    }
  });
});

describe("input that is not an answer", () => {
  for (const [what, intent] of [
    ["fallback", "AMAZON.FallbackIntent"],
    ["more", "AMAZON.MoreIntent"],
    ["an unknown intent", "WeatherIntent"],
    ["an intent named like an object property", "constructor"],
    ["an intent named __proto__", "__proto__"],
  ] as const) {
    it(`${what} at every question asks it again more plainly, without moving on`, async () => {
      for (let i = 0; i < RED_FLAGS.length; i++) {
        const { c } = await startCheck();
        for (let k = 0; k < i; k++) await c.say("AMAZON.NoIntent");
        const again = await c.say(intent);
        expect(again.text).toBe(`${t("check:notAnAnswer")} ${plainer(i)}`);
        expect(again.reprompt).toBe(`${ask(i)} ${t("check:pleaseAnswer")}`);
        const next = await c.say("AMAZON.NoIntent");
        expect(questionAsked(next)).toBe(i + 1 < RED_FLAGS.length ? i + 1 : -1);
      }
    });
  }
});

describe("repeat, help, start over, stop and other questions inside the check", () => {
  async function atQuestion(i: number): Promise<Conversation> {
    const { c } = await startCheck();
    for (let k = 0; k < i; k++) await c.say("AMAZON.NoIntent");
    return c;
  }

  it("repeat repeats the current question", async () => {
    const c = await atQuestion(3);
    expect((await c.say("AMAZON.RepeatIntent")).text).toBe(ask(3));
    expect(questionAsked(await c.say("AMAZON.NoIntent"))).toBe(4);
  });

  it("'check my symptoms' again repeats the current question rather than skipping or restarting", async () => {
    const c = await atQuestion(2);
    expect((await c.say("CheckSymptomsIntent")).text).toBe(ask(2));
  });

  it("help explains the check and asks the current question again", async () => {
    const c = await atQuestion(4);
    const help = await c.say("AMAZON.HelpIntent");
    expect(help.text).toBe(`${t("check:help")} ${ask(4)}`);
    expect(questionAsked(await c.say("AMAZON.NoIntent"))).toBe(5);
  });

  it("start over restarts at question 1", async () => {
    const c = await atQuestion(5);
    const again = await c.say("AMAZON.StartOverIntent");
    expect(questionAsked(again)).toBe(0);
    expect(again.text).toContain(t("check:startOver"));
    expect(questionAsked(await c.say("AMAZON.NoIntent"))).toBe(1);
  });

  it.each(["AMAZON.StopIntent", "AMAZON.CancelIntent"])(
    "%s ends with the safety line and the number",
    async (intent) => {
      const c = await atQuestion(2);
      const stop = await c.say(intent);
      expect(stop.text).toContain("If any of the signs I asked about appear, get care right away.");
      expect(stop.text).toContain(PHONE);
      expect(stop.text).toContain(`call ${EMERGENCY}`);
      expect(stop.ended).toBe(true);
    },
  );

  it("go home leaves the check with the safety line, the number and 911, and asks what next", async () => {
    const c = await atQuestion(2);
    const home = await c.say("AMAZON.NavigateHomeIntent");
    expect(home.text).toContain("If any of the signs I asked about appear, get care right away.");
    expect(home.text).toContain(PHONE);
    expect(home.text).toContain(`call ${EMERGENCY}`);
    expect(home.text).toContain(t("conversation:menu.question"));
    expect((await c.say("AMAZON.YesIntent")).text).toContain(t("conversation:noPendingAnswer"));
  });

  it("a topic question gets a brief answer, then the same question; it never counts as an answer", async () => {
    const c = await atQuestion(1);
    const topic = await c.say("CauseIntent", cause("herniatedDisc"));
    expect(topic.text).toBe(`${t("topics:cause.herniatedDisc.speech")} ${t("check:backToCheck")} ${ask(1)}`);
    const number = await c.say("ClinicNumberIntent");
    expect(number.text).toContain(PHONE);
    expect(questionAsked(number)).toBe(1);
    expect(questionAsked(await c.say("AMAZON.NoIntent"))).toBe(2);
  });

  it.each([
    "OverviewIntent",
    "CausesIntent",
    "WhenToSeeSpecialistIntent",
    "SpecialistCareIntent",
    "TreatmentIntent",
    "SelfCareIntent",
    "ClinicLocationIntent",
  ])("%s inside the check returns to the current question", async (intent) => {
    const c = await atQuestion(6);
    const turn = await c.say(intent);
    expect(turn.text).toContain(t("check:backToCheck"));
    expect(questionAsked(turn)).toBe(6);
  });
});

describe("a tampered or stale check state", () => {
  const valid = { v: 1, check: { index: 3, questionId: RED_FLAGS[3]?.id } };
  const cases: [string, unknown][] = [
    ["an unknown version", { ...valid, v: 99 }],
    ["an index out of range", { v: 1, check: { index: RED_FLAGS.length, questionId: RED_FLAGS.at(-1)?.id } }],
    ["a negative index", { v: 1, check: { index: -1, questionId: "bladderBowel" } }],
    ["an unknown question id", { v: 1, check: { index: 3, questionId: "headache" } }],
    ["a question id at the wrong place", { v: 1, check: { index: 3, questionId: "bladderBowel" } }],
    ["a check that is not an object", { v: 1, check: "question 4" }],
  ];

  it.each(cases)("%s restarts the check at question 1 with a short apology", async (_, state) => {
    const c = new Conversation();
    c.setAttributes({ [STATE_KEY]: state });
    const turn = await c.say("AMAZON.YesIntent");
    expect(turn.text.startsWith(t("check:restart"))).toBe(true);
    expect(questionAsked(turn)).toBe(0);
    expect(turn.ended).toBe(false);
  });

  it("stop still says goodbye with the number", async () => {
    const c = new Conversation();
    c.setAttributes({ [STATE_KEY]: { v: 1, check: { index: 42 } } });
    const turn = await c.say("AMAZON.StopIntent");
    expect(turn.text).toContain(PHONE);
    expect(turn.ended).toBe(true);
  });

  it("a valid saved place carries on from it", async () => {
    const c = new Conversation();
    c.setAttributes({ [STATE_KEY]: valid });
    expect(questionAsked(await c.say("AMAZON.NoIntent"))).toBe(4);
  });
});
