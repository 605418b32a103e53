// One structured JSON line per request: what kind of request, how it ended, how long it took.
// Never user, device or session ids, slot text, or anything the person answered.
import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { resolveLocale } from "../i18n/translator";
import { intentName, requestLocale, requestType } from "./request-fields";

export type LogEntry = Record<string, string | number | undefined>;
export type LogSink = (entry: LogEntry) => void;

export const jsonLineSink: LogSink = (entry) => {
  console.log(JSON.stringify(entry));
};

const STARTED_KEY = "startedAt";
const REMINDER_KEY = "reminder";
const SCREEN_KEY = "screen";

/** How a reminder request ended ("created", "denied", "timeout", "http-403"...), for this request's line. */
export function noteReminder(input: HandlerInput, outcome: string): void {
  input.attributesManager.getRequestAttributes()[REMINDER_KEY] = outcome;
}

/** Whether a screen went with the response ("shown") or could not be made ("failed"), for this request's line. */
export function noteScreen(input: HandlerInput, outcome: "shown" | "failed"): void {
  input.attributesManager.getRequestAttributes()[SCREEN_KEY] = outcome;
}

export type Outcome = "open" | "ended" | "silent" | "error";

export function logRequest(sink: LogSink, input: HandlerInput, outcome: Outcome, error?: unknown): void {
  const envelope: unknown = input.requestEnvelope;
  const attributes = input.attributesManager.getRequestAttributes();
  const startedAt = attributes[STARTED_KEY];
  const reminder = attributes[REMINDER_KEY];
  const screen = attributes[SCREEN_KEY];
  sink({
    level: outcome === "error" ? "error" : "info",
    event: "request",
    requestType: requestType(envelope),
    intent: intentName(envelope),
    locale: resolveLocale(requestLocale(envelope)),
    outcome,
    durationMs:
      typeof startedAt === "number" ? Math.round((performance.now() - startedAt) * 1000) / 1000 : undefined,
    error: error instanceof Error ? error.name : undefined,
    ...(typeof reminder === "string" ? { reminder } : {}),
    ...(typeof screen === "string" ? { screen } : {}),
  });
}

export const startTimer: RequestInterceptor = {
  process(input) {
    input.attributesManager.getRequestAttributes()[STARTED_KEY] = performance.now();
  },
};

export function logResponses(sink: LogSink): ResponseInterceptor {
  return {
    process(input, response?: Response) {
      const outcome = !response?.outputSpeech ? "silent" : response.shouldEndSession ? "ended" : "open";
      logRequest(sink, input, outcome);
    },
  };
}
