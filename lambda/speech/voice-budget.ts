// The one-breath budget (docs/design.md "Voice rules"), written once: the skill pages its lists by it,
// and the tests hold every response to it (tests/support/voice-budget-exceptions.ts).
import type { Locale } from "../i18n/locales.mts";

/** Words a turn says before its question, in English. */
export const WORDS_BEFORE_QUESTION = 30;

/**
 * Spanish says the same thing in more words than English (about a fifth more): a locale's word
 * budgets are the English ones times its allowance.
 */
export const WORD_ALLOWANCE: Readonly<Record<Locale, number>> = { "en-US": 1, "es-US": 1.2 };

/** A budget of English words, counted in `locale`'s words. */
export function inWords(budget: number, locale: Locale): number {
  return Math.round(budget * WORD_ALLOWANCE[locale]);
}

/** Spoken words: tokens with a letter or digit ("&" and "—" are not words). */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

export function wordCount(text: string): number {
  return words(text).length;
}
