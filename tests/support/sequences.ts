// Sequences of yes / no / unsure answers to the check's questions: every one, or a seeded sample.
import fc from "fast-check";
import type { Answer } from "../../lambda/check/red-flag-check";

export type Given = Exclude<Answer, "unrecognised">;
export const GIVEN: readonly Given[] = ["yes", "no", "unsure"];

/** How many sequences of `length` answers there are. */
export function sequenceCount(length: number): number {
  return GIVEN.length ** length;
}

/** The `k`-th sequence of `length` answers: `k` written in base 3, one digit per answer. */
export function sequenceAt(k: number, length: number): Given[] {
  const sequence: Given[] = [];
  let rest = k;
  for (let i = 0; i < length; i++) {
    sequence.push(GIVEN[rest % GIVEN.length] as Given);
    rest = Math.floor(rest / GIVEN.length);
  }
  return sequence;
}

/** Every sequence of `length` answers, one at a time (3^n of them soon become too many to hold as arrays). */
export function* allSequences(length: number): Generator<Given[]> {
  const count = sequenceCount(length);
  for (let k = 0; k < count; k++) yield sequenceAt(k, length);
}

/** `size` sequences drawn uniformly at random from a fixed seed, so a run can be replayed. */
export function sampleSequences(length: number, size: number, seed: number): Given[][] {
  const index = fc.integer({ min: 0, max: sequenceCount(length) - 1 });
  return fc.sample(index, { seed, numRuns: size }).map((k) => sequenceAt(k, length));
}

/** Where the check must stop: the first yes or unsure, or undefined when all are no. */
export function firstPositive(sequence: readonly Given[]): number | undefined {
  const i = sequence.findIndex((a) => a !== "no");
  return i === -1 ? undefined : i;
}
