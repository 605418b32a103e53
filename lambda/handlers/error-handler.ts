// The last line of defence: apologise, give the clinic's number and the emergency line, keep listening.
// Inside the red-flag check it asks the same question again, so a failure never loses the check, nor
// the signs said out loud.
import type { ErrorHandler, HandlerInput } from "ask-sdk-core";
import { apologiseInCheck } from "../dialog/check-dialog";
import { apology } from "../dialog/conversation";
import { translatorFor } from "../i18n/translator";
import { type RequestContext, requestContext } from "../skill/request-context";
import { requestLocale } from "../skill/request-fields";
import { type LogSink, logRequest } from "../skill/request-log";
import { respond } from "../skill/respond";
import { keepMentions } from "../state/session-state";

/** The request's context, unless reading it is what failed. */
function contextIfReadable(input: HandlerInput): RequestContext | undefined {
  try {
    return requestContext(input);
  } catch {
    return undefined;
  }
}

export function errorHandler(log: LogSink): ErrorHandler {
  return {
    canHandle: () => true,
    handle: (input, error) => {
      logRequest(log, input, "error", error);
      const ctx = contextIfReadable(input);
      const t = ctx?.t ?? translatorFor(requestLocale(input.requestEnvelope));
      const turn = ctx?.state.check ? apologiseInCheck(ctx, ctx.state.check) : apology(t);
      // A sign said out loud is kept even through a failure.
      const state = ctx ? keepMentions(ctx.state, turn.state) : turn.state;
      return respond(input, t, { ...turn, state });
    },
  };
}
