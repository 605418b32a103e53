// What an Echo Show would show, as text: the screen a response's RenderDocument directive carries
// (its datasource, the words the document lays out), and the button a typed label taps.
import type { interfaces, ResponseEnvelope } from "ask-sdk-model";
import type { Button, ScreenData } from "../lambda/screens/screen-data";

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

/** The screen sent with `envelope`, if any. */
export function shownScreen(envelope: ResponseEnvelope): ScreenData | undefined {
  const directive = envelope.response.directives?.find(
    (d): d is RenderDocument => d.type === "Alexa.Presentation.APL.RenderDocument",
  );
  return directive?.datasources?.screen as ScreenData | undefined;
}

/** The screen as lines of text: title, numbers, question, body, buttons, top to bottom as laid out. */
export function screenLines(screen: ScreenData): string[] {
  const tone = screen.tone === "emergency" ? ", red" : "";
  const numbers = screen.numbers.map((n, i) => `${n.label}: ${n.digits}${i === 0 ? "  (largest)" : ""}`);
  const buttons = screen.buttons.map((b) => `[ ${b.label} ]`).join(" ");
  return [
    `screen: ${screen.kind}${tone}`,
    screen.progress,
    ...(screen.kind === "outcome" ? [...numbers, screen.title] : [screen.title, ...numbers]),
    screen.headline,
    screen.body,
    screen.footer,
    buttons,
  ].filter((line) => line !== "");
}

/** The button whose label was typed (any case, spaces around ignored). */
export function buttonLabelled(screen: ScreenData | undefined, typed: string): Button | undefined {
  const wanted = typed.trim().toLowerCase();
  return screen?.buttons.find((b) => b.label.toLowerCase() === wanted);
}
