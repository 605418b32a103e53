// In the Lambda bundle, what takes the places of topic-name-data.ts and symptom-names.ts
// (scripts/build.mts): each locale's cause, treatment and sign names, read from its interaction model
// at build time, are a file beside the bundle, read the first time a request in that locale looks a
// name up. A launch never does, and no request reads another locale's names.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BESIDE_BUNDLE } from "../i18n/content-files";
import type { Locale } from "../i18n/resources";
import type { TopicName } from "./topic-names";

/** The file, beside the bundle, that holds `locale`'s names. */
export function namesFileName(locale: string): string {
  return `names-${locale}.json`;
}

/** What a locale's names file holds: topic-name-data.ts's and symptom-names.ts's entries for it. */
export interface LocaleNames {
  topics: readonly TopicName[];
  signs: Readonly<Record<string, readonly string[]>>;
}

type ByLocale<T> = Readonly<Record<Locale, T>>;

/** The two modules' tables, each locale's entry read from its file in `dir` on first use, once. */
export function namesReader(
  locales: readonly string[],
  dir = BESIDE_BUNDLE,
): { TOPIC_NAMES: ByLocale<LocaleNames["topics"]>; SYMPTOM_NAMES: ByLocale<LocaleNames["signs"]> } {
  const loaded = new Map<string, LocaleNames>();
  const read = (locale: string): LocaleNames => {
    let names = loaded.get(locale);
    if (!names) {
      names = JSON.parse(readFileSync(join(dir, namesFileName(locale)), "utf8")) as LocaleNames;
      loaded.set(locale, names);
    }
    return names;
  };
  const table = <K extends keyof LocaleNames>(key: K) => {
    const byLocale = {};
    for (const locale of locales) {
      Object.defineProperty(byLocale, locale, { enumerable: true, get: () => read(locale)[key] });
    }
    return byLocale as ByLocale<LocaleNames[K]>;
  };
  return { TOPIC_NAMES: table("topics"), SYMPTOM_NAMES: table("signs") };
}
