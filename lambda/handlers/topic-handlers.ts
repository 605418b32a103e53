// Questions about the article and the clinic, outside the red-flag check.
import { answerTopic, type Topic } from "../dialog/topics";
import type { RequestContext } from "../skill/request-context";
import { resolvedSlotId } from "../skill/request-fields";
import { handler } from "./handler";
import { TOPIC_INTENTS } from "./intents";

/** The topic this request asks about, if it is a topic intent. */
export function requestedTopic(ctx: RequestContext, envelope: unknown): Topic | undefined {
  if (ctx.requestType !== "IntentRequest" || ctx.intentName === undefined) return undefined;
  const toTopic = Object.hasOwn(TOPIC_INTENTS, ctx.intentName) ? TOPIC_INTENTS[ctx.intentName] : undefined;
  return toTopic?.((slot) => resolvedSlotId(envelope, slot));
}

export function isTopicIntent(ctx: RequestContext): boolean {
  return (
    ctx.requestType === "IntentRequest" &&
    ctx.intentName !== undefined &&
    Object.hasOwn(TOPIC_INTENTS, ctx.intentName)
  );
}

export const topicHandler = handler(isTopicIntent, (ctx, input) =>
  answerTopic(ctx, requestedTopic(ctx, input.requestEnvelope) as Topic),
);
