// Every sequence of yes / no / unsure answers to the check's questions.
import type { Answer } from "../../lambda/check/red-flag-check";

export type Given = Exclude<Answer, "unrecognised">;
export const GIVEN: readonly Given[] = ["yes", "no", "unsure"];

export function allSequences(length: number): Given[][] {
  if (length === 0) return [[]];
  return allSequences(length - 1).flatMap((rest) => GIVEN.map((a) => [a, ...rest]));
}

/** Where the check must stop: the first yes or unsure, or undefined when all are no. */
export function firstPositive(sequence: readonly Given[]): number | undefined {
  const i = sequence.findIndex((a) => a !== "no");
  return i === -1 ? undefined : i;
}
