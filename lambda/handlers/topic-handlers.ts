// Questions about the article and the clinic, outside the red-flag check.

import type { RequestHandler } from "ask-sdk-core";
import { clinicRequestIn } from "../content-lookup/clinic-request";
import { type HeardSymptom, lookUpSymptom } from "../content-lookup/heard-symptom";
import { TOPIC_NAMES } from "../content-lookup/topic-name-data";
import { exactName, lookUpName } from "../content-lookup/topic-names";
import { sayMention } from "../dialog/mention-dialog";
import { answerTopic, type Topic } from "../dialog/topics";
import { resolveLocale } from "../i18n/translator";
import { type RequestContext, requestContext } from "../skill/request-context";
import { filledSlots, requestLocale, resolvedSlotId, slotValue } from "../skill/request-fields";
import { INTENT_REQUEST } from "../skill/request-types";
import { handler } from "./handler";
import { TOPIC_INTENTS } from "./intents";

/**
 * The id in a slot: resolved by the model, or else the cause or treatment whose name or synonym the
 * words name ("what about those cortisone injections" heard in the cause slot is injections).
 */
function slotId(envelope: unknown, slot: string): string | undefined {
  const id = resolvedSlotId(envelope, slot);
  if (id !== undefined) return id;
  const heard = slotValue(envelope, slot);
  return heard === undefined
    ? undefined
    : lookUpName(TOPIC_NAMES[resolveLocale(requestLocale(envelope))], heard);
}

/**
 * The topic `intentName` asks about in `envelope` (an IntentRequest or a CanFulfillIntentRequest). A
 * cause or treatment slot whose words name no topic but ask for the clinic's number or place is that
 * request ("what is the clinic number" heard as "what is {cause}").
 */
export function topicFor(intentName: string | undefined, envelope: unknown): Topic | undefined {
  if (intentName === undefined || !Object.hasOwn(TOPIC_INTENTS, intentName)) return undefined;
  const topic = TOPIC_INTENTS[intentName]?.((slot) => slotId(envelope, slot));
  if ((topic?.kind === "cause" || topic?.kind === "treatment") && topic.id === undefined) {
    const asked = clinicRequested(envelope);
    if (asked !== undefined) return { kind: asked };
  }
  return topic;
}

/** The words of each slot the model heard but did not resolve. */
function unresolvedWords(envelope: unknown): string[] {
  return filledSlots(envelope).flatMap((slot) => {
    const heard = slotValue(envelope, slot);
    return resolvedSlotId(envelope, slot) === undefined && heard !== undefined ? [heard] : [];
  });
}

/** The clinic's number or place, asked for in the words of a slot the model did not resolve. */
function clinicRequested(envelope: unknown) {
  const locale = resolveLocale(requestLocale(envelope));
  for (const heard of unresolvedWords(envelope)) {
    const asked = clinicRequestIn(heard, locale);
    if (asked !== undefined) return asked;
  }
  return undefined;
}

/** The topic this request asks about, if it is a topic intent. */
export function requestedTopic(ctx: RequestContext, envelope: unknown): Topic | undefined {
  return ctx.requestType === INTENT_REQUEST ? topicFor(ctx.intentName, envelope) : undefined;
}

export function isTopicIntent(ctx: RequestContext): boolean {
  return (
    ctx.requestType === INTENT_REQUEST &&
    ctx.intentName !== undefined &&
    Object.hasOwn(TOPIC_INTENTS, ctx.intentName)
  );
}

/**
 * A red-flag sign or a call for help named where a cause or treatment was expected ("is it from a
 * fall", "could cancer cause this"), in words the model did not resolve: looked up as a symptom
 * statement is, so it is never lost in a topic answer. Words that are exactly a cause's or
 * treatment's name ("what about back surgery") ask about that topic.
 */
export function signNamed(envelope: unknown): HeardSymptom | undefined {
  const locale = resolveLocale(requestLocale(envelope));
  const topics = TOPIC_NAMES[locale];
  for (const heard of unresolvedWords(envelope)) {
    if (exactName(topics, heard) !== undefined) continue;
    const sign = lookUpSymptom(heard, locale);
    if (sign !== undefined) return sign;
  }
  return undefined;
}

/** Comes right after the symptom handlers: a sign is heard first, in the check too. */
const answerSign = handler(
  () => true,
  (ctx, input) => sayMention(ctx, signNamed(input.requestEnvelope), undefined, ctx.newSession),
);
export const signInTopicHandler: RequestHandler = {
  canHandle: (input) =>
    isTopicIntent(requestContext(input)) && signNamed(input.requestEnvelope) !== undefined,
  handle: (input) => answerSign.handle(input),
};

export const topicHandler = handler(isTopicIntent, (ctx, input) =>
  answerTopic(ctx, requestedTopic(ctx, input.requestEnvelope) as Topic),
);
