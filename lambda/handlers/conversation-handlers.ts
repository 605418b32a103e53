// Launch, the built-in intents outside the check, and intents the model does not have.
import {
  fallback,
  goodbye,
  help,
  launch,
  more,
  no,
  repeat,
  startOver,
  unsure,
  yes,
} from "../dialog/conversation";
import { INTENT_REQUEST, LAUNCH_REQUEST } from "../skill/request-types";
import { handler, isIntent } from "./handler";
import { AMAZON, HANDLED_INTENTS, UNSURE_INTENT } from "./intents";

export const conversationHandlers = [
  handler((ctx) => ctx.requestType === LAUNCH_REQUEST, launch),
  handler((ctx) => isIntent(ctx, AMAZON.help), help),
  handler((ctx) => isIntent(ctx, AMAZON.repeat), repeat),
  handler((ctx) => isIntent(ctx, AMAZON.yes), yes),
  handler((ctx) => isIntent(ctx, AMAZON.no), no),
  handler((ctx) => isIntent(ctx, UNSURE_INTENT), unsure),
  handler((ctx) => isIntent(ctx, AMAZON.more), more),
  handler((ctx) => isIntent(ctx, AMAZON.startOver, AMAZON.home), startOver),
  handler((ctx) => isIntent(ctx, AMAZON.stop, AMAZON.cancel), goodbye),
  handler((ctx) => isIntent(ctx, AMAZON.fallback), fallback),
  // An intent the model does not define (a stale model, a malformed request): say what the skill can do.
  handler(
    (ctx) => ctx.requestType === INTENT_REQUEST && !HANDLED_INTENTS.has(ctx.intentName ?? ""),
    fallback,
  ),
];
