// Every kind of request the skill answers, each as one fixed, named envelope: the set whose responses
// are recorded (tests/recorded-responses.test.ts) and timed (npm run bench). Counts and orders come
// from content (the red flags, the lists), so a content change adds or removes kinds by itself.
import type { RequestEnvelope } from "ask-sdk-model";
import { CAUSE_IDS, LIST_IDS, TREATMENT_IDS } from "../../lambda/content-lookup/lists";
import { RED_FLAGS } from "../../lambda/content-lookup/red-flags";
import { listPages } from "../../lambda/dialog/lists";
import { DEFAULT_LOCALE, type Locale, SUPPORTED_LOCALES } from "../../lambda/i18n/resources";
import { translatorFor } from "../../lambda/i18n/translator";
import { OFFERS, type SessionState, writeState } from "../../lambda/state/session-state";
import {
  type EnvelopeOptions,
  intentRequest,
  launchRequest,
  type SlotFill,
  sessionEndedRequest,
} from "../../simulator/envelopes";
import { cause, treatment, unknownCause, unknownTreatment } from "./fills";

export interface RequestKind {
  /** Unique and readable, e.g. "check: no to question 3 (walking)". */
  name: string;
  envelope: RequestEnvelope;
}

type Slots = Record<string, SlotFill | undefined>;

/** The last open turn of the launch in `locale`, as "repeat" would read it back. */
const launchSaid = (locale: Locale) => {
  const t = translatorFor(locale);
  return {
    speech: t("conversation:launch.speech"),
    question: t("conversation:launch.question"),
    reprompt: t("conversation:launch.reprompt"),
  };
};

/** Session options for a turn taken in `state` (a fresh session when undefined). */
function inState(
  skillId: string,
  state: SessionState | undefined,
  locale: Locale = DEFAULT_LOCALE,
): EnvelopeOptions {
  return state === undefined
    ? { skillId, locale, newSession: true }
    : { skillId, locale, attributes: writeState(state), newSession: false };
}

function pagesOf(list: (typeof LIST_IDS)[number], locale: Locale): number {
  return listPages(translatorFor(locale), locale, list).pages.length;
}

/** Every request kind of every supported locale: the default's as named, the others' prefixed "es-US: ". */
export function everyRequestKind(skillId: string): RequestKind[] {
  return SUPPORTED_LOCALES.flatMap((locale) => requestKinds(skillId, locale));
}

/** Every request kind, in a fixed order, for `skillId`, in `locale` (the default's alone are timed). */
export function requestKinds(skillId: string, locale: Locale = DEFAULT_LOCALE): RequestKind[] {
  const kinds: RequestKind[] = [];
  const prefix = locale === DEFAULT_LOCALE ? "" : `${locale}: `;
  const add = (name: string, state: SessionState | undefined, intent?: string, slots?: Slots) => {
    const options = inState(skillId, state, locale);
    kinds.push({
      name: `${prefix}${name}`,
      envelope: intent === undefined ? launchRequest(options) : intentRequest(options, intent, slots),
    });
  };
  const checkAt = (index: number): SessionState => ({
    check: { index, questionId: RED_FLAGS[index]?.id ?? "" },
  });

  add("launch", undefined);
  if (locale === DEFAULT_LOCALE)
    kinds.push({
      name: "launch in a locale without content (en-GB)",
      envelope: launchRequest({ skillId, newSession: true, locale: "en-GB" }),
    });

  // Topics, fresh.
  add("topic: overview", undefined, "OverviewIntent");
  add("topic: causes", undefined, "CausesIntent");
  for (const id of CAUSE_IDS) add(`topic: cause ${id}`, undefined, "CauseIntent", cause(id));
  add("topic: cause not recognised", undefined, "CauseIntent", unknownCause("a pulled hamstring"));
  add("topic: when to see a specialist", undefined, "WhenToSeeSpecialistIntent");
  add("topic: specialist care", undefined, "SpecialistCareIntent");
  for (const id of TREATMENT_IDS) add(`topic: treatment ${id}`, undefined, "TreatmentIntent", treatment(id));
  add("topic: treatment not recognised", undefined, "TreatmentIntent", unknownTreatment("acupuncture"));
  add("topic: self-care", undefined, "SelfCareIntent");
  add("the number", undefined, "ClinicNumberIntent");
  add("the clinic's location", undefined, "ClinicLocationIntent");

  // Lists, a page at a time ("more" and "yes" both read the next page).
  for (const list of LIST_IDS) {
    for (let page = 1; page < pagesOf(list, locale); page++) {
      add(`list page: ${list} ${page + 1}`, { pending: { kind: "list", list, page } }, "AMAZON.MoreIntent");
    }
    add(`list page: ${list} 2 by yes`, { pending: { kind: "list", list, page: 1 } }, "AMAZON.YesIntent");
  }
  add(
    "list: help while reading",
    { pending: { kind: "list", list: "causes", page: 1 } },
    "AMAZON.HelpIntent",
  );
  add(
    "list: more past the end",
    { pending: { kind: "list", list: "causes", page: 99 } },
    "AMAZON.MoreIntent",
  );

  // Yes and no to each offer.
  for (const offer of OFFERS) {
    add(`offer: yes to ${offer}`, { pending: { kind: "offer", offer } }, "AMAZON.YesIntent");
  }
  add("offer: no", { pending: { kind: "offer", offer: "causes" } }, "AMAZON.NoIntent");
  add(
    "offer: unsure",
    { pending: { kind: "offer", offer: "check" }, said: launchSaid(locale) },
    "UnsureIntent",
  );

  // The red-flag check: every turn.
  add("check: start", undefined, "CheckSymptomsIntent");
  RED_FLAGS.forEach((flag, index) => {
    const at = `question ${index + 1} (${flag.id})`;
    add(`check: no to ${at}`, checkAt(index), "AMAZON.NoIntent");
    add(`check: yes to ${at}`, checkAt(index), "AMAZON.YesIntent");
    add(`check: unsure to ${at}`, checkAt(index), "UnsureIntent");
  });
  add("check: not an answer", checkAt(0), "AMAZON.FallbackIntent");
  add("check: help", checkAt(1), "AMAZON.HelpIntent");
  add("check: repeat", checkAt(1), "AMAZON.RepeatIntent");
  add("check: start over", checkAt(1), "AMAZON.StartOverIntent");
  add("check: go home", checkAt(1), "AMAZON.NavigateHomeIntent");
  add("check: stop", checkAt(1), "AMAZON.StopIntent");
  add("check: a topic question", checkAt(1), "CauseIntent", cause(CAUSE_IDS[0] ?? ""));
  add("check: the number", checkAt(1), "ClinicNumberIntent");
  add("check: place lost", { check: { index: 0, questionId: "moved" } }, "AMAZON.YesIntent");

  // The conversation around the topics.
  add("help", undefined, "AMAZON.HelpIntent");
  add("repeat", { said: launchSaid(locale) }, "AMAZON.RepeatIntent");
  add("repeat with nothing said", undefined, "AMAZON.RepeatIntent");
  add("yes with nothing offered", undefined, "AMAZON.YesIntent");
  add("no with nothing offered", undefined, "AMAZON.NoIntent");
  add("more with no list", undefined, "AMAZON.MoreIntent");
  add("start over", undefined, "AMAZON.StartOverIntent");
  add("go home", undefined, "AMAZON.NavigateHomeIntent");
  add("stop", undefined, "AMAZON.StopIntent");
  add("cancel", undefined, "AMAZON.CancelIntent");
  add("fallback", undefined, "AMAZON.FallbackIntent");
  add("an intent the model does not have", undefined, "SomeOtherSkillsIntent");
  kinds.push({
    name: `${prefix}session end`,
    envelope: sessionEndedRequest(inState(skillId, checkAt(2), locale)),
  });
  return kinds;
}
