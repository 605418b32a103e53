// A fixed translator per request locale over the prepared content (content.ts), read one locale at a
// time. A text that takes no values was resolved when the content was prepared (by i18next, at build
// time for the Lambda) and is read as it is; a text that takes values is filled in by i18next, the one
// translator at run time, whose instance for a locale is made on that locale's first such text, so a
// request that needs none never pays for it (in the Lambda bundle, never even loads i18next).
// (The official samples re-initialise i18next on every request without awaiting it; this never does.)
import type { TFunction } from "i18next";
import { contentFor } from "./content";
import { createI18n } from "./i18next-setup";
import { type ContentTree, VALUE_MARK } from "./prepare-content";
import { DEFAULT_LOCALE, DEFAULT_NAMESPACE, type Locale, SUPPORTED_LOCALES } from "./resources";

/** A translator for one locale. Throws on a missing key rather than speaking the key aloud. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The locale the skill answers in: the request's if supported, else the default. */
export function resolveLocale(requested: unknown): Locale {
  return (SUPPORTED_LOCALES as readonly unknown[]).includes(requested)
    ? (requested as Locale)
    : DEFAULT_LOCALE;
}

interface Filler {
  exists: (key: string) => boolean;
  t: TFunction;
}

const fillers = new Map<Locale, Filler>();

/** i18next over the locale's content, and the default locale's to fall back on, as in content/. */
function fillerFor(lng: Locale): Filler {
  let filler = fillers.get(lng);
  if (!filler) {
    const locales = new Set<Locale>([DEFAULT_LOCALE, lng]);
    const i18n = createI18n(Object.fromEntries([...locales].map((l) => [l, contentFor(l)])));
    filler = { exists: (key) => i18n.exists(key, { lng }), t: i18n.getFixedT(lng) };
    fillers.set(lng, filler);
  }
  return filler;
}

/** The prepared text at `key` ("namespace:path.to.text", the namespace defaulting as i18next's does). */
function preparedText(lng: Locale, key: string): string | undefined {
  const colon = key.indexOf(":");
  const path = [colon === -1 ? DEFAULT_NAMESPACE : key.slice(0, colon), ...key.slice(colon + 1).split(".")];
  let node: unknown = contentFor(lng);
  for (const part of path)
    node = typeof node === "object" && node !== null ? (node as ContentTree)[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

function translate(lng: Locale, key: string, values: Record<string, string | number> | undefined): string {
  const prepared = values === undefined ? preparedText(lng, key) : undefined;
  if (prepared !== undefined && !prepared.includes(VALUE_MARK)) return prepared;
  const { exists, t } = fillerFor(lng);
  if (!exists(key)) throw new Error(`Missing content key "${key}" for ${lng}`);
  return t(key, values);
}

// Content does not change while the process lives, so a key with the same values always gives the
// same text: keep each, per locale. Values come from content (a count, a red flag's name), never
// from what a person said, so the texts are few; the cap only guards against a future caller that
// breaks that rule.
export const MAX_KEPT_TEXTS = 5_000;
const keptTexts = new Map<Locale, Map<string, string>>();

function textKey(key: string, values: Record<string, string | number> | undefined): string {
  return values === undefined ? key : `${key}\u0000${JSON.stringify(values)}`;
}

export function translatorFor(requested: unknown): Translate {
  const lng = resolveLocale(requested);
  const kept = keptTexts.get(lng) ?? new Map<string, string>();
  keptTexts.set(lng, kept);
  return (key, values) => {
    const id = textKey(key, values);
    const known = kept.get(id);
    if (known !== undefined) return known;
    const text = translate(lng, key, values);
    if (kept.size < MAX_KEPT_TEXTS) kept.set(id, text);
    return text;
  };
}
