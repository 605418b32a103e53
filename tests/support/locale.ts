// The locale a test run speaks: vitest.config.mts runs the conversation scenarios once per supported
// locale (the project's TEST_LOCALE), with the same test code; everything else runs in English.
import { DEFAULT_LOCALE, type Locale, SUPPORTED_LOCALES } from "../../lambda/i18n/resources";

function fromEnvironment(value: string | undefined): Locale {
  if (value === undefined || value === "") return DEFAULT_LOCALE;
  const locale = SUPPORTED_LOCALES.find((l) => l === value);
  if (!locale) throw new Error(`TEST_LOCALE=${value} is not one of ${SUPPORTED_LOCALES.join(", ")}`);
  return locale;
}

export const TEST_LOCALE: Locale = fromEnvironment(process.env.TEST_LOCALE);
