// Content strings for assertions, read from content/ so a wording change needs no test change; in the
// language of the test run (support/locale.ts).
import { translatorFor } from "../../lambda/i18n/translator";
import { TEST_LOCALE } from "./locale";

export const t = translatorFor(TEST_LOCALE);
export const PHONE = t("clinic:phone");
export const CLINIC = t("clinic:name");
export const EMERGENCY = t("clinic:emergencyNumber");

/** How often `needle` occurs in `text`. */
export function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}
