// The one list of locales the skill speaks: the skill, the simulator, the tests (vitest.config.mts
// reads it, hence an ES module of its own) and the package script loop over it. Any other locale is
// answered in the default.
export const SUPPORTED_LOCALES = ["en-US", "es-US"] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en-US";
