// The last line of defence: apologise, give the clinic's number and the emergency line, keep listening.
import type { ErrorHandler } from "ask-sdk-core";
import { apology } from "../dialog/conversation";
import { translatorFor } from "../i18n/translator";
import { requestLocale } from "../skill/request-fields";
import { type LogSink, logRequest } from "../skill/request-log";
import { respond } from "../skill/respond";

export function errorHandler(log: LogSink): ErrorHandler {
  return {
    canHandle: () => true,
    handle: (input, error) => {
      logRequest(log, input, "error", error);
      const t = translatorFor(requestLocale(input.requestEnvelope));
      return respond(input, t, apology(t));
    },
  };
}
