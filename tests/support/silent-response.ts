// What a response that may carry no speech looks like (an event, a request type the skill does not
// know, CanFulfillIntentRequest's verdict): nothing said, shown or kept.
import type { ResponseEnvelope } from "ask-sdk-model";
import { expect } from "vitest";

/** No speech, no reprompt, no card, no directive, no session attributes. */
export function expectNothingSaid(envelope: ResponseEnvelope): void {
  const { response } = envelope;
  expect(response.outputSpeech).toBeUndefined();
  expect(response.reprompt).toBeUndefined();
  expect(response.card).toBeUndefined();
  expect(response.directives ?? []).toEqual([]);
  expect(envelope.sessionAttributes ?? {}).toEqual({});
}
