// The content the skill serves is prepared from content/ (at build time for the Lambda, one file per
// locale beside the bundle): the article quotes left out, texts without values resolved. Nothing a
// person hears may change, and the quotes, which only tests read, must not ship.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { createI18n } from "../lambda/i18n/i18next-setup";
import { isQuoteList, prepareContent, VALUE_MARK } from "../lambda/i18n/prepare-content";
import { resources, SUPPORTED_LOCALES } from "../lambda/i18n/resources";
import { MAX_KEPT_TEXTS, translatorFor } from "../lambda/i18n/translator";
import { BUNDLE, contentFile } from "../scripts/build.mts";

interface Leaf {
  key: string;
  value: unknown;
  quote: boolean;
}

function leaves(node: unknown, prefix: string): Leaf[] {
  return Object.entries(node as Record<string, unknown>).flatMap(([name, value]) => {
    const key = prefix.endsWith(":") ? `${prefix}${name}` : `${prefix}.${name}`;
    if (isQuoteList(name, value)) return [{ key, value, quote: true }];
    return typeof value === "object" && value !== null ? leaves(value, key) : [{ key, value, quote: false }];
  });
}

const SAMPLE_VALUES = { count: 7, about: "a sample answer" };

/** A text as esbuild may print it in a bundle: non-ASCII as \u escapes, split at line breaks. */
function bundledForms(text: string): string[] {
  const ascii = text.replace(/[^\x20-\x7e\n]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return [...new Set([text, ascii, JSON.stringify(text).slice(1, -1)])];
}

/** Every file the Lambda ships (the bundle, its chunks, the content files), as text. */
const shipped = readdirSync(dirname(BUNDLE))
  .filter((file) => !file.endsWith(".map"))
  .map((file) => readFileSync(join(dirname(BUNDLE), file), "utf8"));
const bundle = readFileSync(BUNDLE, "utf8");

/** The text at `key` ("namespace:a.b") in a locale's content file as the Lambda reads it. */
function shippedText(locale: string, key: string): unknown {
  const [ns = "", path = ""] = key.split(":");
  const content: unknown = JSON.parse(readFileSync(contentFile(locale, ns), "utf8"));
  return path
    .split(".")
    .reduce<unknown>(
      (node, part) =>
        typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined,
      content,
    );
}

describe.each(SUPPORTED_LOCALES)("prepared content, %s", (locale) => {
  const raw = createI18n(resources);
  const t = translatorFor(locale);
  const all = Object.entries(resources[locale]).flatMap(([ns, tree]) => leaves(tree, `${ns}:`));
  const texts = all.filter((leaf) => !leaf.quote);
  const quotes = all.filter((leaf) => leaf.quote).flatMap((leaf) => leaf.value as string[]);

  it("reads every text exactly as i18next reads content/ as written", () => {
    expect(texts.length).toBeGreaterThan(100);
    for (const { key, value } of texts) {
      const values = String(value).includes(VALUE_MARK) ? SAMPLE_VALUES : undefined;
      expect(t(key, values), key).toBe(raw.t(key, { lng: locale, ...values }));
    }
  });

  it("keeps the article quotes out of every file the Lambda ships", () => {
    expect(quotes.length).toBeGreaterThan(10);
    for (const quote of quotes) {
      for (const file of shipped) {
        for (const form of bundledForms(quote)) expect(file.includes(form), quote).toBe(false);
      }
    }
  });

  it("ships every text the skill says, resolved, in the locale's own content file, and none in the bundle", () => {
    for (const { key, value } of texts) {
      const text = String(value).includes(VALUE_MARK) ? String(value) : t(key);
      expect(shippedText(locale, key), key).toBe(text);
      if (text.length > 40) {
        expect(
          bundledForms(text).some((form) => bundle.includes(form)),
          `${key} in the bundle`,
        ).toBe(false);
      }
    }
  });
});

describe("preparing content", () => {
  it("fails on a reference to a text that does not exist, naming both", () => {
    const broken = { "en-US": { clinic: { name: "A clinic", card: { title: "$t(clinic:nmae)" } } } };
    expect(() => prepareContent(broken)).toThrow(/clinic:card\.title.*clinic:nmae/);
  });

  it("leaves out quote lists, resolves texts without values and keeps texts with values as written", () => {
    const content = {
      "en-US": {
        clinic: { name: "A clinic", greeting: "Welcome to $t(clinic:name).", source: ["A quote."] },
        check: { intro: "$t(clinic:name) asks {{count}} questions." },
      },
    };
    expect(prepareContent(content)).toEqual({
      "en-US": {
        clinic: { name: "A clinic", greeting: "Welcome to A clinic." },
        check: { intro: "$t(clinic:name) asks {{count}} questions." },
      },
    });
  });

  it("refuses content that is neither text nor a group of texts", () => {
    expect(() => prepareContent({ "en-US": { clinic: { towns: ["Greensboro"] } } })).toThrow(/clinic:towns/);
  });
});

describe("the translator", () => {
  const t = translatorFor("en-US");

  it("reads a key without a namespace from the default one, as i18next does", () => {
    expect(t("launch.speech")).toBe(t("conversation:launch.speech"));
  });

  it("refuses a key that names no text, rather than speaking the key", () => {
    expect(() => t("conversation:launch.nothing")).toThrow(
      /Missing content key "conversation:launch.nothing"/,
    );
    expect(() => t("nowhere:launch.speech")).toThrow(/Missing content key/);
  });

  it("gives the right text for values it has not kept, once it keeps no more", () => {
    for (let count = 0; count <= MAX_KEPT_TEXTS; count++) t("check:intro", { count });
    expect(t("check:intro", { count: MAX_KEPT_TEXTS + 7 })).toContain(String(MAX_KEPT_TEXTS + 7));
    expect(t("check:intro", { count: 3 })).toContain("3");
  });
});
