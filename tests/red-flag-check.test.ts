// The pure red-flag state machine, exhaustively: every sequence of answers over the questions of
// content/red-flags.json (their number, order and tiers come from there, never from this file).
import { describe, expect, it } from "vitest";
import {
  type Answer,
  answerQuestion,
  type CheckStep,
  notAnAnswerAt,
  startCheck,
  TIERS,
} from "../lambda/check/red-flag-check";
import { parseRedFlags, RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { readJson } from "./support/model";
import { allSequences, firstPositive, type Given, sequenceCount } from "./support/sequences";

type Machine = typeof answerQuestion;

function run(sequence: readonly Answer[], machine: Machine): { step: CheckStep; asked: number[] } {
  let step: CheckStep = startCheck(RED_FLAGS);
  const asked: number[] = [];
  for (const answer of sequence) {
    if (step.kind !== "ask") break;
    asked.push(step.index);
    step = machine(RED_FLAGS, step.index, answer);
  }
  return { step, asked };
}

/** What is wrong with `machine`'s answer to `sequence`; empty when it is right. */
function problems(sequence: readonly Given[], machine: Machine = answerQuestion): string[] {
  const { step, asked } = run(sequence, machine);
  if (step.kind !== "outcome") return ["no outcome after every question was answered"];
  const stop = firstPositive(sequence);
  const found: string[] = [];
  const expectedAsked = stop === undefined ? RED_FLAGS.length : stop + 1;
  const tier = stop === undefined ? "none" : RED_FLAGS[stop]?.tier;
  if (step.tier !== tier) found.push(`tier ${step.tier}, expected ${tier}`);
  if (step.asked !== expectedAsked) found.push(`asked ${step.asked}, expected ${expectedAsked}`);
  if (asked.join() !== [...Array(expectedAsked).keys()].join()) found.push(`asked questions ${asked}`);
  if (stop === undefined ? step.trigger !== undefined : step.trigger?.index !== stop)
    found.push(`stopped by ${JSON.stringify(step.trigger)}`);
  if (stop !== undefined && step.trigger?.answer !== sequence[stop])
    found.push(`the trigger answer is ${step.trigger?.answer}, expected ${sequence[stop]}`);
  return found;
}

describe("the questions", () => {
  it("are content/red-flags.json's, in its order, each once, most urgent first", () => {
    expect(RED_FLAGS).toEqual(readJson("content/red-flags.json"));
    const ids = RED_FLAGS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const rank = RED_FLAGS.map((f) => TIERS.indexOf(f.tier));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
  });

  it.each([
    ["an empty list", [], /non-empty/],
    ["a question without a tier", [{ id: "a" }], /needs an id and a tier/],
    ["an unknown tier", [{ id: "a", tier: "soon" }], /needs an id and a tier/],
    [
      "a question listed twice",
      [
        { id: "a", tier: "urgent" },
        { id: "a", tier: "urgent" },
      ],
      /twice/,
    ],
    [
      "a more urgent question after a less urgent one",
      [
        { id: "a", tier: "urgent" },
        { id: "b", tier: "emergency" },
      ],
      /after a less urgent question/,
    ],
  ])("refuses %s, so an unsafe list never loads", (_, raw, message) => {
    expect(() => parseRedFlags(raw)).toThrow(message);
  });
});

describe("every sequence of yes / no / unsure", () => {
  it(`stops at the first yes or unsure with that question's tier, having asked exactly up to it (all 3^${RED_FLAGS.length})`, () => {
    let count = 0;
    const failures: string[] = [];
    for (const sequence of allSequences(RED_FLAGS.length)) {
      count += 1;
      const found = problems(sequence);
      // Collected rather than asserted one by one: hundreds of thousands of expects would be slow.
      if (found.length > 0 && failures.length < 10)
        failures.push(`${sequence.join(",")}: ${found.join("; ")}`);
    }
    expect(count).toBe(sequenceCount(RED_FLAGS.length));
    expect(failures).toEqual([]);
  });

  it("the judge above catches a machine that takes unsure as no", () => {
    const unsureAsNo: Machine = (flags, index, answer) =>
      answerQuestion(flags, index, answer === "unsure" ? "no" : answer);
    expect(problems(["unsure", ...RED_FLAGS.slice(1).map((): Given => "no")], unsureAsNo)).not.toEqual([]);
  });
});

describe("unrecognised input", () => {
  it.each([...RED_FLAGS.keys()])("at question %i leaves the position unchanged and asks again", (index) => {
    const step = answerQuestion(RED_FLAGS, index, "unrecognised");
    expect(step).toEqual({ kind: "ask", index, flag: RED_FLAGS[index], again: true });
  });

  it.each([...RED_FLAGS.keys()])(
    "at question %i, something said that is no answer at all asks the same question again",
    (index) => {
      expect(notAnAnswerAt(RED_FLAGS, index)).toEqual({
        kind: "ask",
        index,
        flag: RED_FLAGS[index],
        again: true,
      });
    },
  );

  it("anything that is not yes, no or unsure (whatever reaches the machine at run time) is not an answer", () => {
    const index = RED_FLAGS.length - 1;
    expect(answerQuestion(RED_FLAGS, index, "toString" as Answer)).toEqual({
      kind: "ask",
      index,
      flag: RED_FLAGS[index],
      again: true,
    });
  });

  it("never counts as an answer, however often it comes", () => {
    let step: CheckStep = startCheck(RED_FLAGS);
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
