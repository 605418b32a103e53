// The red-flag check as a pure state machine: plain data in, plain data out.
// Questions go most urgent first and the check stops at the first yes (or unsure), because every
// later question can only lead to a lower tier. Nothing unrecognised ever counts as an answer.

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
      /** The question that stopped the check and how it was answered; absent when all were no. */
      trigger?: { index: number; flag: RedFlag; answer: Positive };
      /** How many questions were asked in all. */
      asked: number;
    };

export type AskStep = Extract<CheckStep, { kind: "ask" }>;
export type OutcomeStep = Extract<CheckStep, { kind: "outcome" }>;

function flagAt(flags: readonly RedFlag[], index: number): RedFlag {
  const flag = flags[index];
  if (flag === undefined) throw new RangeError(`No red-flag question at position ${index}`);
  return flag;
}

export function startCheck(flags: readonly RedFlag[]): AskStep {
  return { kind: "ask", index: 0, flag: flagAt(flags, 0), again: false };
}

/** The step after `answer` to the question at `index`. */
export function answerQuestion(flags: readonly RedFlag[], index: number, answer: Answer): CheckStep {
  const flag = flagAt(flags, index);
  switch (answer) {
    case "yes":
    case "unsure":
      return { kind: "outcome", tier: flag.tier, trigger: { index, flag, answer }, asked: index + 1 };
    case "no": {
      const next = index + 1;
      return next < flags.length
        ? { kind: "ask", index: next, flag: flagAt(flags, next), again: false }
        : { kind: "outcome", tier: "none", asked: flags.length };
    }
    default:
      // "unrecognised", and anything else that reaches here at run time: never an answer.
      return { kind: "ask", index, flag, again: true };
  }
}
