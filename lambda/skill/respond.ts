// Turns a dialog Turn into the Alexa response: SSML, reprompt, card, session end, and the next state.
import type { HandlerInput } from "ask-sdk-core";
import type { interfaces, Response } from "ask-sdk-model";
import { type PermissionRequest, spokenNumbers, type Turn } from "../dialog/context";
import type { Translate } from "../i18n/translator";
import { spokenText } from "../speech/reply";
import { toSsml } from "../speech/ssml";
import { writeState } from "../state/session-state";
import { noteShown } from "./screen";

export function respond(input: HandlerInput, t: Translate, turn: Turn): Response {
  const { reply } = turn;
  const numbers = spokenNumbers(t);
  const builder = input.responseBuilder.speak(toSsml(spokenText(reply), numbers));
  if (!reply.end) builder.reprompt(toSsml(reply.reprompt, numbers));
  if (reply.card) builder.withStandardCard(reply.card.title, reply.card.text);
  builder.withShouldEndSession(reply.end);
  if (turn.askFor) builder.addDirective(askForPermission(turn.askFor));
  noteShown(input, t, turn);

  if (input.requestEnvelope?.session) {
    const next = reply.end
      ? {}
      : { ...turn.state, said: { speech: reply.speech, question: reply.question, reprompt: reply.reprompt } };
    input.attributesManager.setSessionAttributes(writeState(next));
  }
  return builder.getResponse();
}

/** Alexa's voice permission prompt; its answer comes back as a Connections.Response named AskFor. */
function askForPermission({ scope, token }: PermissionRequest): interfaces.connections.SendRequestDirective {
  return {
    type: "Connections.SendRequest",
    name: "AskFor",
    payload: { "@type": "AskForPermissionsConsentRequest", "@version": "1", permissionScope: scope },
    token,
  };
}
