// A reminder to call the clinic: asked for ("remind me to call the clinic tomorrow morning"), or a yes
// to the offer after a check outcome. Without the permission, Alexa asks for it by voice and its
// answer comes back as a Connections.Response. The API calls live in a chunk of their own
// (lambda/reminders/reminder-api.ts), imported here only when a reminder is to be set.
import type { HandlerInput, RequestHandler } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { RED_FLAGS } from "../content-lookup/red-flags";
import { type Context, spokenNumbers, type Turn } from "../dialog/context";
import {
  askReminderPermission,
  REMINDERS_PERMISSION,
  reminderFailed,
  reminderRefused,
  reminderSet,
} from "../dialog/reminders";
import type { Requested } from "../reminders/reminder-time";
import { type RequestContext, requestContext } from "../skill/request-context";
import { requestString, slotValue, systemString } from "../skill/request-fields";
import { noteReminder } from "../skill/request-log";
import { CONNECTIONS_RESPONSE } from "../skill/request-types";
import { respond } from "../skill/respond";
import { toSsml } from "../speech/ssml";
import { isOutcomeTier, keepMentions, type OutcomeTier, readMentioned } from "../state/session-state";
import { isIntent } from "./handler";
import { AMAZON, REMINDER_INTENT } from "./intents";

/** The longest each call to Alexa's API may take: two calls stay well within Alexa's 8 seconds. */
const REMINDER_API_TIMEOUT_MS = 1500;

// What a token may carry back: the date and time slot values, nothing long.
const MAX_TOKEN_FIELD = 32;

/** What a reminder request carries, through Alexa's permission prompt too: when, and what it follows. */
interface Carried {
  asked: Requested;
  /** The check outcome the reminder was offered after, whose advice its answer keeps. */
  after?: OutcomeTier;
  /** The signs said out loud this session (red-flag ids), kept for the rest of the conversation. */
  mentioned?: string[];
}

function toToken({ asked, after, mentioned }: Carried): string {
  return JSON.stringify({ ...asked, ...(after ? { after } : {}), ...(mentioned ? { mentioned } : {}) });
}

function allowed(envelope: unknown): boolean {
  // Alexa lists the scope when it knows it; otherwise a consent token means a permission was granted,
  // and reminders are the only permission this skill asks for.
  const status = systemString(envelope, "user", "permissions", "scopes", REMINDERS_PERMISSION, "status");
  if (status !== undefined) return status === "GRANTED";
  return systemString(envelope, "user", "permissions", "consentToken") !== undefined;
}

function requested(envelope: unknown): Requested {
  const date = slotValue(envelope, "date");
  const time = slotValue(envelope, "time");
  return { ...(date ? { date } : {}), ...(time ? { time } : {}) };
}

/** What the request carried through Alexa's permission prompt in the token; anything odd is left out. */
function fromToken(token: string | undefined): Carried {
  let raw: unknown;
  try {
    raw = JSON.parse(token ?? "{}");
  } catch {
    return { asked: {} };
  }
  const get = (key: string) => (typeof raw === "object" && raw !== null ? Reflect.get(raw, key) : undefined);
  const field = (key: string) => {
    const value = get(key);
    return typeof value === "string" && value.length <= MAX_TOKEN_FIELD ? { [key]: value } : {};
  };
  const after = get("after");
  const mentioned = readMentioned(get("mentioned"), RED_FLAGS);
  return {
    asked: { ...field("date"), ...field("time") },
    ...(isOutcomeTier(after) ? { after } : {}),
    ...(mentioned ? { mentioned } : {}),
  };
}

/** What the person asked for now, with what must outlive the reminder. */
function carriedFrom(ctx: RequestContext, asked: Requested): Carried {
  const mentioned = ctx.state.mentioned;
  return { asked, after: offeredAfter(ctx), ...(mentioned ? { mentioned } : {}) };
}

/** Says `turn`, keeping the signs said out loud (`ctx`'s) for the rest of the conversation. */
function say(input: HandlerInput, ctx: Context, turn: Turn) {
  return respond(input, ctx.t, { ...turn, state: keepMentions(ctx.state, turn.state) });
}

/** The outcome a reminder offer followed, if the person is answering one. */
function offeredAfter(ctx: RequestContext): OutcomeTier | undefined {
  return ctx.state.pending?.kind === "reminder" ? ctx.state.pending.after : undefined;
}

async function setAndSay(input: HandlerInput, ctx: Context, { asked, after }: Carried, timeoutMs: number) {
  const envelope: unknown = input.requestEnvelope;
  const apiEndpoint = systemString(envelope, "apiEndpoint");
  const apiAccessToken = systemString(envelope, "apiAccessToken");
  const deviceId = systemString(envelope, "device", "deviceId");
  const timestamp = Date.parse(requestString(envelope, "timestamp") ?? "");
  if (!apiEndpoint || !apiAccessToken || !deviceId || Number.isNaN(timestamp)) {
    noteReminder(input, "no-api-access");
    return say(input, ctx, reminderFailed(ctx, after));
  }
  const text = ctx.t("reminders:text");
  const { setReminder } = await import("../reminders/reminder-api");
  const result = await setReminder({
    apiEndpoint,
    apiAccessToken,
    deviceId,
    locale: ctx.locale,
    now: new Date(timestamp),
    requested: asked,
    text,
    ssml: `<speak>${toSsml(text, spokenNumbers(ctx.t))}</speak>`,
    timeoutMs,
  });
  noteReminder(input, result.status === "created" ? "created" : result.reason);
  const turn =
    result.status === "created" ? reminderSet(ctx, result.when, after) : reminderFailed(ctx, after);
  return say(input, ctx, turn);
}

/** Sets the reminder if the permission is there; otherwise Alexa asks for it. */
function remind(input: HandlerInput, ctx: Context, carried: Carried, timeoutMs: number) {
  if (allowed(input.requestEnvelope)) return setAndSay(input, ctx, carried, timeoutMs);
  noteReminder(input, "permission-asked");
  return respond(input, ctx.t, askReminderPermission(ctx, toToken(carried)));
}

/** Alexa's answer to the permission prompt: ACCEPTED sets the reminder; anything else is not asked again. */
function permissionAnswered(input: HandlerInput, ctx: Context, timeoutMs: number) {
  const envelope: unknown = input.requestEnvelope;
  const answer = requestString(envelope, "payload", "status");
  const carried = fromToken(requestString(envelope, "token"));
  // The prompt ended the session that said the signs: they come back through the token.
  const mentioned = carried.mentioned ?? ctx.state.mentioned;
  const ctxWithSigns: Context = mentioned ? { ...ctx, state: { ...ctx.state, mentioned } } : ctx;
  if (requestString(envelope, "status", "code") === "200" && answer === "ACCEPTED") {
    return setAndSay(input, ctxWithSigns, carried, timeoutMs);
  }
  const outcome = answer === "DENIED" ? "denied" : answer === "NOT_ANSWERED" ? "not-answered" : "no-consent";
  noteReminder(input, outcome);
  return say(input, ctxWithSigns, reminderRefused(ctx, carried.after));
}

function asyncHandler(
  when: (ctx: RequestContext, input: HandlerInput) => boolean,
  handle: (input: HandlerInput, ctx: RequestContext) => Response | Promise<Response>,
): RequestHandler {
  return {
    canHandle: (input) => when(requestContext(input), input),
    handle: (input) => handle(input, requestContext(input)),
  };
}

/** Placed after the check's handlers: while the check runs, a reminder request is not an answer. */
export function reminderHandlers(timeoutMs = REMINDER_API_TIMEOUT_MS): RequestHandler[] {
  return [
    asyncHandler(
      (ctx) => isIntent(ctx, REMINDER_INTENT),
      (input, ctx) => remind(input, ctx, carriedFrom(ctx, requested(input.requestEnvelope)), timeoutMs),
    ),
    asyncHandler(
      (ctx) => isIntent(ctx, AMAZON.yes) && ctx.state.pending?.kind === "reminder",
      (input, ctx) => remind(input, ctx, carriedFrom(ctx, {}), timeoutMs),
    ),
    asyncHandler(
      (ctx, input) =>
        ctx.requestType === CONNECTIONS_RESPONSE && requestString(input.requestEnvelope, "name") === "AskFor",
      (input, ctx) => permissionAnswered(input, ctx, timeoutMs),
    ),
  ];
}
