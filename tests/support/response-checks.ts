// Checks every response any test produces must pass (docs/design.md voice rules and Alexa's limits).
import type { ResponseEnvelope } from "ask-sdk-model";
import { check as checkSsml } from "ssml-check-core";
import { LIST_IDS, LISTS, type ListId } from "../../lambda/content-lookup/lists";
import { labelKey } from "../../lambda/dialog/lists";
import type { Locale } from "../../lambda/i18n/resources";
import { resolveLocale, translatorFor } from "../../lambda/i18n/translator";
import { outputText } from "../../simulator/readable";
import {
  BUDGETS,
  inWords,
  LIST_ITEMS_PER_TURN,
  type VoiceBudgetException,
  voiceBudgetExceptions,
} from "./voice-budget-exceptions";
import { words } from "./words";

/**
 * Whether Alexa lets the skill speak in answer to `envelope`: only to the person talking to it (a
 * launch, an intent, a touch on its screen in an open session) and to Alexa's answer to the skill's
 * own permission prompt. Every other request (session end, events, a touch after the session ended,
 * types the skill does not know) is answered with silence.
 */
export function isSilentRequest(envelope: unknown): boolean {
  const { session, request } = (typeof envelope === "object" && envelope !== null ? envelope : {}) as {
    session?: unknown;
    request?: { type?: unknown; name?: unknown } | null;
  };
  const type = request?.type;
  if (type === "LaunchRequest" || type === "IntentRequest") return false;
  if (type === "Alexa.Presentation.APL.UserEvent") return typeof session !== "object" || session === null;
  return !(type === "Connections.Response" && request?.name === "AskFor");
}

export const MAX_SPEECH_CHARS = 8000;
export const MAX_RESPONSE_BYTES = 24 * 1024;

export interface CheckOptions {
  /**
   * Hold the speech to the voice budget (default true). Only a test that feeds the skill text it
   * did not write (tampered session attributes, which "repeat" reads back) turns it off.
   */
  voice?: boolean;
  /** The request was one isSilentRequest names: the one case where silence is right. */
  silent?: boolean;
  /** The request's locale: the voice budget counts in the language the skill answered in. */
  locale?: string;
}

// The same response always has the same problems: long runs (the check's sampled conversations)
// repeat a few dozen responses thousands of times, and checking SSML is the slow part.
const verdicts = new Map<string, readonly string[]>();
const MAX_REMEMBERED = 5000;

/** Problems with `envelope`, as readable sentences; empty when it is sound. */
export async function responseProblems(
  envelope: ResponseEnvelope,
  options: CheckOptions = {},
): Promise<string[]> {
  const key = JSON.stringify([envelope, options]);
  const known = verdicts.get(key);
  if (known) return [...known];
  const problems = await findProblems(envelope, options);
  if (verdicts.size >= MAX_REMEMBERED) verdicts.clear();
  verdicts.set(key, problems);
  return [...problems];
}

async function findProblems(
  envelope: ResponseEnvelope,
  { voice = true, silent = false, locale }: CheckOptions,
): Promise<string[]> {
  const problems: string[] = [];
  const { response } = envelope;
  const bytes = Buffer.byteLength(JSON.stringify(envelope), "utf8");
  if (bytes > MAX_RESPONSE_BYTES) problems.push(`response is ${bytes} bytes, over ${MAX_RESPONSE_BYTES}`);

  const speeches = [
    ["speech", response.outputSpeech],
    ["reprompt", response.reprompt?.outputSpeech],
  ] as const;
  for (const [what, speech] of speeches) {
    if (speech === undefined) continue;
    if (speech.type !== "SSML") {
      problems.push(`the ${what} is ${speech.type}, not SSML built by the speech builder`);
      continue;
    }
    if (speech.ssml.length > MAX_SPEECH_CHARS) problems.push(`${what} is ${speech.ssml.length} characters`);
    const errors = await checkSsml(speech.ssml, { platform: "amazon" });
    if (errors) problems.push(`invalid SSML ${JSON.stringify(errors)} in ${speech.ssml}`);
    if (voice) problems.push(...voiceProblems(outputText(speech), what, resolveLocale(locale)));
    // Two full stops in a row ("9:00 a.m..") read as a slip: a sentence joined to text that ends one.
    if (/(^|[^.])\.\.(?!\.)/.test(outputText(speech)))
      problems.push(`${what} has a doubled full stop: ${outputText(speech)}`);
  }
  if (silent) {
    if (response.outputSpeech !== undefined) problems.push("the skill spoke after the session ended");
    return problems;
  }
  if (outputText(response.outputSpeech) === "") problems.push("the skill said nothing");
  if (response.shouldEndSession !== true) {
    if (outputText(response.reprompt?.outputSpeech) === "")
      problems.push("the session stays open without a reprompt");
    if (!outputText(response.outputSpeech).endsWith("?"))
      problems.push("the session stays open without a question");
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Voice budget (docs/design.md "One breath"): words before the final question, and items of a list.

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The text said before the final question: everything when the text does not end with one. */
export function beforeFinalQuestion(text: string): string {
  const sentences = squash(text).split(/(?<=[.?!])\s+/);
  if (sentences.at(-1)?.endsWith("?")) sentences.pop();
  return sentences.join(" ");
}

const labelsByLocale = new Map<Locale, { list: ListId; labels: string[] }[]>();

/** Each spoken list's item labels, rendered from `locale`'s content. */
function listLabels(locale: Locale): { list: ListId; labels: string[] }[] {
  const known = labelsByLocale.get(locale);
  if (known) return known;
  const t = translatorFor(locale);
  const labels = LIST_IDS.map((list) => ({
    list,
    labels: LISTS[list].flatMap((group) => group.items.map((id) => t(labelKey(list, id)))),
  }));
  labelsByLocale.set(locale, labels);
  return labels;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The items of each content list that `text` names (a label as a whole phrase, accents and all). */
function listItemsNamed(text: string, locale: Locale): { list: ListId; named: string[] }[] {
  return listLabels(locale).map(({ list, labels }) => ({
    list,
    named: labels.filter((label) =>
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(label)}(?![\\p{L}\\p{N}])`, "iu").test(text),
    ),
  }));
}

/** The exceptions `text` falls under. */
export function voiceExceptions(text: string, locale: Locale = "en-US"): VoiceBudgetException[] {
  const spoken = squash(text);
  return voiceBudgetExceptions(locale).filter((e) => e.phrases.some((p) => spoken.includes(squash(p))));
}

const WHERE = "tests/support/voice-budget-exceptions.ts";

/** Names of the exceptions that some response has needed so far (the property tests check each is). */
export const neededExceptions = new Set<string>();

/** The most generous of the exceptions that set `budget`, or the rule's own budget. */
function budgetOf(
  exceptions: readonly VoiceBudgetException[],
  pick: (e: VoiceBudgetException) => number | undefined,
  rule: number,
  ruleName: string,
): { budget: number; under: string; exception?: VoiceBudgetException } {
  const setting = exceptions.filter((e) => pick(e) !== undefined);
  const exception = setting.sort((a, b) => (pick(b) ?? 0) - (pick(a) ?? 0))[0];
  return exception
    ? { budget: pick(exception) ?? rule, under: `exception "${exception.name}"`, exception }
    : { budget: rule, under: ruleName };
}

/** Voice-budget problems of one spoken text (`what`: speech or reprompt); empty when within budget. */
export function voiceProblems(text: string, what = "speech", locale: Locale = "en-US"): string[] {
  const problems: string[] = [];
  const spoken = squash(text);
  const exceptions = voiceExceptions(spoken, locale);
  const wordsBeforeQuestion = inWords(BUDGETS.wordsBeforeQuestion, locale);

  const wordRule = budgetOf(
    exceptions,
    (e) => e.maxWords,
    wordsBeforeQuestion,
    'docs/design.md "one breath"',
  );
  const until = wordRule.exception?.countUntil;
  const at = until === undefined ? -1 : spoken.indexOf(until);
  const counted = at >= 0 ? spoken.slice(0, at).trim() : beforeFinalQuestion(spoken);
  const n = words(counted).length;
  if (wordRule.exception && words(beforeFinalQuestion(spoken)).length > wordsBeforeQuestion)
    neededExceptions.add(wordRule.exception.name);
  if (n > wordRule.budget) {
    problems.push(
      `voice budget: the ${what} says ${n} words before ${at >= 0 ? "the clinic's number" : "its question"}, ` +
        `over the budget of ${wordRule.budget} (${wordRule.under}): "${counted}". ` +
        `A deliberate exception belongs, with its reason, in ${WHERE}.`,
    );
  }

  const listRule = budgetOf(
    exceptions,
    (e) => e.maxListItems,
    LIST_ITEMS_PER_TURN,
    "docs/design.md voice rules",
  );
  for (const { list, named } of listItemsNamed(spoken, locale)) {
    if (listRule.exception && named.length > LIST_ITEMS_PER_TURN)
      neededExceptions.add(listRule.exception.name);
    if (named.length > listRule.budget) {
      problems.push(
        `voice budget: the ${what} reads ${named.length} items of the ${list} list (${named.join("; ")}), ` +
          `over the budget of ${listRule.budget} a turn (${listRule.under}): "${spoken}". ` +
          `A deliberate exception belongs, with its reason, in ${WHERE}.`,
      );
    }
  }
  return problems;
}
