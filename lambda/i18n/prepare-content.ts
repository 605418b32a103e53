// The content as the skill serves it, made from content/ once: the article quotes that back each
// snippet (`source`, `outroSource`: only tests read them) left out, and every text that takes no
// values resolved by i18next itself, its `$t(...)` references filled in. Texts with values
// (`{{count}}`) stay as written, for i18next to fill in at run time. A reference to a key that does
// not exist fails here, so it fails the build rather than being spoken.
//
// scripts/build.mts runs this at build time and bundles the result as data (content.ts's place);
// in process (tests, the simulator, the server's source) content.ts runs it when first imported.
import type { Resource } from "i18next";
import { createI18n } from "./i18next-setup";

export interface ContentTree {
  [key: string]: string | ContentTree;
}
/** One locale's content, by namespace. */
export type LocaleContent = Record<string, ContentTree>;
export type PreparedContent = Record<string, LocaleContent>;

/** Marks a text that takes values when it is spoken. */
export const VALUE_MARK = "{{";
const REFERENCE = /\$t\(([^,)]+)/g;

/** The article quotes a snippet is checked against (tests/content.test.ts): never spoken. */
export function isQuoteList(key: string, value: unknown): boolean {
  return /source$/i.test(key) && Array.isArray(value);
}

export function prepareContent(raw: Resource): PreparedContent {
  const i18n = createI18n(raw);
  const prepared: PreparedContent = {};

  function prepare(lng: string, ns: string, path: string[], node: unknown): string | ContentTree {
    const key = `${ns}:${path.join(".")}`;
    if (typeof node === "string") {
      for (const [, reference = ""] of node.matchAll(REFERENCE)) {
        if (!i18n.exists(reference.trim(), { lng })) {
          throw new Error(`content ${lng} ${key} refers to "${reference}", which does not exist`);
        }
      }
      if (node.includes(VALUE_MARK)) return node;
      const text = i18n.t(key, { lng });
      // A reference to a text that takes values leaves it for run time too.
      return text.includes(VALUE_MARK) ? node : text;
    }
    if (typeof node !== "object" || node === null || Array.isArray(node)) {
      throw new Error(`content ${lng} ${key} must be text or a group of texts`);
    }
    const tree: ContentTree = {};
    for (const [name, child] of Object.entries(node)) {
      if (!isQuoteList(name, child)) tree[name] = prepare(lng, ns, [...path, name], child);
    }
    return tree;
  }

  for (const [lng, namespaces] of Object.entries(raw)) {
    prepared[lng] = {};
    for (const [ns, tree] of Object.entries(namespaces)) {
      (prepared[lng] as LocaleContent)[ns] = prepare(lng, ns, [], tree) as ContentTree;
    }
  }
  return prepared;
}
