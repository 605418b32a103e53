// A symptom statement the model heard but could not resolve ("i'm having a heart attack now", "i got
// hit by a car") is looked up before anything else: a call for help or a sign's name inside it counts.
// Words are compared without case, punctuation, apostrophes or filler words ("a", "my", "i was"),
// and digits are read out one by one ("nine one one"). A name right after "not" or "don't" is not
// counted ("i don't have a fever"); nothing here ever makes anything a no.
import { mostUrgent } from "./red-flags";
import { SYMPTOM_NAMES } from "./symptom-names";

export type HeardSymptom = { kind: "help" } | { kind: "sign"; id: string };

/**
 * Calls for help inside a statement, within DESIGN's emergency list ("call nine one one", "call an ambulance",
 * "this is an emergency", "I think I'm having a stroke") and the heart attack.
 */
const HELP_WORDS = ["nine one one", "ambulance", "paramedics", "emergency", "stroke", "heart attack"];

/** Words that change nothing about which sign is meant. */
const FILLERS = new Set(
  (
    "a an the my i im ive id me was got get went gone have had has been am is are just also too now right " +
    "please really so um uh oh well actually and then"
  ).split(" "),
);

/** Words that deny what follows them. */
const DENIALS = new Set(
  "not dont doesnt didnt never without havent hasnt isnt arent wasnt werent".split(" "),
);

const DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** The words that matter in `text`, compared as described above. */
export function keyWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, "")
    .replace(/\d/g, (digit) => ` ${DIGITS[Number(digit)]} `)
    .split(/[^\p{L}]+/u)
    .filter((word) => word !== "" && !FILLERS.has(word));
}

/** True when `key` occurs in `said` as whole words, not right after a denial. */
function saidIn(said: readonly string[], key: readonly string[]): boolean {
  if (key.length === 0) return false;
  for (let at = 0; at + key.length <= said.length; at++) {
    if (key.every((word, i) => said[at + i] === word) && !DENIALS.has(said[at - 1] ?? "")) return true;
  }
  return false;
}

const HELP_KEYS = HELP_WORDS.map(keyWords);
const NAME_KEYS = SYMPTOM_NAMES.map(([name, id]) => ({ key: keyWords(name), id }));

/** A call for help in `text`, else the most urgent sign named in it, else undefined. */
export function lookUpSymptom(text: string): HeardSymptom | undefined {
  const said = keyWords(text);
  if (HELP_KEYS.some((key) => saidIn(said, key))) return { kind: "help" };
  const id = mostUrgent(NAME_KEYS.filter(({ key }) => saidIn(said, key)).map(({ id }) => id));
  return id === undefined ? undefined : { kind: "sign", id };
}
