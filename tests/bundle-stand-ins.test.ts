// What takes content.ts's and i18next-setup.ts's places in the Lambda bundle (scripts/build.mts), run
// in process over the files the build wrote (the bundle itself, told each locale's namespaces by the
// build, is run from beside its files by tests/bundle-chunks.test.ts): the content a locale's file holds is the content prepared
// in process, read once; the i18next chunk translates a text with values as i18next does in process.
import { copyFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { namesReader } from "../lambda/content-lookup/name-files";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { SYMPTOM_NAMES } from "../lambda/content-lookup/symptom-names";
import { TOPIC_NAMES } from "../lambda/content-lookup/topic-name-data";
import { contentFor } from "../lambda/i18n/content";
import { contentFileName, contentReader } from "../lambda/i18n/content-files";
import { i18nextBeside } from "../lambda/i18n/i18next-chunk";
import { createI18n } from "../lambda/i18n/i18next-setup";
import { SUPPORTED_LOCALES } from "../lambda/i18n/resources";
import { BUNDLE, contentFiles } from "../scripts/build.mts";
import { scratchDir } from "./support/scratch-dir";

const SAMPLE_VALUES = { count: 7 };

describe.each(SUPPORTED_LOCALES)("beside the bundle, %s", (locale) => {
  it("the locale's content files hold the content prepared in process, each read once", () => {
    const dir = scratchDir("content-");
    for (const file of contentFiles(locale)) copyFileSync(file, join(dir, basename(file)));
    const namespaces = Object.keys(contentFor(locale));
    const fromFiles = contentReader({ [locale]: namespaces }, dir);
    expect(Object.keys(fromFiles(locale)).sort()).toEqual([...namespaces].sort());
    const first = Object.fromEntries(namespaces.map((ns) => [ns, fromFiles(locale)[ns]]));
    expect(first).toEqual(contentFor(locale));
    // Read once: the files gone, the locale's content is still there.
    for (const file of contentFiles(locale)) rmSync(join(dir, basename(file)));
    for (const ns of namespaces) expect(fromFiles(locale)[ns]).toBe(first[ns]);
  });

  it("reads a namespace's file only when a text from it is wanted", () => {
    const dir = scratchDir("content-");
    const namespaces = Object.keys(contentFor(locale));
    const [wanted = "", other = ""] = namespaces;
    for (const file of contentFiles(locale)) copyFileSync(file, join(dir, basename(file)));
    const fromFiles = contentReader({ [locale]: namespaces }, dir);
    // Another namespace's file broken after its locale was first asked for: nothing reads it until a
    // text from it is wanted.
    writeFileSync(join(dir, contentFileName(locale, other)), "not JSON");
    expect(fromFiles(locale)[wanted]).toEqual(contentFor(locale)[wanted]);
    expect(() => fromFiles(locale)[other]).toThrow(SyntaxError);
  });

  it("the locale's names file holds the names read from its interaction model in process", () => {
    const { TOPIC_NAMES: topics, SYMPTOM_NAMES: signs } = namesReader([locale], dirname(BUNDLE));
    expect(topics[locale]).toEqual(TOPIC_NAMES[locale]);
    expect(TOPIC_NAMES[locale].length).toBeGreaterThan(0);
    expect(signs[locale]).toEqual(SYMPTOM_NAMES[locale]);
    expect(Object.keys(SYMPTOM_NAMES[locale])).toEqual(RED_FLAGS.map((flag) => flag.id));
  });

  it("the i18next chunk fills in a text with values as i18next does in process", () => {
    const resources = { [locale]: contentFor(locale) };
    const fromChunk = i18nextBeside(BUNDLE)(resources);
    const inProcess = createI18n(resources);
    const text = fromChunk.t("check:intro", { lng: locale, ...SAMPLE_VALUES });
    expect(text).toContain(String(SAMPLE_VALUES.count));
    expect(text).toBe(inProcess.t("check:intro", { lng: locale, ...SAMPLE_VALUES }));
  });
});
