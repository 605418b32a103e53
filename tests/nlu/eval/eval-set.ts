// The evaluation set for understanding: what people in pain say to the speaker, each labelled with
// what the skill should do. It is written apart from the interaction model, so that its accuracy
// measures how the model generalises, not what it memorised.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { CAUSE_IDS, TREATMENT_IDS } from "../../../lambda/content-lookup/lists";
import { RED_FLAGS } from "../../../lambda/content-lookup/red-flags";
import { ROOT, readJson } from "../../support/model";

const EVAL_DIR = "tests/nlu/eval";

export interface EvalEntry {
  /** As Alexa transcribes it: lower case, the language's accented letters, no punctuation but apostrophes. */
  say: string;
  expect: string;
  /** Said while the red-flag check waits for an answer; otherwise said right after launch. */
  context?: "check";
}

/** Labels that name no content item. */
const FIXED_LABELS = [
  "topic:overview",
  "topic:causes",
  "topic:whenToSee",
  "check",
  "topic:specialistCare",
  "topic:selfCare",
  "clinic:number",
  "clinic:location",
  "notCovered",
  "emergency",
  "answer:yes",
  "answer:no",
  "answer:unsure",
  "help",
  "repeat",
  "stop",
  "startOver",
  "more",
  "home",
  "fallback",
];

/** Every label an entry may carry: one cause, treatment or red flag each, as content lists them. */
export const EVAL_LABELS: readonly string[] = [
  ...FIXED_LABELS,
  ...CAUSE_IDS.map((id) => `cause:${id}`),
  ...TREATMENT_IDS.map((id) => `treatment:${id}`),
  ...RED_FLAGS.map((flag) => `symptom:${flag.id}`),
];

/**
 * The two parts of a locale's set. "main" was written apart from the samples, but its misses have
 * been read to brief passes over the model, so its figures are optimistic. "heldOut" was written
 * blind, by someone who had seen neither the model nor the main part, and its misses are never
 * printed or read to change the model: it is the honest measure of how the model generalises.
 */
export const EVAL_PARTS = ["main", "heldOut"] as const;
export type EvalPart = (typeof EVAL_PARTS)[number];

const PART_DIRS: Record<EvalPart, string> = { main: EVAL_DIR, heldOut: `${EVAL_DIR}/held-out` };

/** Every locale with an evaluation set: the `<locale>.json` files beside this module. */
export const EVAL_LOCALES: readonly string[] = readdirSync(join(ROOT, EVAL_DIR))
  .filter((file) => /^[a-z]{2}-[A-Z]{2}\.json$/.test(file))
  .map((file) => file.slice(0, -".json".length));

export function readEvalSet(locale = "en-US", part: EvalPart = "main"): EvalEntry[] {
  return readJson<EvalEntry[]>(`${PART_DIRS[part]}/${locale}.json`);
}
