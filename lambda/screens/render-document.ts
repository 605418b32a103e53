// The screens chunk's entry: a turn as an Alexa.Presentation.APL.RenderDocument directive, its
// kind's document with the turn's words as the datasource. scripts/build.mts builds this chunk
// apart from the bundle; lambda/skill/screen.ts imports it only for a device with a screen.
import type { interfaces } from "ask-sdk-model";
import type { Turn } from "../dialog/context";
import type { Translate } from "../i18n/translator";
import { DOCUMENTS } from "./documents";
import { screenData } from "./screen-data";

const SCREEN_TOKEN_PREFIX = "backSpasmGuide.";

export function renderDocument(
  t: Translate,
  turn: Turn,
): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  const screen = screenData(t, turn);
  return {
    type: "Alexa.Presentation.APL.RenderDocument",
    token: `${SCREEN_TOKEN_PREFIX}${screen.kind}`,
    document: DOCUMENTS[screen.kind],
    datasources: { screen },
  };
}
