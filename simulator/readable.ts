// What Alexa would say, as readable text: SSML tags removed, entities decoded, numbers as numbers.
import type { ui } from "ask-sdk-model";

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function ssmlToText(ssml: string): string {
  return ssml
    .replace(/<[^>]+>/g, " ")
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/\s+/g, " ")
    .replace(/\s+([.,;:?!])/g, "$1")
    .trim();
}

export function outputText(speech: ui.OutputSpeech | undefined): string {
  if (!speech) return "";
  return speech.type === "SSML" ? ssmlToText(speech.ssml) : speech.text;
}
