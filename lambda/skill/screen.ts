// On a device with a screen, each turn also shows what is said. respond() notes the turn it sent; this
// response interceptor then adds the screen (an Alexa.Presentation.APL.RenderDocument directive) from
// the screens chunk (lambda/screens/, built apart like the reminders chunk). A device without a screen
// never loads the chunk and its response is left exactly as it was.
import type { HandlerInput, ResponseInterceptor } from "ask-sdk-core";
import type { Turn } from "../dialog/context";
import type { Translate } from "../i18n/translator";
import { supportsScreen } from "./request-fields";
import { noteScreen } from "./request-log";

const SHOWN_KEY = "shownTurn";

interface Shown {
  t: Translate;
  turn: Turn;
}

/** The turn this request answers with, for the screen. */
export function noteShown(input: HandlerInput, t: Translate, turn: Turn): void {
  input.attributesManager.getRequestAttributes()[SHOWN_KEY] = { t, turn } satisfies Shown;
}

export const showScreen: ResponseInterceptor = {
  async process(input, response) {
    if (!response || !supportsScreen(input.requestEnvelope)) return;
    const shown = input.attributesManager.getRequestAttributes()[SHOWN_KEY] as Shown | undefined;
    // Alexa's permission prompt takes the device over: no screen beside it.
    if (!shown || shown.turn.askFor) return;
    try {
      const { renderDocument } = await import("../screens/render-document");
      response.directives = [...(response.directives ?? []), renderDocument(shown.t, shown.turn)];
      noteScreen(input, "shown");
    } catch {
      // The screen only repeats what is said: without it, the person still hears every word.
      noteScreen(input, "failed");
    }
  },
};
