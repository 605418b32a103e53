// Questions about the article and the clinic, outside the red-flag check.
import { answerTopic, type Topic } from "../dialog/topics";
import type { RequestContext } from "../skill/request-context";
import { resolvedSlotId } from "../skill/request-fields";
import { INTENT_REQUEST } from "../skill/request-types";
import { handler } from "./handler";
import { TOPIC_INTENTS } from "./intents";

/** The topic `intentName` asks about in `envelope` (an IntentRequest or a CanFulfillIntentRequest). */
export function topicFor(intentName: string | undefined, envelope: unknown): Topic | undefined {
  if (intentName === undefined || !Object.hasOwn(TOPIC_INTENTS, intentName)) return undefined;
  return TOPIC_INTENTS[intentName]?.((slot) => resolvedSlotId(envelope, slot));
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

export const topicHandler = handler(isTopicIntent, (ctx, input) =>
  answerTopic(ctx, requestedTopic(ctx, input.requestEnvelope) as Topic),
);
