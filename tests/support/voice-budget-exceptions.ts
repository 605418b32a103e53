// The one place where a response may go over the voice budget (docs/design.md "Voice rules": about
// 30 words before its question; lists at most 3 items a turn). Each exception says why, has its
// own budget, and recognises its responses by a phrase of content rendered from content/, so a
// change of wording moves the exception with it and nothing else can slip through it.
import check from "../../content/en-US/check.json";
import { TIERS } from "../../lambda/check/red-flag-check";
import { LISTS } from "../../lambda/content-lookup/lists";
import { RED_FLAGS } from "../../lambda/content-lookup/red-flags";
import { DEFAULT_LOCALE, type Locale } from "../../lambda/i18n/resources";
import { translatorFor } from "../../lambda/i18n/translator";
import { sentences } from "../../lambda/speech/reply";
import {
  inWords as inLocaleWords,
  WORDS_BEFORE_QUESTION as WORDS_BEFORE_QUESTION_EN,
} from "../../lambda/speech/voice-budget";
import { TEST_LOCALE } from "./locale";
import { wordCount } from "./words";

/** The budgets, in English words. */
export const BUDGETS = {
  /** docs/design.md "One breath": words a turn says before its question (the skill pages lists by it). */
  wordsBeforeQuestion: WORDS_BEFORE_QUESTION_EN,
  /** Issue 2: the launch turn, with its disclaimer, says at most about 40 words. */
  launchWords: 40,
  /** Issue 3: each red-flag question is at most about 20 words. */
  checkQuestionWords: 20,
  /** Issue 3: a check outcome says at most about 45 words before the clinic's number. */
  outcomeWordsBeforeNumber: 45,
} as const;

/** docs/design.md: items of one list a turn may read, in every language. */
export const LIST_ITEMS_PER_TURN = 3;

/**
 * Spanish says the same thing in more words than English (about a fifth more): a locale's word
 * budgets are the English ones times its allowance (lambda/speech/voice-budget.ts, where the skill
 * reads it too). The one place a language gets more words, never a text on its own.
 */
export { WORD_ALLOWANCE } from "../../lambda/speech/voice-budget";

/** A budget of English words, counted in `locale`'s words. */
export function inWords(budget: number, locale: Locale = DEFAULT_LOCALE): number {
  return inLocaleWords(budget, locale);
}

// The budgets in the words of the test run's language (support/locale.ts), for tests that count them.
export const WORDS_BEFORE_QUESTION = inWords(BUDGETS.wordsBeforeQuestion, TEST_LOCALE);
export const LAUNCH_WORDS = inWords(BUDGETS.launchWords, TEST_LOCALE);
export const CHECK_QUESTION_WORDS = inWords(BUDGETS.checkQuestionWords, TEST_LOCALE);
export const OUTCOME_WORDS_BEFORE_NUMBER = inWords(BUDGETS.outcomeWordsBeforeNumber, TEST_LOCALE);

export interface VoiceBudgetException {
  name: string;
  /** Why this response may say more. */
  reason: string;
  /** Rendered content phrases; the exception applies to a spoken text that contains any of them. */
  phrases: readonly string[];
  /** Its own word budget, in place of WORDS_BEFORE_QUESTION. */
  maxWords?: number;
  /** Count the words before this phrase's first occurrence instead of before the final question. */
  countUntil?: string;
  /** Its own list budget, in place of LIST_ITEMS_PER_TURN. */
  maxListItems?: number;
}

const OUTCOMES = Object.keys(check.outcomes);

/**
 * The emergency outcome says its 911 sentence first; what follows it keeps the outcome budget before
 * the clinic's number.
 */
export function emergencyWordsBeforeNumber(locale: Locale = DEFAULT_LOCALE): number {
  return (
    inWords(BUDGETS.outcomeWordsBeforeNumber, locale) +
    wordCount(translatorFor(locale)("check:outcomes.emergency.first"))
  );
}
export const EMERGENCY_WORDS_BEFORE_NUMBER = emergencyWordsBeforeNumber(TEST_LOCALE);

const exceptionsByLocale = new Map<Locale, readonly VoiceBudgetException[]>();

/** The exceptions, rendered from `locale`'s content, with its word budgets. */
export function voiceBudgetExceptions(locale: Locale = DEFAULT_LOCALE): readonly VoiceBudgetException[] {
  const known = exceptionsByLocale.get(locale);
  if (known) return known;
  const exceptions = renderExceptions(locale);
  exceptionsByLocale.set(locale, exceptions);
  return exceptions;
}

function renderExceptions(locale: Locale): readonly VoiceBudgetException[] {
  const t = translatorFor(locale);
  const words = (budget: number) => inWords(budget, locale);
  return [
    {
      name: "red-flag check outcome",
      reason:
        "Safety over brevity: an outcome restates what the person said, then gives the tier's advice. " +
        "The check's spec allows about 45 words before the clinic's number.",
      phrases: OUTCOMES.map((tier) => t(`check:outcomes.${tier}.advice`)),
      maxWords: words(BUDGETS.outcomeWordsBeforeNumber),
      countUntil: t("clinic:phone"),
    },
    {
      name: "emergency outcome",
      reason:
        "911 comes first, in the outcome's first sentence, before anything else. What follows it is the " +
        "restatement, kept whole so the person and anyone nearby know why (a long question's 'not sure' " +
        "runs to about 30 words), then the clinic for follow-up; that part keeps the outcome budget.",
      phrases: [t("check:outcomes.emergency.first")],
      maxWords: emergencyWordsBeforeNumber(locale),
      countUntil: t("clinic:phone"),
    },
    {
      name: "reprompt of a check question",
      reason:
        "docs/design.md safety rules: every question's reprompt is the question again (at most about 20 words), " +
        'then "Please say yes, no, or not sure. If this is an emergency, call 911." Nothing of it can go.',
      phrases: [t("check:ifEmergency")],
      maxWords:
        words(BUDGETS.checkQuestionWords) +
        wordCount(t("check:pleaseAnswer")) +
        wordCount(t("check:ifEmergency")),
    },
    {
      name: "one-shot check",
      reason:
        "docs/design.md safety rules: a check started in one breath with the skill's name (\"ask back spasm " +
        'guide, is this serious") begins with the one-sentence disclaimer the welcome would have given; ' +
        "the rest of the turn keeps the usual budget.",
      phrases: [sentences(t("conversation:disclaimer"), t("check:intro", { count: RED_FLAGS.length }))],
      maxWords: words(BUDGETS.wordsBeforeQuestion) + wordCount(t("conversation:disclaimer")),
    },
    {
      name: "one-shot sign said out loud",
      reason:
        'A sign said with the skill\'s name ("ask back spasm guide, I have a fever") starts the check, so ' +
        "like a one-shot check it begins with the one-sentence disclaimer; the restatement and the rest " +
        "keep the usual budget.",
      phrases: [
        ...RED_FLAGS.map((flag) =>
          sentences(
            t("conversation:disclaimer"),
            t("check:mention.said", { mentioned: t(`check:questions.${flag.id}.mentioned`) }),
            t("check:mention.start"),
          ),
        ),
        sentences(t("conversation:disclaimer"), t("check:mention.unclear")),
      ],
      maxWords: words(BUDGETS.wordsBeforeQuestion) + wordCount(t("conversation:disclaimer")),
    },
    {
      name: "the warning signs, first page",
      reason:
        "Issue 11's safety wording: \"when should I see a specialist\" first says don't delay, then, as the " +
        "check's emergency outcome does, to call 911 or go to the emergency room for the emergency signs, " +
        "then the first three of them; the rest follow three a turn, each tier with what to do.",
      phrases: [t("topics:whenToSee.intro", { count: LISTS.warningSigns.flatMap((g) => g.items).length })],
      maxWords:
        words(BUDGETS.wordsBeforeQuestion) +
        wordCount(t("topics:whenToSee.intro", { count: 0 })) +
        wordCount(t("topics:whenToSee.groups.emergency")),
    },
    {
      name: "the warning signs, a later page of a tier",
      reason:
        "A sign must never be heard without what to do about it: a tier whose signs run over two or more " +
        'pages says its action again on each ("call 911 now or go to the nearest emergency room for any ' +
        "of these\"), then up to three signs, so the page may run to the action's words over the budget.",
      phrases: TIERS.map((tier) => t(`topics:whenToSee.groups.${tier}`)),
      maxWords: words(BUDGETS.wordsBeforeQuestion) + wordCount(t("topics:whenToSee.groups.emergency")),
    },
    {
      name: "reminder after an urgent outcome",
      reason:
        "Safety over brevity: a reminder set (or refused) for tomorrow after an urgent outcome must not " +
        'soften it, so the urgent tier\'s own two sentences follow ("contact ... or a doctor today", ' +
        '"if it gets worse, call 911"); the reminder line itself keeps the usual budget.',
      phrases: [sentences(t("check:outcomes.urgent.today"), t("check:outcomes.urgent.worse"))],
      maxWords:
        words(BUDGETS.wordsBeforeQuestion) +
        wordCount(t("check:outcomes.urgent.today")) +
        wordCount(t("check:outcomes.urgent.worse")),
    },
    {
      name: "brief answer inside the check",
      reason:
        "A topic asked during the red-flag check gets one brief answer (itself within the budget), then " +
        '"back to your symptom check", then the same question again, so the check is never lost.',
      phrases: [t("check:backToCheck")],
      maxWords: words(BUDGETS.wordsBeforeQuestion) + wordCount(t("check:backToCheck")),
    },
    {
      name: "choices of treatment",
      reason:
        "There are exactly four treatments: naming all four " +
        "as a brief answer inside the check is a short menu, not a list read out a page at a time.",
      phrases: [t("topics:specialistCare.briefInCheck")],
      maxListItems: 4,
    },
  ];
}

export const VOICE_BUDGET_EXCEPTIONS = voiceBudgetExceptions(TEST_LOCALE);
