// The evaluation set for understanding: what people in pain say to the speaker, each labelled with
// what the skill should do. It is written apart from the interaction model, so that its accuracy
// measures how the model generalises, not what it memorised.
import { CAUSE_IDS, TREATMENT_IDS } from "../../../lambda/content-lookup/lists";
import { RED_FLAGS } from "../../../lambda/content-lookup/red-flags";
import { readJson } from "../../support/model";

export interface EvalEntry {
  /** As Alexa transcribes it: lower case, no punctuation but apostrophes. */
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

export function readEvalSet(locale = "en-US"): EvalEntry[] {
  return readJson<EvalEntry[]>(`tests/nlu/eval/${locale}.json`);
}
