// The interaction model and content files, typed just enough for the tests that read them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_LOCALE, type Locale } from "../../lambda/i18n/resources";

export const ROOT = join(import.meta.dirname, "../..");

export interface ModelIntent {
  name: string;
  samples?: string[];
  slots?: { name: string; type: string }[];
}
export interface ModelType {
  name: string;
  values: { id?: string; name: { value: string; synonyms?: string[] } }[];
}
export interface LanguageModel {
  invocationName: string;
  intents: ModelIntent[];
  types?: ModelType[];
}

export function readJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(join(ROOT, relativePath), "utf8")) as T;
}

/** `locale`'s interaction model, interaction-model/<locale>.json. */
export function modelFor(locale: Locale): LanguageModel {
  return readJson<{ interactionModel: { languageModel: LanguageModel } }>(`interaction-model/${locale}.json`)
    .interactionModel.languageModel;
}

/** The English model, which the tests that are not yet run per locale read. */
export const model = modelFor(DEFAULT_LOCALE);

export function slotType(name: string, from: LanguageModel = model): ModelType {
  const type = from.types?.find((t) => t.name === name);
  if (!type) throw new Error(`No slot type ${name} in the model`);
  return type;
}

/**
 * Lower case, punctuation other than apostrophes removed (Spanish "¿ ¡" too), single spaces. Letters
 * are composed first, so an accent typed as a separate mark ("e" + "´") stays on its letter as "é".
 */
export function normalise(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'{} ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The clinic's article, kept with the content it backs: the only source of medical facts. */
export const ARTICLE_FILE = "content/source/en-US/back-spasms-article.txt";

/** The clinic's article, read when a test needs it. */
export function readArticle(): string {
  return readFileSync(join(ROOT, ARTICLE_FILE), "utf8");
}
