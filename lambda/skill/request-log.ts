// One structured JSON line per request: what kind of request, how it ended, how long it took.
// Never user, device or session ids, slot text, or anything the person answered. Every field that
// comes from the request is bounded in length, so no request can make a long line.
import fs from "node:fs";
import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { resolveLocale } from "../i18n/translator";
import { intentName, requestLocale, requestString, requestType } from "./request-fields";
import { SESSION_ENDED_REQUEST } from "./request-types";

export type LogEntry = Record<string, string | number | undefined>;
export type LogSink = (entry: LogEntry) => void;

/**
 * A JSON line on stdout (CloudWatch), written straight to file descriptor 1. process.stdout is made on
 * its first use, and making it (a stream over a socket, for a pipe) costs a cold start a few
 * milliseconds (docs/performance.md). If the direct write cannot take the whole line (a full
 * non-blocking pipe: EAGAIN), the rest goes through process.stdout, which queues it, and so do all
 * later lines, so they stay in order.
 */
let throughStream = false;
export const jsonLineSink: LogSink = (entry) => {
  const line = Buffer.from(`${JSON.stringify(entry)}\n`);
  let written = 0;
  if (!throughStream) {
    try {
      written = fs.writeSync(1, line);
    } catch {
      written = 0;
    }
  }
  if (written < line.length) {
    throughStream = true;
    process.stdout.write(line.subarray(written));
  }
};

/** The longest a field taken from the request (or an error's message) may be in a line. */
export const MAX_LOGGED_FIELD = 120;

export function bounded(value: string | undefined): string | undefined {
  return value === undefined || value.length <= MAX_LOGGED_FIELD
    ? value
    : `${value.slice(0, MAX_LOGGED_FIELD)}...`;
}

const STARTED_KEY = "startedAt";
const REMINDER_KEY = "reminder";
const OUTCOME_KEY = "outcome";
const SCREEN_KEY = "screen";

/** How a reminder request ended ("created", "denied", "timeout", "http-403"...), for this request's line. */
export function noteReminder(input: HandlerInput, outcome: string): void {
  input.attributesManager.getRequestAttributes()[REMINDER_KEY] = outcome;
}

/**
 * open / ended: spoken, session open or over; silent: an answer without speech (an event, or
 * CanFulfillIntentRequest's verdict); ignored: a request type the skill does not know; error.
 */
export type Outcome = "open" | "ended" | "silent" | "ignored" | "error";

/** How this request ended, when its response alone does not say (a request type the skill ignored). */
export function noteOutcome(input: HandlerInput, outcome: Outcome): void {
  input.attributesManager.getRequestAttributes()[OUTCOME_KEY] = outcome;
}

/** Why a session ended and Alexa's error type; never the error's message, which may echo input. */
function sessionEnd(envelope: unknown): LogEntry {
  if (requestType(envelope) !== SESSION_ENDED_REQUEST) return {};
  const reason = bounded(requestString(envelope, "reason"));
  const errorType = bounded(requestString(envelope, "error", "type"));
  return { ...(reason ? { reason } : {}), ...(errorType ? { errorType } : {}) };
}

function errorFields(error: unknown): LogEntry {
  if (error === undefined) return {};
  if (!(error instanceof Error)) return { error: "unknown" };
  return { error: bounded(error.name), errorMessage: bounded(error.message) };
}
/** Whether a screen went with the response ("shown") or could not be made ("failed"), for this request's line. */
export function noteScreen(input: HandlerInput, outcome: "shown" | "failed"): void {
  input.attributesManager.getRequestAttributes()[SCREEN_KEY] = outcome;
}

export function logRequest(sink: LogSink, input: HandlerInput, outcome: Outcome, error?: unknown): void {
  const envelope: unknown = input.requestEnvelope;
  const attributes = input.attributesManager.getRequestAttributes();
  const startedAt = attributes[STARTED_KEY];
  const reminder = attributes[REMINDER_KEY];
  const screen = attributes[SCREEN_KEY];
  sink({
    level: outcome === "error" ? "error" : "info",
    event: "request",
    requestType: bounded(requestType(envelope)),
    intent: bounded(intentName(envelope)),
    locale: resolveLocale(requestLocale(envelope)),
    outcome,
    durationMs:
      typeof startedAt === "bigint"
        ? Number((process.hrtime.bigint() - startedAt) / 1000n) / 1000
        : undefined,
    ...errorFields(error),
    ...sessionEnd(envelope),
    ...(typeof reminder === "string" ? { reminder } : {}),
    ...(typeof screen === "string" ? { screen } : {}),
  });
}

// process.hrtime.bigint(), not performance.now(): the first performance.now() in a process costs
// about 2 ms and 75 KB at cold start (docs/performance.md); the clock is the same monotonic one.
export const startTimer: RequestInterceptor = {
  process(input) {
    input.attributesManager.getRequestAttributes()[STARTED_KEY] = process.hrtime.bigint();
  },
};

function outcomeOf(input: HandlerInput, response: Response | undefined): Outcome {
  const noted = input.attributesManager.getRequestAttributes()[OUTCOME_KEY];
  if (typeof noted === "string") return noted as Outcome;
  return !response?.outputSpeech ? "silent" : response.shouldEndSession ? "ended" : "open";
}

/** Writes the request's one line, whatever answered it; an error's line is the error handler's. */
export function logResponses(sink: LogSink): ResponseInterceptor {
  return {
    process(input, response?: Response) {
      logRequest(sink, input, outcomeOf(input, response));
    },
  };
}
