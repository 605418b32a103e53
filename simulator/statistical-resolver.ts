// An Alexa-like statistical resolver: a classifier trained at run time on the interaction model's own
// samples (each {slot} filled with the type's values and synonyms), with NLP.js. Where the literal
// resolver needs the exact words of a sample, this one finds the nearest intent, as Alexa's
// generalisation would. Development only: the Lambda never imports it (tests/dependencies.test.ts).
//
// Slots: a custom type's value or synonym found in the words (compared by stems, so "discs" is
// "disc") resolves to its id. Otherwise the slot holds what a sample's slot stands in (the words its
// carrier leaves, as Alexa fills a slot), and those words resolve to the nearest value by meaning
// when it is close enough (a generous reading of Alexa's entity resolution; `exactValues` turns it
// off), else pass on as heard (ER_SUCCESS_NO_MATCH). Built-in types are left empty.
import { containerBootstrap } from "@nlpjs/core";
import { LangEn } from "@nlpjs/lang-en";
import { LangEs } from "@nlpjs/lang-es";
import { NluManager, NluNeural } from "@nlpjs/nlu";
import { resolveLocale } from "../lambda/i18n/translator";
import type { SlotFill } from "./envelopes";
import {
  FALLBACK_INTENT,
  INVOKING,
  type InteractionModel,
  type ModelIntent,
  type ModelType,
  type Resolved,
  requestIn,
  sampleSlotFiller,
  spokenDigits,
  words,
} from "./resolver";

const LANGUAGES: Readonly<Record<string, unknown>> = { en: LangEn, es: LangEs };

/** Below this score the nearest intent is too far away: Alexa would send the fallback. */
export const MIN_SCORE = 0.5;

/** A few ways to fill a built-in slot in a training sample, so its carrier words still train. */
const BUILT_IN_FILLS: Readonly<Record<string, readonly string[]>> = {
  "AMAZON.DATE": ["tomorrow", "friday"],
  "AMAZON.TIME": ["nine am", "three thirty pm"],
};

export interface StatisticalResolver {
  /** What Alexa would most likely send for `text`: a launch, the nearest intent, or the fallback. */
  resolve(text: string): Promise<Resolved>;
}

interface Stemmer {
  tokenizeAndStem(text: string, keepStops?: boolean): string[];
}

function phrasesOf(type: ModelType): { phrase: string; id: string; name: string }[] {
  return type.values.flatMap(({ id, name }) =>
    [name.value, ...(name.synonyms ?? [])].map((phrase) => ({
      phrase,
      id: id ?? name.value,
      name: name.value,
    })),
  );
}

/**
 * The intent's samples said as people would, each slot's phrases shared out in turn across the samples
 * that carry that slot, so that every value and synonym is said once at least. Draw n turns each
 * share-out by n samples' worth, so that each draw pairs fills with samples another way (draw 0 is the
 * plain share-out); a slot with fewer fills than draws has fewer pairings.
 */
export function filledSamples(intent: ModelIntent, types: readonly ModelType[], draw = 0): string[] {
  const samples = intent.samples ?? [];
  const slotsOf = (sample: string) => [...sample.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? "");
  const fills = new Map(
    (intent.slots ?? []).map(({ name, type }) => {
      const custom = types.find((t) => t.name === type);
      return [
        name,
        custom ? phrasesOf(custom).map((p) => p.phrase) : (BUILT_IN_FILLS[type] ?? ["something"]),
      ];
    }),
  );
  const fillsFor = (slot: string): readonly string[] => fills.get(slot) ?? ["something"];
  // Per slot: the samples that carry it, and how many of its fills each is said with.
  const carriers = new Map<string, string[]>();
  for (const sample of samples)
    for (const slot of slotsOf(sample)) carriers.set(slot, [...(carriers.get(slot) ?? []), sample]);
  const share = (slot: string) => Math.ceil(fillsFor(slot).length / (carriers.get(slot)?.length ?? 1));
  return samples.flatMap((sample) => {
    const slots = slotsOf(sample);
    if (slots.length === 0) return [sample];
    return Array.from({ length: Math.max(...slots.map(share)) }, (_, k) =>
      sample.replace(/\{([^}]+)\}/g, (_match, slot: string) => {
        const slotFills = fillsFor(slot);
        const place = (carriers.get(slot) ?? []).indexOf(sample) + draw;
        return slotFills[(place * share(slot) + (k % share(slot))) % slotFills.length] ?? "";
      }),
    );
  });
}

/** Where `needle` occurs in `haystack` as consecutive items, or -1. */
function indexOfRun(haystack: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0) return -1;
  for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    if (needle.every((item, j) => haystack[i + j] === item)) return i;
  }
  return -1;
}

export interface StatisticalOptions {
  /**
   * Resolve a slot only by its type's phrases, never to the nearest value by meaning: the narrowest
   * reading of Alexa's entity resolution, so that a figure measured with it is a lower bound.
   */
  exactValues?: boolean;
  /**
   * Which pairing of fills with samples to train on (see filledSamples). Every pairing is as fair as
   * another; a figure measured over several tells the model's effect from the pairing's luck.
   */
  draw?: number;
}

export async function createStatisticalResolver(
  model: InteractionModel,
  locale = "en-US",
  { exactValues = false, draw = 0 }: StatisticalOptions = {},
): Promise<StatisticalResolver> {
  const language = model.interactionModel.languageModel;
  const types = language.types ?? [];
  const lang = locale.slice(0, 2);
  const { connectors } = INVOKING[resolveLocale(locale)];
  const container = await containerBootstrap();
  container.use(LANGUAGES[lang] ?? LangEn);
  container.use(NluNeural);
  const stemmer = container.get(`stemmer-${lang}`) as Stemmer;
  const stems = (text: string) =>
    stemmer.tokenizeAndStem(
      words(text)
        .map((w) => w.text)
        .join(" "),
      true,
    );

  const manager = new NluManager({ container, locales: [lang], trainByDomain: false, log: false });
  for (const intent of language.intents) {
    for (const said of filledSamples(intent, types, draw)) manager.add(lang, said, intent.name);
  }
  await manager.train();

  // Per custom type, a classifier of its values by their names and synonyms, for a slot value said in
  // other words ("my legs went numb"): the generous reading of entity resolution (see the top).
  const valueClassifiers = new Map<string, NluManager>();
  for (const type of exactValues ? [] : types) {
    const values = new NluManager({ container, locales: [lang], trainByDomain: false, log: false });
    for (const { phrase, id } of phrasesOf(type)) values.add(lang, phrase, id);
    await values.train();
    valueClassifiers.set(type.name, values);
  }

  // Per custom type, its phrases as stems, longest first so "herniated disc" beats "disc".
  const typePhrases = new Map(
    types.map((type) => [
      type.name,
      phrasesOf(type)
        .map((p) => ({ ...p, stems: stems(p.phrase) }))
        .sort((a, b) => b.stems.length - a.stems.length),
    ]),
  );
  // Per intent, the words its samples use around the slots (samples without a slot carry none).
  const carrierWords = new Map(
    language.intents.map((intent) => [
      intent.name,
      new Set(
        (intent.samples ?? [])
          .filter((s) => s.includes("{"))
          .flatMap((s) => words(s.replace(/\{[^}]+\}/g, " ")).map((w) => w.key)),
      ),
    ]),
  );

  // Per intent, its slots filled as Alexa fills them: the words its sample's slot stands in.
  const fillers = new Map(language.intents.map((intent) => [intent.name, sampleSlotFiller(intent)]));

  // Else what is left once the carrier words the intent's samples use are trimmed from both ends.
  function fillByTrimming(intent: ModelIntent, text: string): string | undefined {
    const carrier = carrierWords.get(intent.name) ?? new Set<string>();
    const all = words(text);
    const isCarrier = (w: { key: string }) => carrier.has(w.key) || connectors.has(w.key);
    const first = all.findIndex((w) => !isCarrier(w));
    if (first === -1) return undefined;
    let end = all.length;
    while (end > first && isCarrier(all[end - 1] ?? { key: "" })) end -= 1;
    return all
      .slice(first, end)
      .map((w) => w.text)
      .join(" ");
  }

  async function slotFill(
    intent: ModelIntent,
    slot: string,
    type: string,
    text: string,
  ): Promise<SlotFill | undefined> {
    const phrases = typePhrases.get(type);
    if (!phrases) return undefined;
    const heard = stems(text);
    const found = phrases.find((p) => indexOfRun(heard, p.stems) >= 0);
    if (found) return { value: found.phrase, type, id: found.id, name: found.name };
    const value = fillers.get(intent.name)?.(slot, text) ?? fillByTrimming(intent, text);
    if (value === undefined) return undefined;
    if (exactValues) return { value, type };
    const nearest = await valueClassifiers.get(type)?.process(lang, value);
    const match = phrases.find((p) => p.id === nearest?.intent);
    return match && (nearest?.score ?? 0) >= MIN_SCORE
      ? { value, type, id: match.id, name: match.name }
      : { value, type };
  }

  async function resolve(text: string): Promise<Resolved> {
    const said = requestIn(language, spokenDigits(text, resolveLocale(locale)), resolveLocale(locale));
    if (said.kind === "launch") return said;
    const { intent: name, score } = await manager.process(lang, said.text);
    const intent = language.intents.find((i) => i.name === name);
    const base = { kind: "intent" as const, near: false, oneShot: said.oneShot, nearest: { score } };
    if (!intent || score < MIN_SCORE) return { ...base, intent: FALLBACK_INTENT, slots: {} };
    const slots: Record<string, SlotFill | undefined> = {};
    for (const slot of intent.slots ?? [])
      slots[slot.name] = await slotFill(intent, slot.name, slot.type, said.text);
    return { ...base, intent: intent.name, slots };
  }

  return { resolve };
}
