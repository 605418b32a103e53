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

const loaded = new Map<Locale, LocaleContent>();

export function contentFor(locale: Locale): LocaleContent {
  let content = loaded.get(locale);
  if (!content) {
    // import.meta.dirname (Node 20.11+), not a URL: parsing one costs a first request more than the read.
    content = JSON.parse(
      readFileSync(join(import.meta.dirname, contentFileName(locale)), "utf8"),
    ) as LocaleContent;
    loaded.set(locale, content);
  }
  return content;
}
