// The red-flag check. While it runs, these handlers come first: yes / no / unsure answer the current
// question, anything unrecognised asks it again, and a topic question gets a brief answer before the
// question is asked again. Nothing but yes, no or unsure ever counts as an answer.
import type { Answer } from "../check/red-flag-check";
import {
  answerCheck,
  beginCheck,
  checkHelp,
  interruptCheck,
  leaveCheck,
  recoverLostCheck,
  repeatQuestion,
  restartCheck,
  stopCheck,
} from "../dialog/check-dialog";
import { briefAnswer, type Topic } from "../dialog/topics";
import type { RequestContext } from "../skill/request-context";
import type { CheckPlace } from "../state/session-state";
import { handler, isIntent } from "./handler";
import { AMAZON, CHECK_INTENT, HANDLED_INTENTS, UNSURE_INTENT } from "./intents";
import { isTopicIntent, requestedTopic } from "./topic-handlers";

const ANSWERS: Readonly<Record<string, Answer>> = {
  [AMAZON.yes]: "yes",
  [AMAZON.no]: "no",
  [UNSURE_INTENT]: "unsure",
};

function inCheck(ctx: RequestContext): boolean {
  return ctx.requestType === "IntentRequest" && ctx.state.check !== undefined;
}

function place(ctx: RequestContext): CheckPlace {
  return ctx.state.check as CheckPlace;
}

/** Intents that mean nothing inside the check: they are never taken as an answer. */
function isUnrecognised(ctx: RequestContext): boolean {
  return (
    ctx.intentName === undefined ||
    !HANDLED_INTENTS.has(ctx.intentName) ||
    isIntent(ctx, AMAZON.fallback, AMAZON.more)
  );
}

export const checkHandlers = [
  handler(
    (ctx) =>
      ctx.checkLost && ctx.requestType === "IntentRequest" && !isIntent(ctx, AMAZON.stop, AMAZON.cancel),
    (ctx) => recoverLostCheck(ctx),
  ),
  handler(
    (ctx) => inCheck(ctx) && (isIntent(ctx, ...Object.keys(ANSWERS)) || isUnrecognised(ctx)),
    (ctx) => answerCheck(ctx, place(ctx), ANSWERS[ctx.intentName ?? ""] ?? "unrecognised"),
  ),
  handler(
    (ctx) => inCheck(ctx) && isIntent(ctx, AMAZON.repeat, CHECK_INTENT),
    (ctx) => repeatQuestion(ctx, place(ctx)),
  ),
  handler(
    (ctx) => inCheck(ctx) && isIntent(ctx, AMAZON.help),
    (ctx) => checkHelp(ctx, place(ctx)),
  ),
  handler(
    (ctx) => inCheck(ctx) && isIntent(ctx, AMAZON.startOver),
    (ctx) => restartCheck(ctx),
  ),
  handler(
    (ctx) => inCheck(ctx) && isIntent(ctx, AMAZON.stop, AMAZON.cancel),
    (ctx) => stopCheck(ctx),
  ),
  handler(
    (ctx) => inCheck(ctx) && isIntent(ctx, AMAZON.home),
    (ctx) => leaveCheck(ctx),
  ),
  handler(
    (ctx) => inCheck(ctx) && isTopicIntent(ctx),
    (ctx, input) =>
      interruptCheck(
        ctx,
        place(ctx),
        briefAnswer(ctx.t, requestedTopic(ctx, input.requestEnvelope) as Topic),
      ),
  ),
];

/** "Check my symptoms" outside the check. */
export const startCheckHandler = handler(
  (ctx) => isIntent(ctx, CHECK_INTENT),
  (ctx) => beginCheck(ctx),
);
