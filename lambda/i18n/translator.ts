// One i18next instance per cold start, initialised synchronously from the bundled content/, and a
// fixed translator per request locale. (The official samples re-initialise i18next on every request
// without awaiting it; this never does.)
import i18next, { type i18n as I18n } from "i18next";
import { type Locale, resources, SUPPORTED_LOCALES } from "./resources";

/** A translator for one locale. Throws on a missing key rather than speaking the key aloud. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export const DEFAULT_LOCALE: Locale = "en-US";

let instance: I18n | undefined;

function i18n(): I18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources,
      lng: DEFAULT_LOCALE,
      fallbackLng: DEFAULT_LOCALE,
      supportedLngs: [...SUPPORTED_LOCALES],
      ns: Object.keys(resources[DEFAULT_LOCALE]),
      defaultNS: "conversation",
      initAsync: false,
      // SSML escaping happens once, in speech/ssml.ts; HTML-escaping here would garble it.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return instance;
}

/** The locale the skill answers in: the request's if supported, else the default. */
export function resolveLocale(requested: unknown): Locale {
  return (SUPPORTED_LOCALES as readonly unknown[]).includes(requested)
    ? (requested as Locale)
    : DEFAULT_LOCALE;
}

// Content does not change while the process lives, so a key without values always gives the same
// text: keep it, per locale. (Resolving it afresh was most of the warm request time.)
const fixedTexts = new Map<Locale, Map<string, string>>();

export function translatorFor(requested: unknown): Translate {
  const lng = resolveLocale(requested);
  const t = i18n().getFixedT(lng);
  const cache = fixedTexts.get(lng) ?? new Map<string, string>();
  fixedTexts.set(lng, cache);
  return (key, values) => {
    const known = values === undefined ? cache.get(key) : undefined;
    if (known !== undefined) return known;
    if (!i18n().exists(key, { lng })) throw new Error(`Missing content key "${key}" for ${lng}`);
    const text = t(key, values);
    if (values === undefined) cache.set(key, text);
    return text;
  };
}
