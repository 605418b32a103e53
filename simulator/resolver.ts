// Typed text → the intent and slots Alexa would send, over the real interaction model. Pure: no I/O.
//
// Rules, in order:
// - Case, punctuation and accents never matter; apostrophes are ignored ("what's" = "whats"); typed
//   Spanish without its accents is heard as with them ("que es" = "qué es"), as speech-to-text does.
// - Empty text, "open back spasm guide", "ask back spasm guide" → a LaunchRequest.
//   "ask / tell / open ... back spasm guide (to|for|about|...)? X" → a one-shot with X.
//   In Spanish: "abre / pídele a / pregúntale a ... guía de espasmos de espalda (que|sobre|...)? X".
//   Only a launch word followed by the invocation name counts: "tell me about ..." is an utterance.
// - A sample matches when its words match exactly and each `{slot}` covers one or more words.
//   A sample whose custom slots all resolve beats one that leaves one unresolved (as Alexa prefers a
//   whole value it knows: "i've fallen and i can't get up" is the sign, not "{answer} and {symptom}").
//   Then the sample with the most literal words wins; then the one with fewer unresolved slots; then
//   model order. A sample that is only slots must resolve them all, or everything would match it;
//   and a sample may leave at most one custom slot unresolved, so "{answer} and {symptom}" does not
//   split "pins and needles in my groin" into two words nobody said as an answer or a sign.
// - Slot text equal to a value or synonym of a custom type → ER_SUCCESS_MATCH with its id;
//   anything else → ER_SUCCESS_NO_MATCH.
// - Alexa generalises past its samples; a small stand-in: if nothing matches, a sample of at least
//   NEAR_MIN_WORDS words with no slots matches text that has one extra word. Short samples (yes, no)
//   never match this way, so nothing loosely heard becomes an answer in the red-flag check.
// - Anything else → AMAZON.FallbackIntent.
import { DEFAULT_LOCALE, type Locale } from "../lambda/i18n/resources";
import type { SlotFill } from "./envelopes";

export interface ModelIntent {
  name: string;
  samples?: readonly string[];
  slots?: readonly { name: string; type: string }[];
}
export interface ModelType {
  name: string;
  values: readonly { id?: string; name: { value: string; synonyms?: readonly string[] } }[];
}
export interface LanguageModel {
  invocationName: string;
  intents: readonly ModelIntent[];
  types?: readonly ModelType[];
}
export interface InteractionModel {
  interactionModel: { languageModel: LanguageModel };
}

export const FALLBACK_INTENT = "AMAZON.FallbackIntent";
export const NEAR_MIN_WORDS = 4;

export type Resolved = { kind: "launch" } | ResolvedIntent;

export interface ResolvedIntent {
  kind: "intent";
  intent: string;
  /** Every slot the intent defines; unfilled ones are undefined. */
  slots: Record<string, SlotFill | undefined>;
  /** The sample that matched, as written in the model; absent for the fallback. */
  sample?: string;
  /** Matched a sample with one extra word, not exactly. */
  near: boolean;
  /** Said with the invocation name ("ask back spasm guide ..."): a new session. */
  oneShot: boolean;
  /** Found by the statistical resolver, nearest to the samples, with its score (0 to 1). */
  nearest?: { score: number };
}

interface Word {
  /** As heard, lower case, for slot values. */
  text: string;
  /** For comparison: apostrophes removed. */
  key: string;
}

type Part = { literal: string } | { slot: string; type: string };

interface Sample {
  intent: ModelIntent;
  text: string;
  parts: Part[];
  literals: number;
  order: number;
}

interface Candidate {
  sample: Sample;
  slots: Record<string, SlotFill>;
  unresolved: number;
  /** Custom-type slots heard but not resolved (built-in types never carry an id here). */
  unresolvedCustom: number;
}

/** How each language opens a skill ("Alexa, ask ...", "Alexa, pídele a ..."), and the words that join a request to it. */
export const INVOKING: Readonly<
  Record<Locale, { verbs: readonly string[]; connectors: ReadonlySet<string> }>
> = {
  "en-US": {
    verbs: ["open", "launch", "start", "begin", "load", "run", "use", "talk to", "ask", "tell"],
    connectors: new Set(["to", "for", "about", "if", "whether", "and", "that"]),
  },
  "es-US": {
    verbs: [
      ...[
        "abre",
        "inicia",
        "empieza",
        "usa",
        "habla con",
        "pregúntale a",
        "pregunta a",
        "pídele a",
        "pide a",
      ],
      ...[
        "dile a",
        "abre la",
        "inicia la",
        "usa la",
        "habla con la",
        "pregúntale a la",
        "pídele a la",
        "dile a la",
      ],
    ],
    connectors: new Set(["que", "sobre", "por", "si", "para", "y", "de"]),
  },
};

/** Digits as they are said, one by one, in each language: samples spell numbers out ("call nine one one"). */
const DIGIT_WORDS: Readonly<Record<Locale, readonly string[]>> = {
  "en-US": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
  "es-US": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
};

/** Digits said one by one in `locale`: "call 911" is "call nine one one" ("llame al nueve uno uno"). */
export function spokenDigits(text: string, locale: Locale, which = /\d+/g): string {
  const names = DIGIT_WORDS[locale];
  return text.replace(which, (digits) => ` ${[...digits].map((d) => names[Number(d)]).join(" ")} `);
}

/**
 * The emergency number typed as digits is the number said aloud, as the samples write it; other
 * digits stay digits, as Alexa sends a time or a count ("remind me at 3 pm").
 */
const EMERGENCY_NUMBER = /(?<!\d)911(?!\d)/g;

/**
 * Lower-case words without punctuation; "p. t." → ["p", "t"], "age-related" → ["age", "related"].
 */
export function words(text: string): Word[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter((w) => w !== "")
    .map((w) => ({ text: w, key: w.replace(/'/g, "").normalize("NFD").replace(/\p{M}/gu, "") }));
}

function keyOf(text: string): string {
  return words(text)
    .map((w) => w.key)
    .join(" ");
}

function parseSample(intent: ModelIntent, text: string, order: number): Sample {
  const parts: Part[] = [];
  for (const piece of text.split(/(\{[^{}]+\})/)) {
    const slot = /^\{([^{}]+)\}$/.exec(piece)?.[1];
    if (slot === undefined) {
      for (const w of words(piece)) parts.push({ literal: w.key });
      continue;
    }
    const type = intent.slots?.find((s) => s.name === slot)?.type;
    if (type === undefined) throw new Error(`${intent.name}: sample "${text}" uses undefined slot {${slot}}`);
    parts.push({ slot, type });
  }
  const literals = parts.filter((p) => "literal" in p).length;
  return { intent, text, parts, literals, order };
}

/** Every way `parts` covers all of `input`, as slot name → the words it covers. */
function spans(parts: readonly Part[], input: readonly Word[]): Record<string, Word[]>[] {
  const found: Record<string, Word[]>[] = [];
  const walk = (p: number, w: number, covered: Record<string, Word[]>): void => {
    const part = parts[p];
    if (part === undefined) {
      if (w === input.length) found.push(covered);
      return;
    }
    if ("literal" in part) {
      if (input[w]?.key === part.literal) walk(p + 1, w + 1, covered);
      return;
    }
    for (let end = w + 1; end <= input.length; end += 1) {
      walk(p + 1, end, { ...covered, [part.slot]: input.slice(w, end) });
    }
  };
  walk(0, 0, {});
  return found;
}

/**
 * How Alexa fills `intent`'s slots from words it heard: a slot holds the words its sample's slot
 * stands in, in the sample with the most carrier words that covers all of them (the first on a tie).
 * Only samples with that slot alone: another slot beside it could take any words at all.
 */
export function sampleSlotFiller(intent: ModelIntent): (slot: string, text: string) => string | undefined {
  const samples = (intent.samples ?? []).map((text, order) => parseSample(intent, text, order));
  const alone = (sample: Sample, slot: string) => {
    const slots = sample.parts.flatMap((part) => ("slot" in part ? [part.slot] : []));
    return slots.length === 1 && slots[0] === slot;
  };
  return (slot, text) => {
    const input = words(text);
    let best: { covered: Word[]; literals: number } | undefined;
    for (const sample of samples) {
      if ((best && best.literals >= sample.literals) || !alone(sample, slot)) continue;
      const covered = spans(sample.parts, input)[0]?.[slot];
      if (covered) best = { covered, literals: sample.literals };
    }
    return best?.covered.map((w) => w.text).join(" ");
  };
}

function better(a: Candidate, b: Candidate): boolean {
  const aWhole = a.unresolvedCustom === 0;
  if (aWhole !== (b.unresolvedCustom === 0)) return aWhole;
  if (a.sample.literals !== b.sample.literals) return a.sample.literals > b.sample.literals;
  if (a.unresolved !== b.unresolved) return a.unresolved < b.unresolved;
  return a.sample.order < b.sample.order;
}

/** True when `input` is `sample` with exactly one extra word somewhere. */
function oneWordMore(sample: readonly string[], input: readonly Word[]): boolean {
  if (input.length !== sample.length + 1) return false;
  return input.some((_, skip) => sample.every((key, i) => key === input[i < skip ? i : i + 1]?.key));
}

/** What was said: a launch, or a request, with whether it came with the invocation name (one-shot). */
export type Said = { kind: "launch" } | { kind: "request"; text: string; oneShot: boolean };

/** The words after "<launch verb> <invocation name>", or undefined if `input` does not invoke. */
function afterInvocation(
  input: readonly Word[],
  invocation: readonly string[],
  verbs: readonly string[],
): Word[] | undefined {
  for (const verb of verbs) {
    const lead = [...words(verb).map((w) => w.key), ...invocation];
    if (lead.every((key, i) => input[i]?.key === key)) return input.slice(lead.length);
  }
  return undefined;
}

/** Splits off "Alexa" and "ask back spasm guide": a launch, or the request Alexa passes on. */
export function requestIn(language: LanguageModel, text: string, locale: Locale = DEFAULT_LOCALE): Said {
  let input = words(text);
  if (input[0]?.key === "alexa") input = input.slice(1);
  if (input.length === 0) return { kind: "launch" };
  const invocation = words(language.invocationName).map((w) => w.key);
  const rest = afterInvocation(input, invocation, INVOKING[locale].verbs);
  if (rest === undefined)
    return { kind: "request", text: input.map((w) => w.text).join(" "), oneShot: false };
  if (rest.length === 0) return { kind: "launch" };
  return { kind: "request", text: rest.map((w) => w.text).join(" "), oneShot: true };
}

/**
 * A one-shot's words without the word joining them to the skill's name ("ask back spasm guide *for*
 * the number"), when more words follow it; else undefined.
 */
export function withoutJoiningWord(input: readonly Word[], locale: Locale): Word[] | undefined {
  const first = input[0];
  return first && INVOKING[locale].connectors.has(first.key) && input.length > 1 ? input.slice(1) : undefined;
}

export interface Resolver {
  resolve(text: string): Resolved;
  /** The slot fill Alexa would send for `text` heard in a slot of custom type `type`. */
  slotFill(type: string, text: string): SlotFill;
}

export function createResolver(model: InteractionModel, locale: Locale = DEFAULT_LOCALE): Resolver {
  const language = model.interactionModel.languageModel;
  const parsed = language.intents
    .flatMap((intent) => (intent.samples ?? []).map((text) => ({ intent, text })))
    .map(({ intent, text }, order) => parseSample(intent, text, order));

  // Slot type → normalised value or synonym → the value's id and canonical name.
  const values = new Map<string, Map<string, { id: string; name: string }>>();
  for (const type of language.types ?? []) {
    const byKey = new Map<string, { id: string; name: string }>();
    for (const { id, name } of type.values) {
      for (const text of [name.value, ...(name.synonyms ?? [])]) {
        byKey.set(keyOf(text), { id: id ?? name.value, name: name.value });
      }
    }
    values.set(type.name, byKey);
  }

  function slotFill(type: string, text: string): SlotFill {
    const match = values.get(type)?.get(keyOf(text));
    return match ? { value: text, type, id: match.id, name: match.name } : { value: text, type };
  }

  function intentResult(
    intent: string,
    filled: Record<string, SlotFill>,
    how: Pick<ResolvedIntent, "oneShot"> & Partial<Pick<ResolvedIntent, "sample" | "near">>,
  ): ResolvedIntent {
    const defined = language.intents.find((i) => i.name === intent)?.slots ?? [];
    const slots: Record<string, SlotFill | undefined> = {};
    for (const { name } of defined) slots[name] = filled[name];
    return { kind: "intent", intent, slots, near: false, ...how };
  }

  function exact(input: readonly Word[]): Candidate | undefined {
    let best: Candidate | undefined;
    for (const sample of parsed) {
      for (const covered of spans(sample.parts, input)) {
        const slots: Record<string, SlotFill> = {};
        let unresolved = 0;
        let unresolvedCustom = 0;
        for (const part of sample.parts) {
          if ("literal" in part) continue;
          const text = (covered[part.slot] ?? []).map((w) => w.text).join(" ");
          const fill = slotFill(part.type, text);
          if (fill.id === undefined) unresolved += 1;
          if (fill.id === undefined && !part.type.startsWith("AMAZON.")) unresolvedCustom += 1;
          slots[part.slot] = fill;
        }
        if (sample.literals === 0 && unresolved > 0) continue;
        if (unresolvedCustom > 1) continue;
        const candidate = { sample, slots, unresolved, unresolvedCustom };
        if (!best || better(candidate, best)) best = candidate;
      }
    }
    return best;
  }

  function near(input: readonly Word[]): Sample | undefined {
    return parsed
      .filter((s) => s.literals === s.parts.length && s.literals >= NEAR_MIN_WORDS)
      .filter((s) =>
        oneWordMore(
          s.parts.map((p) => ("literal" in p ? p.literal : "")),
          input,
        ),
      )
      .sort((a, b) => b.literals - a.literals || a.order - b.order)[0];
  }

  function utterance(input: readonly Word[], oneShot: boolean): ResolvedIntent {
    const found = exact(input);
    if (found)
      return intentResult(found.sample.intent.name, found.slots, { sample: found.sample.text, oneShot });
    const close = near(input);
    if (close) return intentResult(close.intent.name, {}, { sample: close.text, near: true, oneShot });
    return intentResult(FALLBACK_INTENT, {}, { oneShot });
  }

  function resolve(text: string): Resolved {
    const said = requestIn(language, spokenDigits(text, locale, EMERGENCY_NUMBER), locale);
    if (said.kind === "launch") return { kind: "launch" };
    const input = words(said.text);
    if (!said.oneShot) return utterance(input, false);
    // "ask back spasm guide for the number": try without the connecting word, then with it.
    const joined = withoutJoiningWord(input, locale);
    if (joined) {
      const without = utterance(joined, true);
      if (without.intent !== FALLBACK_INTENT) return without;
    }
    return utterance(input, true);
  }

  return { resolve, slotFill };
}
