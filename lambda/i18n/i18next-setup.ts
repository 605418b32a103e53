// The one way an i18next instance is made, for the translator at run time and for preparing the
// content (prepare-content.ts), so both read texts exactly alike.
import i18next, { type i18n as I18n, type Resource } from "i18next";
import { DEFAULT_LOCALE, DEFAULT_NAMESPACE, SUPPORTED_LOCALES } from "./resources";

/** A ready i18next instance over `resources`, initialised synchronously. */
export function createI18n(resources: Resource): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...SUPPORTED_LOCALES],
    ns: [...new Set(Object.values(resources).flatMap((namespaces) => Object.keys(namespaces)))],
    defaultNS: DEFAULT_NAMESPACE,
    initAsync: false,
    // SSML escaping happens once, in speech/ssml.ts; HTML-escaping here would garble it.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
