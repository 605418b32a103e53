// Requests answered with nothing: events that allow no speech (the session ended, Alexa reports an
// error, playback, skill and reminder events, a screen left on the device touched after its session
// ended), and request types this skill does not know. The answer
// is an empty response with no attributes (nothing that arrived is echoed back) and the request's one
// log line, at info.
import type { HandlerInput, RequestHandler } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { inSession, requestType } from "../skill/request-fields";
import { noteOutcome, type Outcome } from "../skill/request-log";
import { allowsNoSpeech, isSpokenTo, USER_EVENT } from "../skill/request-types";

function quiet(input: HandlerInput, outcome: Outcome): Response {
  noteOutcome(input, outcome);
  if (input.requestEnvelope?.session) input.attributesManager.setSessionAttributes({});
  return input.responseBuilder.getResponse();
}

/** First of all handlers: an event that allows no speech needs nothing but its type. */
export const noSpeechHandler: RequestHandler = {
  canHandle: (input) => {
    const type = requestType(input.requestEnvelope);
    return allowsNoSpeech(type) || (type === USER_EVENT && !inSession(input.requestEnvelope));
  },
  handle: (input) => quiet(input, "silent"),
};

/** Last of all handlers: a request type nothing else took, and that no person said. */
export const unknownTypeHandler: RequestHandler = {
  canHandle: (input) => !isSpokenTo(requestType(input.requestEnvelope)),
  handle: (input) => quiet(input, "ignored"),
};
