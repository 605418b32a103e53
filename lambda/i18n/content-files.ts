// In the Lambda bundle, what takes content.ts's place (scripts/build.mts): each namespace of each
// locale's prepared content is a file beside the bundle, written by the build, and read the first time
// a request needs a text from it. JSON.parse of a file costs a request less than the same data as code
// in the bundle; a launch reads the few namespaces it speaks from, and never another locale's files.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ContentTree, LocaleContent } from "./prepare-content";
import type { Locale } from "./resources";

/** The file, beside the bundle, that holds one namespace of `locale`'s prepared content. */
export function contentFileName(locale: string, namespace: string): string {
  return `content-${locale}.${namespace}.json`;
}

/** Each locale's namespaces, as the build wrote them. */
export type Namespaces = Readonly<Record<string, readonly string[]>>;

/** The bundle's folder. */
// import.meta.dirname, not a URL, whose parsing costs a first request more than the
// read. Node before 20.11 has no import.meta.dirname, and pays for the URL.
export const BESIDE_BUNDLE = import.meta.dirname ?? dirname(fileURLToPath(import.meta.url));

/** Each locale's content from its files in `dir`, each file read once, when a text from it is first wanted. */
export function contentReader(
  namespaces: Namespaces,
  dir = BESIDE_BUNDLE,
): (locale: Locale) => LocaleContent {
  const locales = new Map<Locale, LocaleContent>();
  return (locale) => {
    let content = locales.get(locale);
    if (!content) {
      content = {};
      for (const namespace of namespaces[locale] ?? []) {
        let tree: ContentTree | undefined;
        Object.defineProperty(content, namespace, {
          enumerable: true,
          get: () => {
            tree ??= JSON.parse(
              readFileSync(join(dir, contentFileName(locale, namespace)), "utf8"),
            ) as ContentTree;
            return tree;
          },
        });
      }
      locales.set(locale, content);
    }
    return content;
  };
}
