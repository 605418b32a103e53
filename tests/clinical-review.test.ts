// The clinical review document (npm run review): generated from content/, it holds every line the
// skill can say, and every sentence it quotes is the clinic's article's own.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import additions from "../content/source/additions.json";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { listPages } from "../lambda/dialog/lists";
import { resources, SUPPORTED_LOCALES } from "../lambda/i18n/resources";
import { translatorFor } from "../lambda/i18n/translator";
import { pageSentence } from "../lambda/speech/list-pages";
import { reviewGroups, reviewHtml, reviewMarkdown, writeReview } from "../scripts/clinical-review";
import { t } from "./support/content";
import { readArticle } from "./support/model";

const groups = reviewGroups();
const markdown = reviewMarkdown(groups);
const html = reviewHtml(groups);
const ARTICLE = readArticle();

/** Every string key of a content namespace, except the article quotes kept beside the words. */
function contentKeys(ns: string, node: unknown, path: string[] = []): string[] {
  if (typeof node === "string") return [`${ns}:${path.join(".")}`];
  if (typeof node !== "object" || node === null || Array.isArray(node)) return [];
  return Object.entries(node)
    .filter(([name]) => name !== "source" && !name.endsWith("Source"))
    .flatMap(([name, value]) => contentKeys(ns, value, [...path, name]));
}

const KEYS = SUPPORTED_LOCALES.flatMap((locale) =>
  Object.entries(resources[locale]).flatMap(([ns, node]) => contentKeys(ns, node)),
);

/** The Markdown section under the heading that starts with `title`. */
function section(title: string): string {
  const start = markdown.indexOf(`\n## ${title}`);
  const end = markdown.indexOf("\n## ", start + 1);
  return start === -1 ? "" : markdown.slice(start, end === -1 ? undefined : end);
}

describe("the clinical review document", () => {
  it("holds every content key, in both the HTML and the Markdown", () => {
    expect(KEYS.length).toBeGreaterThan(100);
    for (const key of KEYS) {
      expect(markdown, key).toContain(`| \`${key}\` |`);
      expect(html, key).toContain(`<code>${key}</code>`);
    }
  });

  it("puts every line under a heading that says what it is for, none left under 'Anything else'", () => {
    expect(groups.find((group) => group.title === "Anything else")?.rows ?? []).toEqual([]);
    expect(section("A sign or a call for help said out loud")).toContain("`check:mention.said`");
    expect(section("A reminder to call the clinic")).toContain("`reminders:set`");
  });

  it("quotes only the article's own sentences", () => {
    const quoted = [...markdown.matchAll(/“([^”]+)”/g)].map((m) => m[1] as string);
    expect(new Set(quoted).size).toBeGreaterThan(20);
    for (const quote of quoted) expect(ARTICLE, quote).toContain(quote);
    const inHtml = [...html.matchAll(/<(q|blockquote)>([^<]+)<\/\1>/g)].map((m) => m[2] as string);
    expect(inHtml.length).toBeGreaterThan(20);
    for (const quote of inHtml) expect(ARTICLE).toContain(quote.replaceAll("&amp;", "&"));
  });

  it("gives each question, in the check's order and with its tier, its article sentences or why it was added", () => {
    const titles = groups.map((g) => g.title).filter((title) => title.startsWith("Question "));
    expect(titles).toEqual(
      RED_FLAGS.map((flag, i) =>
        expect.stringMatching(
          new RegExp(
            `^Question ${i + 1} of ${RED_FLAGS.length}, ${flag.tier}\\b.*: ${escapeRegExp(t(`check:questions.${flag.id}.ask`))}$`,
          ),
        ),
      ),
    );
    for (const [i, flag] of RED_FLAGS.entries()) {
      const text = section(`Question ${i + 1} of`);
      expect(text, flag.id).not.toContain("(conversation, no medical claim)");
      for (const form of ["ask", "plainer", "yes", "no", "mentioned"])
        expect(text).toContain(`\`check:questions.${flag.id}.${form}\``);
      expect(text).toContain(`reprompt of check:questions.${flag.id}`);
      expect(text).toContain(
        `${t(`check:questions.${flag.id}.ask`)} ${t("check:pleaseAnswer")} ${t("check:ifEmergency")}`,
      );
      const added = `check:questions.${flag.id}` in additions;
      expect(text.split("\n")[1]?.includes("(a clinical addition or change)"), flag.id).toBe(added);
    }
  });

  it("shows the warning signs list as read, each sign in its question's reviewed words, in every language", () => {
    const text = section("Topics from the article");
    expect(text).toContain("`topics:whenToSee.intro`");
    expect(text).toContain("the warning signs list");
    expect(section("The clinic")).toContain("`clinic:phone`");
    for (const locale of SUPPORTED_LOCALES) {
      const tr = translatorFor(locale);
      // Every page as the skill says it, so the clinic reviews the very sentences that are heard.
      for (const page of listPages(tr, locale, "warningSigns").pages)
        expect(text, locale).toContain(pageSentence(page, locale));
      for (const flag of RED_FLAGS) {
        const mentioned = tr(`check:questions.${flag.id}.mentioned`);
        // A sign that starts a sentence of its own is said with a capital.
        const sayings = [mentioned, mentioned.charAt(0).toUpperCase() + mentioned.slice(1)];
        expect(
          sayings.some((said) => text.includes(said)),
          `${locale} ${flag.id}`,
        ).toBe(true);
      }
    }
  });

  it("shows the re-ask after an unrecognised answer and after a sign not named, each with how to answer", () => {
    const text = section("Errors, and what the skill did not understand");
    for (const notCaught of ["check:notAnAnswer", "check:mention.unclearInCheck"])
      expect(text, notCaught).toContain(`${t(notCaught)} ${t("check:pleaseAnswer")} [the question`);
  });

  it("every reason for an addition belongs to content that exists, and each added question names its guideline", () => {
    for (const [key, addition] of Object.entries(additions)) {
      expect(
        KEYS.some((k) => k === key || k.startsWith(`${key}.`)),
        key,
      ).toBe(true);
      if (key.startsWith("check:questions."))
        expect((addition as { guideline?: string }).guideline, key).toBeTruthy();
      expect(markdown).toContain(addition.reason);
    }
  });

  it("has a column per locale and one for the clinician's initials and date, and escapes its HTML", () => {
    expect(markdown).toContain(
      `| Key | ${SUPPORTED_LOCALES.join(" | ")} | Where it comes from | Initials, date |`,
    );
    expect(html).toContain("<th>Initials, date</th>");
    expect(html).toContain("Spine &amp; Scoliosis Specialists");
    expect(html).not.toMatch(/Spine & Scoliosis/);
  });

  it("sets every line's translation beside its English, under the same article sentences", () => {
    const rows = groups.flatMap((g) => g.rows);
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      for (const locale of SUPPORTED_LOCALES) expect(row.texts[locale], `${row.key} ${locale}`).toBeTruthy();
    }
    // A translated snippet is backed by the quotes of its English twin (content/en-US holds them once).
    const overview = rows.find((row) => row.key === "topics:overview.speech");
    expect(overview?.quotes.length).toBeGreaterThan(0);
    for (const locale of SUPPORTED_LOCALES)
      expect(overview?.texts[locale]).toBe(translatorFor(locale)("topics:overview.speech"));
  });

  describe("npm run review", () => {
    const dir = mkdtempSync(join(tmpdir(), "review-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("writes the HTML document and its Markdown twin", () => {
      const files = writeReview(dir);
      expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
        "clinical-review.html",
        "clinical-review.md",
      ]);
      expect(readFileSync(join(dir, "clinical-review.html"), "utf8")).toBe(html);
      expect(readFileSync(join(dir, "clinical-review.md"), "utf8")).toBe(markdown);
    });
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
