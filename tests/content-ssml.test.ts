// Every string in content/, rendered the way the skill renders speech (i18next, then the SSML
// builder with the spoken numbers), is valid Alexa SSML, and content holds no markup of its own (the
// builder would escape it, and Alexa would read the tag aloud). A failure names the key.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { check } from "ssml-check-core";
import { describe, expect, it } from "vitest";
import { spokenNumbers } from "../lambda/dialog/context";
import { isQuoteList } from "../lambda/i18n/prepare-content";
import { SUPPORTED_LOCALES } from "../lambda/i18n/resources";
import { translatorFor } from "../lambda/i18n/translator";
import { toSsml } from "../lambda/speech/ssml";
import { ROOT, readJson } from "./support/model";

/** Each supported locale has a folder of content/ (content/*.json beside them hold ids, never words). */
const LOCALES = [...SUPPORTED_LOCALES];

/** Tags and entities: content is plain text, and code alone builds SSML (docs/design.md voice rules). */
const MARKUP = /<\/?[a-z][\w:-]*(\s[^>]*)?\/?>|&(#\d+|#x[\da-f]+|[a-z]+);/i;

/** Values for the placeholders a string uses; text ones carry characters SSML must escape. */
function sampleValues(raw: string): Record<string, string | number> {
  const names = [...raw.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1] as string);
  return Object.fromEntries(names.map((name) => [name, name === "count" ? 8 : `a "sample" & <${name}>`]));
}

/** Every string leaf of a content file, as [i18next key path, raw text]; article quotes are never spoken. */
function leaves(node: unknown, path: string[] = []): [string, string][] {
  if (typeof node === "string") return [[path.join("."), node]];
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    isQuoteList(key, value) ? [] : leaves(value, [...path, key]),
  );
}

describe.each(LOCALES)("content/%s", (locale) => {
  const t = translatorFor(locale);
  const numbers = spokenNumbers(t);
  const files = readdirSync(join(ROOT, "content", locale)).filter((f) => f.endsWith(".json"));

  it("has content to check", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)("%s: every string is valid Alexa SSML once rendered", async (file) => {
    const ns = file.replace(/\.json$/, "");
    const strings = leaves(readJson<unknown>(`content/${locale}/${file}`));
    expect(strings.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const [path, raw] of strings) {
      const key = `${ns}:${path}`;
      if (MARKUP.test(raw))
        problems.push(`${key}: looks like SSML or XML markup in "${raw}"; content is plain text`);
      const text = t(key, sampleValues(raw));
      if (/{{|\$t\(/.test(text)) problems.push(`${key}: unresolved placeholder in "${text}"`);
      const ssml = `<speak>${toSsml(text, numbers)}</speak>`;
      const errors = await check(ssml, { platform: "amazon" });
      if (errors) problems.push(`${key}: invalid SSML ${JSON.stringify(errors)} in ${ssml}`);
    }
    expect(problems).toEqual([]);
  });
});
