// A touch on the screen (Alexa.Presentation.APL.UserEvent, from a button's SendEvent) in an open
// session is handled as the intent it stands for, by the same handlers and the same dialog as the
// spoken words: "Yes" touched is AMAZON.YesIntent. A touch the skill does not know is the fallback,
// which inside the check asks the question again (never an answer). A touch outside a session is
// answered with nothing (quiet-handlers.ts).
import type { RequestInterceptor } from "ask-sdk-core";
import type { Touch } from "../dialog/screen";
import { treatAs } from "../skill/request-context";
import { firstArgument, inSession, requestType } from "../skill/request-fields";
import { INTENT_REQUEST, USER_EVENT } from "../skill/request-types";
import { AMAZON, TOUCH_INTENTS } from "./intents";

export const touchAsSpoken: RequestInterceptor = {
  process(input) {
    const envelope: unknown = input.requestEnvelope;
    if (requestType(envelope) !== USER_EVENT || !inSession(envelope)) return;
    const touch = firstArgument(envelope);
    const known = typeof touch === "string" && Object.hasOwn(TOUCH_INTENTS, touch);
    treatAs(input, {
      requestType: INTENT_REQUEST,
      intentName: known ? TOUCH_INTENTS[touch as Touch] : AMAZON.fallback,
    });
  },
};
