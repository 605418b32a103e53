// Content strings for assertions, read from content/ so a wording change needs no test change.
import { translatorFor } from "../../lambda/i18n/translator";

export const t = translatorFor("en-US");
export const PHONE = t("clinic:phone");
export const CLINIC = t("clinic:name");
export const EMERGENCY = t("clinic:emergencyNumber");

/** How often `needle` occurs in `text`. */
export function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}
