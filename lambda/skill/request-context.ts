// Everything a handler needs about this request, read once and validated.
import type { HandlerInput } from "ask-sdk-core";
import { RED_FLAGS } from "../content-lookup/red-flags";
import type { Context } from "../dialog/context";
import { resolveLocale, translatorFor } from "../i18n/translator";
import { readState } from "../state/session-state";
import { intentName, isNewSession, requestLocale, requestType } from "./request-fields";

export interface RequestContext extends Context {
  requestType: string | undefined;
  intentName: string | undefined;
  /** The request opened the session: a one-shot ("ask back spasm guide, is this serious"). */
  newSession: boolean;
  /** A check was under way but its saved place could not be trusted. */
  checkLost: boolean;
}

const CONTEXT_KEY = "requestContext";

function sessionAttributes(input: HandlerInput): unknown {
  // Out-of-session requests have no attributes; the SDK throws if asked for them.
  return input.requestEnvelope?.session ? input.attributesManager.getSessionAttributes() : undefined;
}

/** What a request stands for, when it is not what its envelope says: a touch is the intent it stands for. */
export interface StandsFor {
  requestType: string;
  intentName: string;
}

function build(input: HandlerInput, as?: StandsFor): RequestContext {
  const envelope: unknown = input.requestEnvelope;
  const locale = resolveLocale(requestLocale(envelope));
  const { state, checkLost } = readState(sessionAttributes(input), RED_FLAGS);
  return {
    t: translatorFor(locale),
    locale,
    state,
    checkLost,
    requestType: as ? as.requestType : requestType(envelope),
    intentName: as ? as.intentName : intentName(envelope),
    newSession: isNewSession(envelope),
  };
}

/** The request's context, built on first use and kept in the request attributes. */
export function requestContext(input: HandlerInput): RequestContext {
  const attributes = input.attributesManager.getRequestAttributes();
  const cached = attributes[CONTEXT_KEY] as RequestContext | undefined;
  if (cached) return cached;
  const context = build(input);
  attributes[CONTEXT_KEY] = context;
  return context;
}

/** This request is to be handled as `as` (a touch on the screen as the intent it stands for). */
export function treatAs(input: HandlerInput, as: StandsFor): void {
  input.attributesManager.getRequestAttributes()[CONTEXT_KEY] = build(input, as);
}
