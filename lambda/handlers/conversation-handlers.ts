// Launch, the built-in intents outside the check, intents the model does not have, and session end.
import type { RequestHandler } from "ask-sdk-core";
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
import { inSession, requestType, USER_EVENT } from "../skill/request-fields";
import { type LogSink, logRequest } from "../skill/request-log";
import { handler, isIntent } from "./handler";
import { AMAZON, HANDLED_INTENTS, UNSURE_INTENT } from "./intents";

export const conversationHandlers = [
  handler((ctx) => ctx.requestType === "LaunchRequest", launch),
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
    (ctx) => ctx.requestType === "IntentRequest" && !HANDLED_INTENTS.has(ctx.intentName ?? ""),
    fallback,
  ),
];

/**
 * Requests that must not be answered with speech: the session is over, Alexa reports an error in an
 * earlier response, or a screen left on the device was touched after its session ended. They are
 * logged, and answered with nothing.
 */
const SILENT_REQUESTS = ["SessionEndedRequest", "System.ExceptionEncountered"];

function isSilent(envelope: unknown): boolean {
  const type = requestType(envelope) ?? "";
  return SILENT_REQUESTS.includes(type) || (type === USER_EVENT && !inSession(envelope));
}

export function silentHandler(log: LogSink): RequestHandler {
  return {
    canHandle: (input) => isSilent(input.requestEnvelope),
    handle: (input) => {
      logRequest(log, input, "silent");
      return input.responseBuilder.getResponse();
    },
  };
}
