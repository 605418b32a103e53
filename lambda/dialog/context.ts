// What every dialog function gets, and what it gives back. No ASK SDK types here.
import type { Locale } from "../i18n/resources";
import type { Translate } from "../i18n/translator";
import type { Reply } from "../speech/reply";
import type { SpokenNumber } from "../speech/ssml";
import type { SessionState } from "../state/session-state";
import type { Screen } from "./screen";

export interface Context {
  t: Translate;
  locale: Locale;
  state: SessionState;
}

export interface Turn {
  reply: Reply;
  /** The state for the next turn (`said` is filled in when the reply is sent). */
  state: SessionState;
  /** Alexa asks the person for this permission after the reply; the answer comes back with `token`. */
  askFor?: PermissionRequest;
  /** What a device with a screen shows, where the reply alone does not tell (dialog/screen.ts). */
  screen?: Screen;
}

export interface PermissionRequest {
  scope: string;
  token: string;
}

/** The numbers read digit by digit wherever they appear: the clinic's (with pauses) and the emergency number. */
export function spokenNumbers(t: Translate): SpokenNumber[] {
  return [
    { digits: t("clinic:phone"), pause: true },
    { digits: t("clinic:emergencyNumber"), pause: false },
  ];
}

/** The clinic's card for the Alexa app. */
export function clinicCard(t: Translate) {
  return { title: t("clinic:card.title"), text: t("clinic:card.text") };
}

/** An open turn from content keys `${key}.speech|question|reprompt`. */
export function openTurn(t: Translate, key: string, state: SessionState, speechPrefix?: string): Turn {
  const speech = t(`${key}.speech`);
  return {
    reply: {
      end: false,
      speech: speechPrefix ? `${speechPrefix} ${speech}` : speech,
      question: t(`${key}.question`),
      reprompt: t(`${key}.reprompt`),
    },
    state,
  };
}

/** `key`'s text, then the offer of the clinic's number: a "yes" gives it. */
export function offerNumberTurn(t: Translate, key: string): Turn {
  return openTurn(t, key, { pending: { kind: "offer", offer: "number" } });
}

/** A lead-in sentence, then "What would you like to know?"; nothing pending. */
export function menuTurn(t: Translate, lead: string): Turn {
  return {
    reply: {
      end: false,
      speech: lead,
      question: t("conversation:menu.question"),
      reprompt: t("conversation:menu.reprompt"),
    },
    state: {},
  };
}
