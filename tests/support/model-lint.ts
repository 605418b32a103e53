// The interaction-model lint: each rule a function from a model to readable problems (none when sound),
// so the tests can hold the real model to it and prove each rule catches a broken one.
import type { Locale } from "../../lambda/i18n/resources";
import { type LanguageModel, normalise } from "./model";

// Words that start an invocation ("Alexa, ask ...", "Alexa, abre ..."), so they cannot start the name.
const LAUNCH_WORDS: Readonly<Record<Locale, readonly string[]>> = {
  "en-US": [
    "ask",
    "open",
    "launch",
    "start",
    "begin",
    "tell",
    "load",
    "run",
    "resume",
    "use",
    "play",
    "talk",
  ],
  "es-US": [
    "abre",
    "abrir",
    "inicia",
    "iniciar",
    "empieza",
    "comienza",
    "pregunta",
    "pregúntale",
    "pide",
    "pídele",
    "dile",
    "habla",
    "usa",
    "juega",
    "carga",
    "activa",
    "habilita",
  ],
};
// Alexa's invocation-name requirements: no wake word ("alexa", "amazon", "echo", "computer"), nor
// "skill" or "app", in any language.
const FORBIDDEN_IN_NAME = ["alexa", "amazon", "echo", "computer", "skill", "app"];
// A two-word name may not have an article or a preposition as one of its words ("a bicycle", "for fun");
// Alexa's examples are English, the same words of the other languages are held to the same rule.
const ARTICLES_AND_PREPOSITIONS: Readonly<Record<Locale, readonly string[]>> = {
  "en-US": [
    "the",
    "a",
    "an",
    "for",
    "to",
    "of",
    "about",
    "up",
    "by",
    "at",
    "off",
    "with",
    "in",
    "on",
    "from",
  ],
  "es-US": [
    "el",
    "la",
    "los",
    "las",
    "lo",
    "un",
    "una",
    "unos",
    "unas",
    "a",
    "al",
    "de",
    "del",
    "para",
    "por",
    "con",
    "en",
    "sin",
    "sobre",
  ],
};
/** The lower-case letters of each language that samples and the invocation name may use. */
const LETTERS: Readonly<Record<Locale, string>> = { "en-US": "a-z", "es-US": "a-záéíóúüñ" };
const SLOT_REF = /\{([^{}]*)\}/g;

function samples(model: LanguageModel) {
  return model.intents.flatMap((intent) => (intent.samples ?? []).map((sample) => ({ intent, sample })));
}

/** The language's lower-case letters, apostrophes, spoken-form periods, single spaces and {slots} only. */
export function sampleCharacterProblems(model: LanguageModel, locale: Locale = "en-US"): string[] {
  const allowed = new RegExp(`^[${LETTERS[locale]}' .]*$`, "u");
  return samples(model)
    .filter(
      ({ sample }) =>
        !allowed.test(sample.replace(SLOT_REF, "")) || sample !== sample.trim().replace(/\s+/g, " "),
    )
    .map(
      ({ intent, sample }) => `${intent.name}: "${sample}" has characters or spacing Alexa does not accept`,
    );
}

/** Each sample once, within and across intents. */
export function duplicateSamples(model: LanguageModel): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const { intent, sample } of samples(model)) {
    const key = normalise(sample);
    const first = seen.get(key);
    if (first) problems.push(`duplicate sample "${sample}" in ${first} and ${intent.name}`);
    else seen.set(key, intent.name);
  }
  return problems;
}

/** Every {slot} declared by its intent, every declared slot used, every slot type defined. */
export function slotProblems(model: LanguageModel): string[] {
  const types = new Set((model.types ?? []).map((t) => t.name));
  const problems: string[] = [];
  for (const intent of model.intents) {
    const declared = new Set((intent.slots ?? []).map((s) => s.name));
    const used = new Set<string>();
    for (const sample of intent.samples ?? []) {
      for (const [, name = ""] of sample.matchAll(SLOT_REF)) {
        used.add(name);
        if (!declared.has(name))
          problems.push(`${intent.name}: "${sample}" uses {${name}}, which it does not declare`);
      }
    }
    for (const slot of intent.slots ?? []) {
      if (!used.has(slot.name)) problems.push(`${intent.name} declares {${slot.name}} but no sample uses it`);
      if (!slot.type.startsWith("AMAZON.") && !types.has(slot.type))
        problems.push(`${intent.name}: slot type ${slot.type} is not defined`);
    }
  }
  return problems;
}

/** Every slot value with an id, and no value or synonym belonging to two values of one type. */
export function synonymProblems(model: LanguageModel): string[] {
  const problems: string[] = [];
  for (const type of model.types ?? []) {
    const owner = new Map<string, string>();
    for (const value of type.values) {
      if (!value.id) problems.push(`${type.name}: "${value.name.value}" has no id`);
      for (const word of [value.name.value, ...(value.name.synonyms ?? [])]) {
        const key = normalise(word);
        const first = owner.get(key);
        if (first !== undefined && first !== value.id)
          problems.push(`${type.name}: "${word}" belongs to both ${first} and ${value.id}`);
        owner.set(key, value.id ?? "");
      }
    }
  }
  return problems;
}

/**
 * Alexa's rules for the invocation name: two or more lower-case words of the language's letters; a
 * two-word name without an article or preposition; no launch word anywhere (Alexa's rule is "must not
 * contain", so "back spasm open" fails as "open back spasm" does); no wake word, "skill" or "app".
 */
export function invocationNameProblems(model: LanguageModel, locale: Locale = "en-US"): string[] {
  const name = model.invocationName;
  const words = name.split(" ");
  const problems: string[] = [];
  const letters = LETTERS[locale];
  if (!new RegExp(`^[${letters}]+( [${letters}]+)+$`, "u").test(name))
    problems.push(`"${name}" must be two or more lower-case words`);
  if (LAUNCH_WORDS[locale].includes(words[0] ?? "")) problems.push(`"${name}" starts with a launch word`);
  for (const word of words.slice(1))
    if (LAUNCH_WORDS[locale].includes(word)) problems.push(`"${name}" contains the launch word "${word}"`);
  if (words.length === 2)
    for (const word of words.filter((w) => ARTICLES_AND_PREPOSITIONS[locale].includes(w)))
      problems.push(`"${name}" is two words, one of them the article or preposition "${word}"`);
  for (const word of FORBIDDEN_IN_NAME)
    if (words.includes(word)) problems.push(`"${name}" contains "${word}"`);
  return problems;
}
