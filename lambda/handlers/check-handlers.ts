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
import { briefAnswer, hasBriefAnswer, type Topic } from "../dialog/topics";
import type { RequestContext } from "../skill/request-context";
import { INTENT_REQUEST } from "../skill/request-types";
import type { CheckPlace } from "../state/session-state";
import { handler, isIntent } from "./handler";
import { AMAZON, CHECK_INTENT, UNSURE_INTENT } from "./intents";
import { isTopicIntent, requestedTopic } from "./topic-handlers";

const ANSWERS: Readonly<Record<string, Answer>> = {
  [AMAZON.yes]: "yes",
  [AMAZON.no]: "no",
  [UNSURE_INTENT]: "unsure",
};

function inCheck(ctx: RequestContext): boolean {
  return ctx.requestType === INTENT_REQUEST && ctx.state.check !== undefined;
}

function place(ctx: RequestContext): CheckPlace {
  return ctx.state.check as CheckPlace;
}

function answerOf(ctx: RequestContext): Answer | undefined {
  const name = ctx.intentName;
  return name !== undefined && Object.hasOwn(ANSWERS, name) ? ANSWERS[name] : undefined;
}

export const checkHandlers = [
  handler(
    (ctx) =>
      ctx.checkLost && ctx.requestType === INTENT_REQUEST && !isIntent(ctx, AMAZON.stop, AMAZON.cancel),
    (ctx) => recoverLostCheck(ctx),
  ),
  handler(
    (ctx) => inCheck(ctx) && answerOf(ctx) !== undefined,
    (ctx) => answerCheck(ctx, place(ctx), answerOf(ctx) ?? "unrecognised"),
  ),
  handler(
    (ctx) => inCheck(ctx) && isIntent(ctx, AMAZON.repeat),
    (ctx) => repeatQuestion(ctx, place(ctx)),
  ),
  // "Check my symptoms" again: the check is already running; the same question, and what to do now if
  // it cannot wait.
  handler(
    (ctx) => inCheck(ctx) && isIntent(ctx, CHECK_INTENT),
    (ctx) => repeatQuestion(ctx, place(ctx), ctx.t("check:ifEmergency")),
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
    (ctx) => stopCheck(ctx, place(ctx)),
  ),
  handler(
    (ctx) => inCheck(ctx) && isIntent(ctx, AMAZON.home),
    (ctx) => leaveCheck(ctx, place(ctx)),
  ),
  handler(
    (ctx) => inCheck(ctx) && isTopicIntent(ctx),
    (ctx, input) => {
      const topic = requestedTopic(ctx, input.requestEnvelope) as Topic;
      return hasBriefAnswer(topic)
        ? interruptCheck(ctx, place(ctx), briefAnswer(ctx.t, topic))
        : answerCheck(ctx, place(ctx), "unrecognised");
    },
  ),
  // Everything else said during the check (fallback, "more", an intent the model does not have, or
  // one added later) is not an answer: the question is asked again, more plainly. So no intent
  // nobody thought of here can drop the check.
  handler(
    (ctx) => inCheck(ctx),
    (ctx) => answerCheck(ctx, place(ctx), "unrecognised"),
  ),
];

/** "Check my symptoms" outside the check. */
export const startCheckHandler = handler(
  (ctx) => isIntent(ctx, CHECK_INTENT),
  (ctx) => beginCheck(ctx, ctx.newSession),
);
