// The red-flag check as a pure state machine: plain data in, plain data out.
// Questions go most urgent first and the check stops at the first yes (or unsure), because every
// later question can only lead to a lower tier. Nothing unrecognised ever counts as an answer.
//
// A sign said out loud ("I have a fever") is a known yes at its position. By the same reasoning the
// check then asks only the questions of a more urgent tier than that sign (none, for an emergency
// sign), and if they are all no the outcome is the sign's own tier: a mentioned sign is never lowered.

export const TIERS = ["emergency", "urgent", "routine"] as const;
export type Tier = (typeof TIERS)[number];

export interface RedFlag {
  id: string;
  tier: Tier;
}

export type Answer = "yes" | "no" | "unsure" | "unrecognised";

/** Answers that stop the check: unsure counts as yes, to be safe. */
export type Positive = "yes" | "unsure";

export type CheckStep =
  | {
      kind: "ask";
      index: number;
      flag: RedFlag;
      /** True when the last input was not a yes, no or unsure: ask again, more plainly. */
      again: boolean;
    }
  | {
      kind: "outcome";
      tier: Tier | "none";
      /**
       * What gave the tier: the question answered yes or unsure, or the sign said out loud
       * ("mentioned"); absent when all were no and nothing was mentioned.
       */
      trigger?: { index: number; flag: RedFlag; answer: Positive | "mentioned" };
      /** How many questions were answered, from the first (all of them no but a positive trigger). */
      asked: number;
      /**
       * The last question answered yes or unsure when a sign said out loud is more urgent than it and
       * so gives the tier (the trigger is then that sign): the answer is kept, never lost.
       */
      alsoYes?: { index: number; flag: RedFlag; answer: Positive };
    };

export type AskStep = Extract<CheckStep, { kind: "ask" }>;
export type OutcomeStep = Extract<CheckStep, { kind: "outcome" }>;

function flagAt(flags: readonly RedFlag[], index: number): RedFlag {
  const flag = flags[index];
  if (flag === undefined) throw new RangeError(`No red-flag question at position ${index}`);
  return flag;
}

/** True when a yes at `index` could give a more urgent tier than the sign known at `known`. */
function couldRaise(flags: readonly RedFlag[], index: number, known: number | undefined): boolean {
  if (known === undefined) return true;
  return TIERS.indexOf(flagAt(flags, index).tier) < TIERS.indexOf(flagAt(flags, known).tier);
}

/** The question to ask at `from` or later, or the outcome when none is left; every earlier one was no. */
function nextStep(flags: readonly RedFlag[], from: number, known: number | undefined): CheckStep {
  for (let index = from; index < flags.length; index++) {
    if (couldRaise(flags, index, known))
      return { kind: "ask", index, flag: flagAt(flags, index), again: false };
  }
  if (known === undefined) return { kind: "outcome", tier: "none", asked: flags.length };
  const flag = flagAt(flags, known);
  return {
    kind: "outcome",
    tier: flag.tier,
    trigger: { index: known, flag, answer: "mentioned" },
    asked: from,
  };
}

/** How many questions the check may ask at most, with the sign at `known` said out loud, if any. */
export function questionCount(flags: readonly RedFlag[], known?: number): number {
  return flags.filter((_, index) => couldRaise(flags, index, known)).length;
}

/**
 * The first step of the check: its first question; or, with `known` the position of a sign already
 * said out loud, the first question that could raise the tier, or the outcome when none could.
 */
export function startCheck(flags: readonly RedFlag[]): AskStep;
export function startCheck(flags: readonly RedFlag[], known: number | undefined): CheckStep;
export function startCheck(flags: readonly RedFlag[], known?: number): CheckStep {
  if (known === undefined) return { kind: "ask", index: 0, flag: flagAt(flags, 0), again: false };
  return nextStep(flags, 0, known);
}

/**
 * The step after `answer` to the question at `index`, with the sign known at `known`, if any. A yes
 * gives the more urgent of its question's tier and the known sign's: a known sign is never lowered,
 * even when it was said together with the answer ("yes, and I have a fever").
 */
export function answerQuestion(
  flags: readonly RedFlag[],
  index: number,
  answer: Answer,
  known?: number,
): CheckStep {
  const flag = flagAt(flags, index);
  switch (answer) {
    case "yes":
    case "unsure": {
      const yes = { index, flag, answer };
      const sign = known === undefined ? undefined : flagAt(flags, known);
      if (known !== undefined && sign && TIERS.indexOf(sign.tier) < TIERS.indexOf(flag.tier)) {
        const trigger = { index: known, flag: sign, answer: "mentioned" as const };
        return { kind: "outcome", tier: sign.tier, trigger, asked: index + 1, alsoYes: yes };
      }
      return { kind: "outcome", tier: flag.tier, trigger: yes, asked: index + 1 };
    }
    case "no":
      return nextStep(flags, index + 1, known);
    default:
      // "unrecognised", and anything else that reaches here at run time: never an answer.
      return notAnAnswerAt(flags, index);
  }
}

/** What was said at `index` is not a yes, no or unsure: the same question again, more plainly. */
export function notAnAnswerAt(flags: readonly RedFlag[], index: number): AskStep {
  return { kind: "ask", index, flag: flagAt(flags, index), again: true };
}

/**
 * The step after a sign is said out loud at position `mentioned` while the check asks the question at
 * `at` (every earlier one answered no). `known` is a sign said earlier, if any; the more urgent of the
 * two is the one that counts. (Before the check, `startCheck` with the most urgent sign does the same.)
 */
export function mentionSign(
  flags: readonly RedFlag[],
  mentioned: number,
  at: number,
  known?: number,
): CheckStep {
  flagAt(flags, mentioned);
  flagAt(flags, at);
  if (known !== undefined) flagAt(flags, known);
  // The earliest position is the most urgent sign; a later one cannot change what the check asks.
  return nextStep(flags, at, known === undefined ? mentioned : Math.min(known, mentioned));
}
