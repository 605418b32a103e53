// A symptom statement the model heard but could not resolve ("i'm having a heart attack now", "i got
// hit by a car") is looked up before anything else: a call for help or a sign's name inside it counts.
// Words are compared as spoken-words.ts reads them. A name right after "not" or "don't" is not counted
// ("i don't have a fever"); nothing here ever makes anything a no.
import { mostUrgent } from "./red-flags";
import { keyWords } from "./spoken-words";
import { SYMPTOM_NAMES } from "./symptom-names";

export type HeardSymptom = { kind: "help" } | { kind: "sign"; id: string };

/**
 * Calls for help inside a statement, within DESIGN's emergency list ("call nine one one", "call an ambulance",
 * "this is an emergency", "I think I'm having a stroke") and the heart attack.
 */
const HELP_WORDS = ["nine one one", "ambulance", "paramedics", "emergency", "stroke", "heart attack"];

/** Words that deny what follows them. */
const DENIALS = new Set(
  "not dont doesnt didnt never without havent hasnt isnt arent wasnt werent".split(" "),
);

/** True when `key` occurs in `said` as whole words, not right after a denial. */
function saidIn(said: readonly string[], key: readonly string[]): boolean {
  if (key.length === 0) return false;
  for (let at = 0; at + key.length <= said.length; at++) {
    if (key.every((word, i) => said[at + i] === word) && !DENIALS.has(said[at - 1] ?? "")) return true;
  }
  return false;
}

const HELP_KEYS = HELP_WORDS.map(keyWords);
const NAME_KEYS = Object.entries(SYMPTOM_NAMES).flatMap(([id, names]) =>
  names.map((name) => ({ key: name.split(" "), id })),
);

/** A call for help in `text`, else the most urgent sign named in it, else undefined. */
export function lookUpSymptom(text: string): HeardSymptom | undefined {
  const said = keyWords(text);
  if (HELP_KEYS.some((key) => saidIn(said, key))) return { kind: "help" };
  const id = mostUrgent(NAME_KEYS.filter(({ key }) => saidIn(said, key)).map(({ id }) => id));
  return id === undefined ? undefined : { kind: "sign", id };
}
