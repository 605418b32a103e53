// What takes content.ts's and i18next-setup.ts's places in the Lambda bundle (scripts/build.mts), run
// in process over the files the build wrote: the content a locale's file holds is the content prepared
// in process, read once; the i18next chunk translates a text with values as i18next does in process.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentFor } from "../lambda/i18n/content";
import { contentFileName, contentReader } from "../lambda/i18n/content-files";
import { i18nextFrom } from "../lambda/i18n/i18next-chunk";
import { createI18n } from "../lambda/i18n/i18next-setup";
import { SUPPORTED_LOCALES } from "../lambda/i18n/resources";
import { BUNDLE, contentFile } from "../scripts/build.mts";

const SAMPLE_VALUES = { count: 7 };

describe.each(SUPPORTED_LOCALES)("beside the bundle, %s", (locale) => {
  it("the locale's content file holds the content prepared in process, read once", () => {
    const dir = mkdtempSync(join(tmpdir(), "content-"));
    copyFileSync(contentFile(locale), join(dir, contentFileName(locale)));
    const fromFile = contentReader(dir);
    const first = fromFile(locale);
    expect(first).toEqual(contentFor(locale));
    // Read once: the file gone, the locale's content is still there.
    rmSync(join(dir, contentFileName(locale)));
    expect(fromFile(locale)).toBe(first);
  });

  it("the i18next chunk fills in a text with values as i18next does in process", () => {
    const resources = { [locale]: contentFor(locale) };
    const fromChunk = i18nextFrom(dirname(BUNDLE))(resources);
    const inProcess = createI18n(resources);
    const text = fromChunk.t("check:intro", { lng: locale, ...SAMPLE_VALUES });
    expect(text).toContain(String(SAMPLE_VALUES.count));
    expect(text).toBe(inProcess.t("check:intro", { lng: locale, ...SAMPLE_VALUES }));
  });
});
