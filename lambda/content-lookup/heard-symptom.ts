// A symptom statement the model heard but could not resolve ("i'm having a heart attack now", "i got
// hit by a car") is looked up before anything else: a call for help or a sign's name inside it counts.
// Words are compared as spoken-words.ts reads them. A name's words count in their order with a few
// words between them, as people say them ("my legs are going numb" names "legs numb"). A name right
// after "not" or "don't", or with a denial inside it, is not counted ("i don't have a fever", "my legs
// aren't numb"); nothing here ever makes anything a no.
import { mostUrgent } from "./red-flags";
import { keyWords } from "./spoken-words";
import { SYMPTOM_NAMES } from "./symptom-names";

export type HeardSymptom = { kind: "help" } | { kind: "sign"; id: string };

/**
 * Calls for help inside a statement, within DESIGN's emergency list ("call nine one one", "call an ambulance",
 * "this is an emergency", "I think I'm having a stroke") and the heart attack.
 */
const HELP_WORDS = [
  "nine one one",
  "ambulance",
  "paramedics",
  "emergency",
  "stroke",
  "heart attack",
  "cant breathe",
  "cannot breathe",
  "trouble breathing",
  "struggling breathe",
  "hard breathe",
];

/** The most words that may come between two words of a name. */
const MAX_GAP = 2;

/** Words that deny what follows them. */
const DENIALS = new Set(
  "not dont doesnt didnt never without havent hasnt isnt arent wasnt werent".split(" "),
);

/** Whether `key`'s words follow on in `said` from `at` (its first word), each within MAX_GAP undenied words. */
function followsOn(said: readonly string[], key: readonly string[], at: number): boolean {
  let next = at + 1;
  for (const word of key.slice(1)) {
    const gap = said.slice(next, next + MAX_GAP + 1);
    const found = gap.indexOf(word);
    if (found === -1 || gap.slice(0, found).some((between) => DENIALS.has(between))) return false;
    next += found + 1;
  }
  return true;
}

/** True when `key` occurs in `said` as whole words in order, not after or with a denial. */
function saidIn(said: readonly string[], key: readonly string[]): boolean {
  if (key.length === 0) return false;
  for (let at = 0; at < said.length; at++) {
    if (said[at] === key[0] && !DENIALS.has(said[at - 1] ?? "") && followsOn(said, key, at)) return true;
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
