// A small way to declare a handler: when it applies, and which dialog turn it answers with.
import type { HandlerInput, RequestHandler } from "ask-sdk-core";
import type { Turn } from "../dialog/context";
import { type RequestContext, requestContext } from "../skill/request-context";
import { INTENT_REQUEST } from "../skill/request-types";
import { respond } from "../skill/respond";
import { keepMentions } from "../state/session-state";

export function handler(
  when: (ctx: RequestContext) => boolean,
  turn: (ctx: RequestContext, input: HandlerInput) => Turn,
): RequestHandler {
  return {
    canHandle: (input) => when(requestContext(input)),
    handle: (input) => {
      const ctx = requestContext(input);
      const next = turn(ctx, input);
      return respond(input, ctx.t, { ...next, state: keepMentions(ctx.state, next.state) });
    },
  };
}

export function isIntent(ctx: RequestContext, ...names: string[]): boolean {
  return ctx.requestType === INTENT_REQUEST && ctx.intentName !== undefined && names.includes(ctx.intentName);
}
