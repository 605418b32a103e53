// In the Lambda bundle, this module takes content.ts's place (scripts/build.mts): each locale's prepared
// content is a file beside the bundle, written by the build, and read the first time a request in that
// locale needs it. JSON.parse of a file costs an English request less than the same data as code in
// the bundle, and another locale's file is never read for it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { LocaleContent } from "./prepare-content";
import type { Locale } from "./resources";

/** The file, beside the bundle, that holds `locale`'s prepared content. */
export function contentFileName(locale: string): string {
  return `content-${locale}.json`;
}

/** Reads each locale's content from its file in `dir` once, on first use. */
export function contentReader(dir: string): (locale: Locale) => LocaleContent {
  const loaded = new Map<Locale, LocaleContent>();
  return (locale) => {
    let content = loaded.get(locale);
    if (!content) {
      content = JSON.parse(readFileSync(join(dir, contentFileName(locale)), "utf8")) as LocaleContent;
      loaded.set(locale, content);
    }
    return content;
  };
}

// import.meta.dirname (Node 20.11+), not a URL: parsing one costs a first request more than the read.
export const contentFor = contentReader(import.meta.dirname);
