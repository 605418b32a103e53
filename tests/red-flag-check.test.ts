// The pure red-flag state machine, exhaustively: every sequence of answers over the eight questions.
import { describe, expect, it } from "vitest";
import {
  type Answer,
  answerQuestion,
  type CheckStep,
  startCheck,
  TIERS,
} from "../lambda/check/red-flag-check";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { allSequences, firstPositive } from "./support/sequences";

function run(sequence: readonly Answer[]): { step: CheckStep; asked: number[] } {
  let step = startCheck(RED_FLAGS);
  const asked: number[] = [];
  for (const answer of sequence) {
    if (step.kind !== "ask") break;
    asked.push(step.index);
    step = answerQuestion(RED_FLAGS, step.index, answer);
  }
  return { step, asked };
}

describe("the questions", () => {
  it("are the eight of docs/design.md, most urgent first", () => {
    expect(RED_FLAGS.map((f) => `${f.id}:${f.tier}`)).toEqual([
      "bladderBowel:emergency",
      "urination:emergency",
      "numbnessWeakness:emergency",
      "walking:emergency",
      "injury:emergency",
      "standOrSit:urgent",
      "feverWeightLoss:urgent",
      "noRelief:routine",
    ]);
    const rank = RED_FLAGS.map((f) => TIERS.indexOf(f.tier));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
  });
});

describe("every sequence of yes / no / unsure", () => {
  const sequences = allSequences(RED_FLAGS.length);

  it("covers all 3^8 sequences", () => {
    expect(sequences.length).toBe(3 ** 8);
  });

  it("stops at the first yes or unsure with that question's tier, having asked exactly up to it", () => {
    for (const sequence of sequences) {
      const { step, asked } = run(sequence);
      const stop = firstPositive(sequence);
      expect(step.kind).toBe("outcome");
      if (step.kind !== "outcome") continue;
      if (stop === undefined) {
        expect(step.tier).toBe("none");
        expect(step.trigger).toBeUndefined();
        expect(step.asked).toBe(RED_FLAGS.length);
      } else {
        expect(step.tier).toBe(RED_FLAGS[stop]?.tier);
        expect(step.trigger).toEqual({ index: stop, flag: RED_FLAGS[stop], answer: sequence[stop] });
        expect(step.asked).toBe(stop + 1);
      }
      expect(asked).toEqual([...Array(step.asked).keys()]);
    }
  });
});

describe("unrecognised input", () => {
  it.each([...RED_FLAGS.keys()])("at question %i leaves the position unchanged and asks again", (index) => {
    const step = answerQuestion(RED_FLAGS, index, "unrecognised");
    expect(step).toEqual({ kind: "ask", index, flag: RED_FLAGS[index], again: true });
  });

  it("anything that is not yes, no or unsure (whatever reaches the machine at run time) is not an answer", () => {
    expect(answerQuestion(RED_FLAGS, 4, "toString" as Answer)).toEqual({
      kind: "ask",
      index: 4,
      flag: RED_FLAGS[4],
      again: true,
    });
  });

  it("never counts as an answer, however often it comes", () => {
    let step = startCheck(RED_FLAGS);
    for (let i = 0; i < 20 && step.kind === "ask"; i++)
      step = answerQuestion(RED_FLAGS, step.index, "unrecognised");
    expect(step).toMatchObject({ kind: "ask", index: 0 });
  });
});

describe("a position that does not exist", () => {
  it.each([-1, RED_FLAGS.length, 1.5, Number.NaN])("%s is refused, never skipped past", (index) => {
    expect(() => answerQuestion(RED_FLAGS, index, "no")).toThrow(RangeError);
  });

  it("an empty question list cannot start", () => {
    expect(() => startCheck([])).toThrow(RangeError);
  });
});
