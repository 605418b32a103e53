// The spoken red-flag check through the real skill: answer sequences, every safety rule, and every
// kind of input at every question. The number of questions, their order and tiers come from
// content/red-flags.json; the words from content/en-US/check.json.
import { describe, expect, it } from "vitest";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { STATE_KEY } from "../lambda/state/session-state";
import { invokeBundle, useBundle } from "./support/bundle";
import { occurrences, PHONE, t } from "./support/content";
import { cause, treatment } from "./support/fills";
import { HEAR } from "./support/phrases";
import { firstPositive, type Given, sampleSequences } from "./support/sequences";
import { Conversation, type Heard } from "./support/skill";
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
const words = (i: number, form: string) => t(`check:questions.${RED_FLAGS[i]?.id}.${form}`);
const ask = (i: number) => words(i, "ask");
const plainer = (i: number) => words(i, "plainer");
/** Every question's reprompt (docs/design.md safety rules). */
const reprompt = (i: number) => `${ask(i)} ${t("check:pleaseAnswer")} ${t("check:ifEmergency")}`;
/** Where a tier's questions begin. */
const firstOfTier = (tier: string) => RED_FLAGS.findIndex((f) => f.tier === tier);
/** No to each of the first `count` questions. */
const noTo = (count: number): Given[] => Array<Given>(count).fill("no");
/** No to every question before `position`, then `answer` to it. */
const upTo = (position: number, answer: Given): Given[] => [...noTo(position), answer];
const SAMPLE_SIZE = 20_000;
const SAMPLE_SEED = 20261125;
const TELEPHONE = `<say-as interpret-as="telephone">${PHONE}</say-as>`;
const CLINIC_CARD = { title: t("clinic:card.title"), text: t("clinic:card.text") };

type Send = ConstructorParameters<typeof Conversation>[1];

/** A one-shot "ask back spasm guide to check my symptoms": the request opens the session. */
async function oneShotCheck(send?: Send): Promise<{ c: Conversation; first: Heard }> {
  const c = new Conversation({}, send);
  return { c, first: await c.say("CheckSymptomsIntent") };
}

/** The check started inside an open session, after the welcome. */
async function checkAfterWelcome(): Promise<{ c: Conversation; first: Heard }> {
  const c = new Conversation();
  await c.launch();
  return { c, first: await c.say("CheckSymptomsIntent") };
}

/** A check that has had no to every question before `i`, so it is asking question `i`. */
async function atQuestion(i: number): Promise<{ c: Conversation; asking: Heard }> {
  const { c, first } = await checkAfterWelcome();
  let asking = first;
  for (let k = 0; k < i; k++) asking = await c.say("AMAZON.NoIntent");
  return { c, asking };
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

/** The place was kept: a no now moves on by exactly one question (or to the outcome after the last). */
async function expectPlaceKept(c: Conversation, i: number): Promise<void> {
  const next = await c.say("AMAZON.NoIntent");
  if (i + 1 < RED_FLAGS.length) expect(questionAsked(next)).toBe(i + 1);
  else expect(next.card?.title).toBe(t("check:outcomes.none.cardTitle"));
}

describe("starting the check", () => {
  it("acknowledges the pain, says what will happen and asks the first question, with the clinic's card", async () => {
    const { first } = await checkAfterWelcome();
    expect(first.text).toBe(`${t("check:intro", { count: RED_FLAGS.length })} ${ask(0)}`);
    expect(first.text.startsWith(HEAR.sorryItHurts)).toBe(true);
    expect(first.reprompt).toBe(reprompt(0));
    // If the session times out part way, the number and 911 are still in the Alexa app.
    expect(first.card).toEqual(CLINIC_CARD);
    expect(first.card?.text).toContain(PHONE);
    expect(first.card?.text).toContain(HEAR.inAnEmergency);
  });

  it("one-shot ('ask back spasm guide, is this serious') begins with the one-sentence disclaimer", async () => {
    const { first } = await oneShotCheck();
    expect(first.text).toBe(
      `${t("conversation:disclaimer")} ${t("check:intro", { count: RED_FLAGS.length })} ${ask(0)}`,
    );
    expect(first.text).toContain(HEAR.notMedicalAdvice);
    expect(first.card).toEqual(CLINIC_CARD);
  });

  it("the welcome's offer of the check starts it the same way, without the disclaimer twice", async () => {
    const c = new Conversation();
    expect((await c.launch()).text).toContain(t("conversation:disclaimer"));
    const first = await c.say("AMAZON.YesIntent");
    expect(first.text).not.toContain(t("conversation:disclaimer"));
    expect(questionAsked(first)).toBe(0);
    expect(first.card).toEqual(CLINIC_CARD);
  });
});

/**
 * Answers `sequence` from the check's first question, `first` (a turn that asked it), until the check
 * stops; every turn, first to last. The session goes on from `first`'s attributes, as Alexa sends them.
 */
async function answerFrom(first: Heard, sequence: readonly Given[], send?: Send): Promise<Heard[]> {
  const c = new Conversation({}, send);
  c.setAttributes(first.attributes);
  const turns = [first];
  for (const answer of sequence) {
    if (turns.at(-1)?.ended || questionAsked(turns.at(-1) as Heard) === -1) break;
    turns.push(await c.say(ANSWER_INTENT[answer]));
  }
  return turns;
}

interface Expected {
  tier: string;
  cardTitle: string;
  said: string;
  reprompt?: string;
}

// Rendered once per way the check can end: the sample below would otherwise render them 20,000 times.
const expectations = new Map<string, Expected>();

/** What the outcome must say when the check stops at `stop` (undefined: all no) on `answer`. */
function expected(stop: number | undefined, answer: Given | undefined): Expected {
  const key = `${stop}:${answer}`;
  const known = expectations.get(key);
  if (known) return known;
  const tier = stop === undefined ? "none" : (RED_FLAGS[stop]?.tier ?? "");
  const said =
    stop === undefined
      ? t("check:said.allNo", { count: RED_FLAGS.length })
      : t(`check:said.${answer}`, { yes: words(stop, "yes") });
  const made = {
    tier,
    cardTitle: t(`check:outcomes.${tier}.cardTitle`),
    said,
    ...(tier === "emergency" ? {} : { reprompt: t(`check:outcomes.${tier}.reprompt`) }),
  };
  expectations.set(key, made);
  return made;
}

/**
 * What is wrong with the outcome heard after `sequence`; empty when it is what a listener must hear.
 * Plain comparisons, not expect(): the sample below makes hundreds of thousands of them.
 */
function outcomeProblems(outcome: Heard, sequence: readonly Given[]): string[] {
  const stop = firstPositive(sequence);
  const want = expected(stop, stop === undefined ? undefined : sequence[stop]);
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${sequence.join(",")} → ${want.tier}: ${what}`);
  };
  check(outcome.card?.title === want.cardTitle, `card title "${outcome.card?.title}"`);
  check(outcome.text.includes(PHONE) && (outcome.card?.text ?? "").includes(PHONE), "the number");
  check(outcome.text.includes(want.said), `no "${want.said}" in "${outcome.text}"`);
  if (want.tier === "emergency") {
    check(firstSentence(outcome.text) === t("check:outcomes.emergency.first"), "911 is not first");
    check(outcome.ended, "the session stays open");
  } else {
    check(!outcome.ended && outcome.text.endsWith("?"), "no closing question");
    check(outcome.reprompt === want.reprompt, `reprompt "${outcome.reprompt}"`);
  }
  return problems;
}

/** The outcome a listener must hear after `sequence`. */
function expectOutcome(outcome: Heard, sequence: readonly Given[]): void {
  expect(outcomeProblems(outcome, sequence)).toEqual([]);
}

describe("sequences of yes / no / unsure answers through the skill", () => {
  useBundle();

  // All 3^n sequences run through the pure machine (red-flag-check.test.ts); through the skill a
  // seeded sample, each sent both in process and through the built bundle, which must answer alike.
  // The opening turn is the same for every sequence (and tested above), so each sample goes on from
  // it; every answer is a real request to the skill.
  const sample = sampleSequences(RED_FLAGS.length, SAMPLE_SIZE, SAMPLE_SEED);

  it(`gives the right outcome for ${SAMPLE_SIZE} sampled sequences (seed ${SAMPLE_SEED}), in process and through dist/lambda/index.js alike`, {
    timeout: 300_000,
  }, async () => {
    const opening = (await oneShotCheck()).first;
    const bundledOpening = (await oneShotCheck(invokeBundle)).first;
    expect(bundledOpening.envelope.response).toEqual(opening.envelope.response);
    const failures: string[] = [];
    for (const sequence of sample) {
      const inProcess = await answerFrom(opening, sequence);
      const bundled = await answerFrom(bundledOpening, sequence, invokeBundle);
      // Questions asked: up to and including the first yes or unsure, or all of them.
      const asked = inProcess.slice(0, -1).map(questionAsked).join();
      const last = firstPositive(sequence) ?? RED_FLAGS.length - 1;
      const found = outcomeProblems(inProcess.at(-1) as Heard, sequence);
      if (asked !== [...Array(last + 1).keys()].join()) found.push(`${sequence.join()}: asked ${asked}`);
      const responses = (turns: Heard[]) => JSON.stringify(turns.map((turn) => turn.envelope.response));
      if (responses(bundled) !== responses(inProcess))
        found.push(`${sequence.join()}: the bundle answered otherwise`);
      failures.push(...found.slice(0, 10 - failures.length));
    }
    expect(failures).toEqual([]);
  });
});

describe("the judge of outcomes", () => {
  it("catches an outcome that is not the one the answers call for", async () => {
    const { c } = await atQuestion(RED_FLAGS.length - 1);
    const allNo = await c.say("AMAZON.NoIntent");
    expect(outcomeProblems(allNo, noTo(RED_FLAGS.length))).toEqual([]);
    expect(outcomeProblems(allNo, upTo(0, "yes")).length).toBeGreaterThan(0);
    expect(outcomeProblems(allNo, upTo(RED_FLAGS.length - 1, "unsure")).length).toBeGreaterThan(0);
  });
});

describe("the outcomes", () => {
  async function outcomeAfter(answers: Given[]): Promise<{ c: Conversation; turn: Heard }> {
    const { c, first } = await checkAfterWelcome();
    let turn = first;
    for (const answer of answers) turn = await c.say(ANSWER_INTENT[answer]);
    return { c, turn };
  }

  it("emergency: 911 first, then the clinic for follow-up with the number, and the session ends", async () => {
    const { turn } = await outcomeAfter(upTo(firstOfTier("emergency"), "yes"));
    expect(turn.text.startsWith(HEAR.callNow)).toBe(true);
    expect(firstSentence(turn.text)).toContain(HEAR.cannotCall);
    expect(turn.text).toContain(HEAR.followUp);
    expect(turn.ended).toBe(true);
    expect(turn.card?.text).toContain(t("check:outcomes.emergency.first"));
  });

  it("urgent: the clinic or a doctor today, 911 if it gets worse, the number twice; the reprompt keeps today and 911, and offers only the reminder and the number", async () => {
    const { c, turn } = await outcomeAfter(upTo(firstOfTier("urgent"), "yes"));
    expect(turn.text).toContain(HEAR.contactToday);
    expect(turn.text).toContain(HEAR.ifWorse);
    expect(occurrences(turn.ssml, TELEPHONE)).toBe(2);
    expect(turn.text.endsWith(t("reminders:offerAfter.urgent"))).toBe(true);
    expect(turn.reprompt).toMatch(HEAR.remind);
    expect(turn.reprompt).toContain(HEAR.number);
    // Said again if the person says nothing: today, and 911 if it gets worse, in the tier's own words.
    expect(turn.reprompt).toContain(t("check:outcomes.urgent.today"));
    expect(turn.reprompt).toContain(t("check:outcomes.urgent.worse"));
    expect(turn.reprompt).not.toMatch(HEAR.notOfferedWhenUrgent);
    expect(occurrences((await c.say("ClinicNumberIntent")).ssml, TELEPHONE)).toBe(2);
  });

  it("routine: book a consultation, the number twice", async () => {
    const { turn } = await outcomeAfter(upTo(firstOfTier("routine"), "yes"));
    expect(turn.text).toContain(HEAR.bookConsultation);
    expect(occurrences(turn.ssml, TELEPHONE)).toBe(2);
  });

  it("no red flags: rest and self-care, when to call, warning signs and 911, and a reminder to call offered", async () => {
    const { turn } = await outcomeAfter(noTo(RED_FLAGS.length));
    expect(turn.text).toContain(HEAR.restAndSelfCare);
    expect(turn.text).toContain(HEAR.whenToCall);
    expect(turn.text).toContain(HEAR.warningSigns);
    expect(turn.text).toContain(HEAR.inAnEmergency);
    expect(turn.text.endsWith(t("reminders:offerAfter.none"))).toBe(true);
    expect(occurrences(turn.ssml, TELEPHONE)).toBe(1);
    expect(turn.text).not.toMatch(HEAR.allClear);
  });

  it("the card holds the advice, each answer given as a sentence about the person, and the number", async () => {
    const stop = Math.min(2, RED_FLAGS.length - 1);
    const { turn } = await outcomeAfter(upTo(stop, "unsure"));
    const card = turn.card?.text ?? "";
    const tier = RED_FLAGS[stop]?.tier;
    expect(card).toContain(
      t(tier === "emergency" ? "check:outcomes.emergency.first" : `check:outcomes.${tier}.advice`),
    );
    for (let i = 0; i < stop; i++)
      expect(card).toContain(`- ${t("check:card.answerNo", { no: words(i, "no") })}`);
    expect(card).toContain(`- ${t("check:card.answerUnsure", { yes: words(stop, "yes") })}`);
    for (let i = stop + 1; i < RED_FLAGS.length; i++) expect(card).not.toContain(words(i, "no"));
    expect(card).not.toMatch(HEAR.bareAnswer);
    expect(card).toContain(PHONE);
  });

  it.each(["yes", "unsure"] as const)(
    "every outcome after %s says at most the budgeted words before the number",
    async (answer) => {
      for (let stop = 0; stop <= RED_FLAGS.length; stop++) {
        const answers = stop < RED_FLAGS.length ? upTo(stop, answer) : noTo(stop);
        const { turn } = await outcomeAfter(answers);
        const budget =
          RED_FLAGS[stop]?.tier === "emergency" ? EMERGENCY_WORDS_BEFORE_NUMBER : OUTCOME_WORDS_BEFORE_NUMBER;
        expect(wordCount(beforeNumber(turn.text)), turn.text).toBeLessThanOrEqual(budget);
      }
    },
  );
});

describe("the questions as written", () => {
  it.each([...RED_FLAGS.keys()])(
    "question %i: one question of at most 20 words, worded so that yes means the sign, with a different plainer form",
    (i) => {
      for (const text of [ask(i), plainer(i)]) {
        expect(wordCount(text), text).toBeLessThanOrEqual(CHECK_QUESTION_WORDS);
        expect(text.match(/\?/g), text).toHaveLength(1);
        expect(text.endsWith("?"), text).toBe(true);
        // Positive wording: a yes always means "I have this sign" (docs/design.md).
        expect(text, text).not.toMatch(HEAR.negativeWording);
      }
      expect(plainer(i)).not.toBe(ask(i));
      for (const form of ["yes", "no", "mentioned"]) expect(words(i, form)).not.toMatch(/[?.]$/);
    },
  );
});

/** What the person says at a question, and what they must hear. */
interface AtQuestion {
  say: (c: Conversation) => Promise<Heard>;
  hear: (turn: Heard, i: number, c: Conversation) => Promise<void>;
}

/** Not an answer: the question again, more plainly, with how to answer; the place is kept. */
const notAnAnswer: AtQuestion["hear"] = async (turn, i, c) => {
  expect(turn.text).toBe(`${t("check:notAnAnswer")} ${t("check:pleaseAnswer")} ${plainer(i)}`);
  expect(turn.text.startsWith(HEAR.notCaught)).toBe(true);
  expect(turn.reprompt).toBe(reprompt(i));
  await expectPlaceKept(c, i);
};

/** Stop or cancel: the safety line, the number and 911, the clinic's card, and the end. */
const stopped: AtQuestion["hear"] = async (turn) => {
  expect(turn.text).toContain(HEAR.warningSigns);
  expect(turn.text).toContain(HEAR.callPhone);
  expect(turn.text).toContain(HEAR.inAnEmergency);
  expect(turn.card).toEqual(CLINIC_CARD);
  expect(turn.ended).toBe(true);
};

const AT_EVERY_QUESTION: readonly [string, AtQuestion][] = [
  [
    "yes",
    {
      say: (c) => c.say("AMAZON.YesIntent"),
      hear: async (turn, i) => expectOutcome(turn, upTo(i, "yes")),
    },
  ],
  [
    "not sure",
    {
      say: (c) => c.say("UnsureIntent"),
      hear: async (turn, i) => {
        expectOutcome(turn, upTo(i, "unsure"));
        expect(turn.text).toContain(HEAR.toBeSafe);
      },
    },
  ],
  [
    "no",
    {
      say: (c) => c.say("AMAZON.NoIntent"),
      hear: async (turn, i) => {
        if (i + 1 < RED_FLAGS.length) expect(questionAsked(turn)).toBe(i + 1);
        else expectOutcome(turn, noTo(i + 1));
      },
    },
  ],
  ["something unrecognised", { say: (c) => c.say("AMAZON.FallbackIntent"), hear: notAnAnswer }],
  ["stop", { say: (c) => c.say("AMAZON.StopIntent"), hear: stopped }],
  ["cancel", { say: (c) => c.say("AMAZON.CancelIntent"), hear: stopped }],
  [
    "repeat",
    {
      say: (c) => c.say("AMAZON.RepeatIntent"),
      hear: async (turn, i, c) => {
        expect(turn.text).toBe(ask(i));
        expect(turn.reprompt).toBe(reprompt(i));
        await expectPlaceKept(c, i);
      },
    },
  ],
  [
    "'check my symptoms' again",
    {
      say: (c) => c.say("CheckSymptomsIntent"),
      hear: async (turn, i, c) => {
        // The same question, and what to do if this cannot wait.
        expect(turn.text).toBe(`${t("check:ifEmergency")} ${ask(i)}`);
        expect(turn.text).toContain(HEAR.callEmergency);
        expect(turn.reprompt).toBe(reprompt(i));
        await expectPlaceKept(c, i);
      },
    },
  ],
  [
    "help",
    {
      say: (c) => c.say("AMAZON.HelpIntent"),
      hear: async (turn, i, c) => {
        expect(turn.text).toBe(`${t("check:help")} ${ask(i)}`);
        expect(turn.reprompt).toBe(reprompt(i));
        await expectPlaceKept(c, i);
      },
    },
  ],
  [
    "a topic question",
    {
      say: (c) => c.say("SelfCareIntent"),
      hear: async (turn, i, c) => {
        expect(turn.text).toBe(`${t("topics:selfCare.briefInCheck")} ${t("check:backToCheck")} ${ask(i)}`);
        await expectPlaceKept(c, i);
      },
    },
  ],
  [
    "a cause named on its own ('weight')",
    {
      say: (c) => c.say("CauseIntent", cause("obesity", "weight")),
      hear: async (turn, i, c) => {
        expect(turn.text).not.toContain(t("topics:cause.obesity.speech"));
        await notAnAnswer(turn, i, c);
      },
    },
  ],
  [
    "a treatment named on its own ('shots')",
    {
      say: (c) => c.say("TreatmentIntent", treatment("injections", "shots")),
      hear: async (turn, i, c) => {
        expect(turn.text).not.toContain(t("topics:treatment.injections.speech"));
        await notAnAnswer(turn, i, c);
      },
    },
  ],
  [
    "start over",
    {
      say: (c) => c.say("AMAZON.StartOverIntent"),
      hear: async (turn, _, c) => {
        expect(turn.text).toBe(`${t("check:startOver")} ${ask(0)}`);
        expect(turn.card).toEqual(CLINIC_CARD);
        await expectPlaceKept(c, 0);
      },
    },
  ],
  [
    "go home",
    {
      say: (c) => c.say("AMAZON.NavigateHomeIntent"),
      hear: async (turn, _, c) => {
        expect(turn.text).toContain(HEAR.warningSigns);
        expect(turn.text).toContain(PHONE);
        expect(turn.text).toContain(HEAR.inAnEmergency);
        expect(turn.text.endsWith(t("conversation:menu.question"))).toBe(true);
        // The check is over: a yes now answers nothing.
        expect((await c.say("AMAZON.YesIntent")).text).toContain(t("conversation:noPendingAnswer"));
      },
    },
  ],
];

describe.each(AT_EVERY_QUESTION)("%s, at every question", (_, { say, hear }) => {
  it.each([...RED_FLAGS.keys()])("question %i", async (i) => {
    const { c, asking } = await atQuestion(i);
    expect(questionAsked(asking)).toBe(i);
    await hear(await say(c), i, c);
  });
});

describe("other input that is not an answer, at every question", () => {
  it.each([
    ["more", "AMAZON.MoreIntent"],
    ["an unknown intent", "WeatherIntent"],
    ["an intent named like an object property", "constructor"],
    ["an intent named __proto__", "__proto__"],
  ])("%s asks the question again more plainly, without moving on", async (_, intent) => {
    for (let i = 0; i < RED_FLAGS.length; i++) {
      const { c } = await atQuestion(i);
      await notAnAnswer(await c.say(intent), i, c);
    }
  });

  it.each([
    "OverviewIntent",
    "CausesIntent",
    "WhenToSeeSpecialistIntent",
    "SpecialistCareIntent",
    "ClinicNumberIntent",
    "ClinicLocationIntent",
  ])("%s gets a brief answer, then the same question", async (intent) => {
    const i = RED_FLAGS.length - 1;
    const { c } = await atQuestion(i);
    const turn = await c.say(intent);
    expect(turn.text.endsWith(`${t("check:backToCheck")} ${ask(i)}`)).toBe(true);
    await expectPlaceKept(c, i);
  });
});

describe("a tampered or stale check state", () => {
  const at = Math.min(3, RED_FLAGS.length - 1);
  const valid = { v: 1, check: { index: at, questionId: RED_FLAGS[at]?.id } };
  const elsewhere = RED_FLAGS.find((_, i) => i !== at)?.id;
  const cases: [string, unknown][] = [
    ["an unknown version", { ...valid, v: 99 }],
    ["an index out of range", { v: 1, check: { index: RED_FLAGS.length, questionId: RED_FLAGS.at(-1)?.id } }],
    ["a negative index", { v: 1, check: { index: -1, questionId: RED_FLAGS[0]?.id } }],
    ["an unknown question id", { v: 1, check: { index: at, questionId: "headache" } }],
    ["a question id at the wrong place", { v: 1, check: { index: at, questionId: elsewhere } }],
    ["a check that is not an object", { v: 1, check: "question 4" }],
  ];

  it.each(cases)(
    "%s restarts the check at question 1 with a short apology and the card",
    async (_, state) => {
      const c = new Conversation();
      c.setAttributes({ [STATE_KEY]: state });
      const turn = await c.say("AMAZON.YesIntent");
      expect(turn.text.startsWith(t("check:restart"))).toBe(true);
      expect(questionAsked(turn)).toBe(0);
      expect(turn.card).toEqual(CLINIC_CARD);
      expect(turn.ended).toBe(false);
    },
  );

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
    await expectPlaceKept(c, at);
  });
});
