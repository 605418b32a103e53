// In the Lambda bundle, what takes topic-name-data.ts's place (scripts/build.mts): each locale's cause
// and treatment names, read from its interaction model at build time, are a file beside the
// bundle, read the first time a request in that locale looks a name up. A launch never does, and no
// request reads another locale's names.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BESIDE_BUNDLE } from "../i18n/content-files";
import type { Locale } from "../i18n/resources";
import type { TopicName } from "./topic-names";

/** The file, beside the bundle, that holds `locale`'s names. */
export function namesFileName(locale: string): string {
  return `names-${locale}.json`;
}

/** What a locale's names file holds. */
export interface LocaleNames {
  topics: readonly TopicName[];
}

type ByLocale = Readonly<Record<Locale, readonly TopicName[]>>;

/** topic-name-data.ts's table, each locale's entry read from its file in `dir` on first use. */
export function namesReader(locales: readonly string[], dir = BESIDE_BUNDLE): { TOPIC_NAMES: ByLocale } {
  const loaded = new Map<string, LocaleNames>();
  const read = (locale: string): LocaleNames => {
    let names = loaded.get(locale);
    if (!names) {
      names = JSON.parse(readFileSync(join(dir, namesFileName(locale)), "utf8")) as LocaleNames;
      loaded.set(locale, names);
    }
    return names;
  };
  const topics = {};
  for (const locale of locales) {
    Object.defineProperty(topics, locale, { enumerable: true, get: () => read(locale).topics });
  }
  return { TOPIC_NAMES: topics as ByLocale };
}
