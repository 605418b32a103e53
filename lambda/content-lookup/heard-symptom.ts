// A symptom statement the model heard but could not resolve ("i'm having a heart attack now", "i got
// hit by a car") is looked up before anything else: a call for help or a sign's name inside it counts.
// Words are compared as spoken-words.ts reads them. A name's words count in their order with a few
// words between them, as people say them ("my legs are going numb" names "legs numb"). A name right
// after "not" or "don't", or with a denial inside it, is not counted ("i don't have a fever", "my legs
// aren't numb", "no tengo fiebre"); a name that starts with its own denial is the sign ("no siento las
// piernas", "no puedo orinar"), even after another "no" ("no, no puedo orinar"). Nothing here ever
// makes anything a no.
import type { Locale } from "../i18n/resources";
import { LASTED_SIGN, saysLastedAWeek } from "./heard-duration";
import { mostUrgent } from "./red-flags";
import { keyWords } from "./spoken-words";
import { SYMPTOM_NAMES } from "./symptom-names";

export type HeardSymptom = { kind: "help" } | { kind: "sign"; id: string };

/**
 * Calls for help inside a statement, within DESIGN's emergency list ("call nine one one", "call an ambulance",
 * "this is an emergency", "I think I'm having a stroke") and the heart attack; in each language
 * (keyWords reads digits as English words, so the number typed as digits is "nine one one" in both).
 */
const HELP_WORDS: Readonly<Record<Locale, readonly string[]>> = {
  "en-US": [
    ...["nine one one", "ambulance", "paramedics", "emergency", "stroke", "heart attack"],
    ...["cant breathe", "cannot breathe", "trouble breathing", "struggling breathe", "hard breathe"],
    ...["somebody help", "someone help", "go to hospital", "take to hospital", "get to hospital"],
    ...["go to er", "take to er", "get to er"],
  ],
  "es-US": [
    ...["nine one one", "nueve uno uno", "nueve once", "ambulancia", "paramédicos", "emergencia"],
    ...["derrame", "ataque cerebral", "embolia", "infarto", "ataque al corazón"],
    ...["no puedo respirar", "falta aire", "cuesta respirar", "me ahogo", "no respiro"],
    // Cries for help and "take me to the hospital", in their tú, usted and ustedes forms.
    ...["auxilio", "socorro", "ayúdenme"],
    ...["llévame al hospital", "lléveme al hospital", "llévenme al hospital"],
  ],
};

/**
 * Languages whose two-word names count in either order: in Spanish a word that describes may come
 * before its noun or after it ("tengo dormida la pierna", "tengo la pierna dormida").
 */
const EITHER_ORDER: Readonly<Record<Locale, boolean>> = { "en-US": false, "es-US": true };

/**
 * Calls for help that are one only when they are all that was heard in the slot ("somebody help me
 * please", "i need help now", "get me to the hospital"): "help" inside a longer statement ("i need help
 * finding the number") is not one. Plain "help" is AMAZON.HelpIntent, never this slot.
 */
const HELP_ALONE: Readonly<Record<Locale, readonly string[]>> = {
  "en-US": [
    ...["help", "for help", "need help", "help quick"],
    ...["hospital", "to hospital", "er", "to er"],
  ],
  "es-US": [],
};

/** The most words that may come between two words of a name. */
const MAX_GAP = 2;

/** Words that deny what follows them, in each language. */
const DENIALS: Readonly<Record<Locale, ReadonlySet<string>>> = {
  "en-US": new Set("not dont doesnt didnt never without havent hasnt isnt arent wasnt werent".split(" ")),
  "es-US": new Set("no nunca sin tampoco ni".split(" ")),
};

/**
 * Denials that, between a name's words, say "not even" instead: "no siento ni las piernas" (I can't
 * even feel my legs) names the sign. Right before a name they still deny it ("ni fiebre").
 */
const EMPHASIS: Readonly<Record<Locale, ReadonlySet<string>>> = {
  "en-US": new Set(),
  "es-US": new Set(["ni"]),
};

/**
 * Whether `key`'s words follow on in `said` from `at` (its first word), each within MAX_GAP words
 * none of which is a denial (`emphasis` aside).
 */
function followsOn(
  said: readonly string[],
  key: readonly string[],
  at: number,
  denials: ReadonlySet<string>,
  emphasis: ReadonlySet<string>,
): boolean {
  let next = at + 1;
  const denies = (between: string) => denials.has(between) && !emphasis.has(between);
  for (const word of key.slice(1)) {
    const gap = said.slice(next, next + MAX_GAP + 1);
    const found = gap.indexOf(word);
    if (found === -1 || gap.slice(0, found).some(denies)) return false;
    next += found + 1;
  }
  return true;
}

/** True when `key` occurs in `said` as whole words in order, not after or with a denial. */
function saidIn(
  said: readonly string[],
  key: readonly string[],
  denials: ReadonlySet<string>,
  emphasis: ReadonlySet<string>,
): boolean {
  if (key.length === 0) return false;
  for (let at = 0; at < said.length; at++) {
    // A denial right before a name denies it, unless the name starts with its own ("no, no puedo orinar").
    const deniedBefore = denials.has(said[at - 1] ?? "") && !denials.has(key[0] ?? "");
    if (said[at] === key[0] && !deniedBefore && followsOn(said, key, at, denials, emphasis)) return true;
  }
  return false;
}

const HELP_KEYS = (locale: Locale) => HELP_WORDS[locale].map(keyWords);
/** A name's words, and in EITHER_ORDER languages a two-word name without a denial turned round too. */
function orders(name: string, locale: Locale): string[][] {
  const key = name.split(" ");
  const [first, second] = key;
  const turns = EITHER_ORDER[locale] && key.length === 2 && !key.some((word) => DENIALS[locale].has(word));
  return turns && first !== undefined && second !== undefined ? [key, [second, first]] : [key];
}
const NAME_KEYS = (locale: Locale) =>
  Object.entries(SYMPTOM_NAMES[locale]).flatMap(([id, names]) =>
    names.flatMap((name) => orders(name, locale).map((key) => ({ key, id }))),
  );
const KEYS_BY_LOCALE = new Map<Locale, { help: string[][]; names: { key: string[]; id: string }[] }>();

function keysFor(locale: Locale) {
  let keys = KEYS_BY_LOCALE.get(locale);
  if (!keys) {
    keys = { help: HELP_KEYS(locale), names: NAME_KEYS(locale) };
    KEYS_BY_LOCALE.set(locale, keys);
  }
  return keys;
}

/** A call for help in `text` (said in `locale`), else the most urgent sign named in it, else undefined. */
export function lookUpSymptom(text: string, locale: Locale = "en-US"): HeardSymptom | undefined {
  const said = keyWords(text);
  const denials = DENIALS[locale];
  const emphasis = EMPHASIS[locale];
  const { help, names } = keysFor(locale);
  if (HELP_ALONE[locale].includes(said.join(" ")) || help.some((key) => saidIn(said, key, denials, emphasis)))
    return { kind: "help" };
  const id = mostUrgent(names.filter(({ key }) => saidIn(said, key, denials, emphasis)).map(({ id }) => id));
  return id === undefined ? undefined : { kind: "sign", id };
}

/**
 * A statement heard in the symptom slot: what lookUpSymptom finds, and a length of a week or more said
 * anywhere in it ("i've had it for ten days"), the sign of the last question. Only here: in a topic's
 * slot a length may be another thing's ("i've been stressed for weeks, could that be it").
 */
export function lookUpStatement(text: string, locale: Locale = "en-US"): HeardSymptom | undefined {
  const heard = lookUpSymptom(text, locale);
  if (heard?.kind === "help" || !saysLastedAWeek(text, locale, DENIALS[locale])) return heard;
  return { kind: "sign", id: mostUrgent([...(heard ? [heard.id] : []), LASTED_SIGN]) ?? LASTED_SIGN };
}
