// A sign said out loud is a known yes at its position (the pure state machine, exhaustively): for every
// sign, said before the check or at any question of it, and every sequence of answers after it, the
// outcome is never lower than the sign's tier nor than the first yes, and only questions of a more
// urgent tier are asked. Hundreds of thousands of runs, so each collects its problems as text and the
// test asserts once that there are none.
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { answerQuestion, type CheckStep, mentionSign, startCheck } from "../lambda/check/red-flag-check";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { moreUrgentThan, rank, tierAt } from "./support/check-turns";
import { allSequences, type Given, sequenceCount } from "./support/sequences";

const positions = [...RED_FLAGS.keys()];

/** Gives `answers` in turn while the check asks; `exhausted` when it asked for more than there were. */
function answerAll(first: CheckStep, answers: readonly Given[], known: number | undefined) {
  let step = first;
  const asked: number[] = [];
  while (step.kind === "ask") {
    const answer = answers[asked.length];
    if (answer === undefined) return { step, asked, exhausted: true };
    asked.push(step.index);
    step = answerQuestion(RED_FLAGS, step.index, answer, known);
  }
  return { step, asked, exhausted: false };
}

/**
 * What is wrong with a run that started at question `from` with the sign at `k` known and was given
 * `answers`: the questions asked must be exactly the more urgent ones still ahead, up to the first yes,
 * and the outcome never lower than the sign nor the first yes.
 */
function problems(first: CheckStep, k: number, from: number, answers: readonly Given[]): string[] {
  const { step, asked, exhausted } = answerAll(first, answers, k);
  const ahead = moreUrgentThan(k).filter((i) => i >= from);
  const stop = answers.findIndex((a) => a !== "no");
  const expected = ahead.slice(0, stop === -1 ? ahead.length : stop + 1);
  const found: string[] = [];
  if (exhausted || !isDeepStrictEqual(asked, expected)) found.push(`asked ${asked}, expected ${expected}`);
  if (step.kind !== "outcome") return [...found, "no outcome"];
  const firstYes = stop === -1 ? undefined : expected[stop];
  if (rank(step.tier) > rank(tierAt(k))) found.push(`${step.tier} is lower than the sign's ${tierAt(k)}`);
  if (firstYes !== undefined && rank(step.tier) > rank(tierAt(firstYes)))
    found.push(`${step.tier} is lower than the first yes's ${tierAt(firstYes)}`);
  const trigger =
    firstYes === undefined
      ? { index: k, flag: RED_FLAGS[k], answer: "mentioned" }
      : { index: firstYes, flag: RED_FLAGS[firstYes], answer: answers[stop] };
  if (!isDeepStrictEqual(step.trigger, trigger)) found.push(`trigger ${JSON.stringify(step.trigger)}`);
  if (step.tier !== trigger.flag?.tier) found.push(`tier ${step.tier}, not the trigger's`);
  if (step.asked !== from + asked.length) found.push(`counted ${step.asked} answered`);
  return found;
}

/** The step while the check asks question `at`, every earlier one answered no. */
function atQuestion(at: number): CheckStep {
  let step: CheckStep = startCheck(RED_FLAGS);
  while (step.kind === "ask" && step.index < at) step = answerQuestion(RED_FLAGS, step.index, "no");
  return step;
}

describe("a sign said before the check", () => {
  it.each(positions)(
    "at position %i: every answer sequence, never lower, only more urgent questions",
    (k) => {
      const found: string[] = [];
      let runs = 0;
      for (const answers of allSequences(moreUrgentThan(k).length)) {
        runs += 1;
        for (const problem of problems(startCheck(RED_FLAGS, k), k, 0, answers))
          found.push(`${answers.join(",")}: ${problem}`);
      }
      expect(found).toEqual([]);
      expect(runs).toBe(sequenceCount(moreUrgentThan(k).length));
    },
  );

  it("an emergency sign gives the emergency outcome at once, with no question first", () => {
    const emergency = positions.filter((i) => tierAt(i) === "emergency");
    expect(emergency.length).toBeGreaterThan(0);
    for (const k of emergency) {
      expect(startCheck(RED_FLAGS, k)).toEqual({
        kind: "outcome",
        tier: "emergency",
        trigger: { index: k, flag: RED_FLAGS[k], answer: "mentioned" },
        asked: 0,
      });
    }
  });

  it("an urgent or routine sign is followed by question 1, the most urgent", () => {
    const lower = positions.filter((i) => tierAt(i) !== "emergency");
    expect(lower.length).toBeGreaterThan(0);
    for (const k of lower) expect(startCheck(RED_FLAGS, k)).toMatchObject({ kind: "ask", index: 0 });
  });
});

describe("a sign said in the middle of the check", () => {
  it.each(positions)("at question %i: every sign, every answer sequence after it, never lower", (at) => {
    expect(atQuestion(at)).toMatchObject({ kind: "ask", index: at });
    const found: string[] = [];
    for (const k of positions) {
      const mentioned = mentionSign(RED_FLAGS, k, at);
      const ahead = moreUrgentThan(k).filter((i) => i >= at);
      for (const answers of allSequences(ahead.length)) {
        for (const problem of problems(mentioned, k, at, answers))
          found.push(`sign ${RED_FLAGS[k]?.id}, ${answers.join(",")}: ${problem}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("a sign whose question was already passed cannot lower anything: its tier is the outcome at once", () => {
    for (const at of positions) {
      for (const k of positions.filter((i) => i <= at)) {
        expect(mentionSign(RED_FLAGS, k, at), `sign ${k} at question ${at}`).toEqual({
          kind: "outcome",
          tier: tierAt(k),
          trigger: { index: k, flag: RED_FLAGS[k], answer: "mentioned" },
          asked: at,
        });
      }
    }
  });

  it("anything unrecognised after a sign still never counts as an answer", () => {
    for (const k of positions) {
      const step = startCheck(RED_FLAGS, k);
      if (step.kind !== "ask") continue;
      expect(answerQuestion(RED_FLAGS, step.index, "unrecognised", k)).toEqual({ ...step, again: true });
    }
  });
});

describe("two signs said out loud", () => {
  it("the more urgent one counts, whichever was said first, at every place in the check", () => {
    const found: string[] = [];
    for (const first of positions) {
      for (const second of positions) {
        for (const at of positions) {
          const known = Math.min(first, second);
          const step = mentionSign(RED_FLAGS, second, at, first);
          const allNo = Array<Given>(RED_FLAGS.length).fill("no");
          for (const problem of problems(step, known, at, allNo))
            found.push(`${first} then ${second} at ${at}: ${problem}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});

describe("a yes while a sign is known", () => {
  it("gives the more urgent of the two tiers, and keeps the yes, for every question and every sign", () => {
    const found: string[] = [];
    for (const at of positions) {
      for (const k of positions) {
        for (const answer of ["yes", "unsure"] as const) {
          const step = answerQuestion(RED_FLAGS, at, answer, k);
          const expected = rank(tierAt(k)) < rank(tierAt(at)) ? tierAt(k) : tierAt(at);
          if (step.kind !== "outcome") {
            found.push(`${answer} at ${at} with ${k}: no outcome`);
            continue;
          }
          if (step.tier !== expected)
            found.push(`${answer} at ${at} with ${k}: ${step.tier}, not ${expected}`);
          const yes = step.trigger?.answer === "mentioned" ? step.alsoYes : step.trigger;
          if (!isDeepStrictEqual(yes, { index: at, flag: RED_FLAGS[at], answer }))
            found.push(`${answer} at ${at} with ${k}: the yes was lost`);
          if (step.asked !== at + 1) found.push(`${answer} at ${at} with ${k}: counted ${step.asked}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});

describe("positions that do not exist", () => {
  const bad = [-1, RED_FLAGS.length, 1.5, Number.NaN];

  it.each(bad)("a sign at %s is refused, never skipped past", (index) => {
    expect(() => mentionSign(RED_FLAGS, index, 0)).toThrow(RangeError);
    expect(() => mentionSign(RED_FLAGS, 0, 0, index)).toThrow(RangeError);
    expect(() => startCheck(RED_FLAGS, index)).toThrow(RangeError);
  });

  it.each(bad)("a place in the check at %s is refused", (at) => {
    expect(() => mentionSign(RED_FLAGS, RED_FLAGS.length - 1, at)).toThrow(RangeError);
  });
});
