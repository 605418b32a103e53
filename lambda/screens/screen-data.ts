// What one screen holds, as data for its APL document: every word comes from the turn (the words
// spoken) or from content through the translator, never a second copy. The layout is the document's.
import { questionCount } from "../check/red-flag-check";
import { RED_FLAGS } from "../content-lookup/red-flags";
import { knownSign } from "../dialog/check-dialog";
import type { Turn } from "../dialog/context";
import type { Screen, Touch } from "../dialog/screen";
import type { Translate } from "../i18n/translator";
import { spokenText } from "../speech/reply";

/** One kind of screen, one APL document each (documents.ts). */
export const SCREEN_KINDS = ["launch", "topic", "question", "outcome", "number"] as const;
export type ScreenKind = (typeof SCREEN_KINDS)[number];

export interface ShownNumber {
  label: string;
  digits: string;
}

export interface Button {
  label: string;
  /** What the button's SendEvent sends back: the intent it stands for (handlers/touch.ts). */
  touch: Touch;
}

export interface ScreenData {
  kind: ScreenKind;
  /** "emergency" tints the screen red. */
  tone: "plain" | "emergency";
  /** Empty on the check's question, where the progress stands instead. */
  title: string;
  /** The numbers to read from across the room, the first the largest. */
  numbers: ShownNumber[];
  /** In large type: the check's question; empty elsewhere. */
  headline: string;
  body: string;
  /** "Question 3 of 12" in the check; empty elsewhere. */
  progress: string;
  /** The emergency line under the check's question; empty elsewhere. */
  footer: string;
  buttons: Button[];
}

/** What the skill offers when nothing is pending: the launch's choices. */
const MENU_BUTTONS: readonly Touch[] = ["check", "causes", "treatments", "number"];
const ANSWER_BUTTONS: readonly Touch[] = ["yes", "no", "unsure"];
const OFFER_BUTTONS: readonly Touch[] = ["yes", "no"];

function buttons(t: Translate, touches: readonly Touch[]): Button[] {
  return touches.map((touch) => ({ label: t(`screen:buttons.${touch}`), touch }));
}

/** The buttons that answer an open turn's closing question as the voice would. */
function answerButtons(turn: Turn): readonly Touch[] {
  if (turn.reply.end) return [];
  switch (turn.state.pending?.kind) {
    case "list":
      return ["more"];
    case "offer":
    case "reminder":
      return OFFER_BUTTONS;
    case undefined:
      return MENU_BUTTONS;
  }
}

function clinicNumber(t: Translate): ShownNumber {
  return { label: t("screen:phone"), digits: t("clinic:phone") };
}

function blank(t: Translate, kind: ScreenKind, turn: Turn): ScreenData {
  return {
    kind,
    tone: "plain",
    title: t("clinic:name"),
    numbers: [],
    headline: "",
    body: spokenText(turn.reply),
    progress: "",
    footer: "",
    buttons: buttons(t, answerButtons(turn)),
  };
}

function named(t: Translate, turn: Turn, screen: Screen): ScreenData {
  switch (screen.kind) {
    case "launch":
      return { ...blank(t, "launch", turn), numbers: [clinicNumber(t)], buttons: buttons(t, MENU_BUTTONS) };
    case "number":
      return { ...blank(t, "number", turn), numbers: [clinicNumber(t)] };
    case "outcome": {
      const emergency = screen.tier === "emergency";
      const numbers = emergency
        ? [{ label: t("screen:emergency"), digits: t("clinic:emergencyNumber") }, clinicNumber(t)]
        : [clinicNumber(t)];
      return {
        ...blank(t, "outcome", turn),
        tone: emergency ? "emergency" : "plain",
        title: t(`check:outcomes.${screen.tier}.cardTitle`),
        numbers,
      };
    }
  }
}

/** The screen for `turn`: the one it names, the check's question while the check runs, else its words. */
export function screenData(t: Translate, turn: Turn): ScreenData {
  if (turn.screen) return named(t, turn, turn.screen);
  const place = turn.state.check;
  if (place && !turn.reply.end) {
    const total = questionCount(RED_FLAGS, knownSign(turn.state));
    return {
      ...blank(t, "question", turn),
      title: "",
      headline: turn.reply.question,
      body: turn.reply.speech,
      progress: t("screen:progress", { position: place.index + 1, total }),
      footer: t("check:ifEmergency"),
      buttons: buttons(t, ANSWER_BUTTONS),
    };
  }
  return blank(t, "topic", turn);
}
