// The clinical review document: every line the skill can say, grouped as a listener meets them, each
// with where it comes from (the article's own sentences, or for the clinical additions their reason
// and guideline, from content/source/additions.json) and a column for the clinician's initials and
// date. Generated from content/, never kept by hand; one text column per supported locale.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import additions from "../content/source/additions.json";
import { TIERS } from "../lambda/check/red-flag-check";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { notAnAnswer, questionReprompt } from "../lambda/dialog/check-dialog";
import { listPages } from "../lambda/dialog/lists";
import { type Locale, resources, SUPPORTED_LOCALES } from "../lambda/i18n/resources";
import { translatorFor } from "../lambda/i18n/translator";
import { pageSentence } from "../lambda/speech/list-pages";

/** The locale whose content holds the article sentences each line comes from. */
const REFERENCE: Locale = "en-US";

/** Shown for a placeholder the skill fills in as it speaks. */
const PLACEHOLDERS = {
  count: "[number]",
  yes: "[what they said yes to]",
  no: "[what they said no to]",
};

export interface Addition {
  reason: string;
  guideline?: string;
}

export interface ReviewRow {
  /** The content key, or a description of a line the skill builds from several. */
  key: string;
  /** What the skill says, per locale. */
  texts: Record<Locale, string>;
  /** The article's sentences the line comes from. */
  quotes: readonly string[];
  /** Why it was added, for a line that is not (only) the article's. */
  addition?: Addition;
}

export interface ReviewGroup {
  title: string;
  rows: ReviewRow[];
  /** Where every line of the group comes from, when they all share it: said once, under the title. */
  shared?: Pick<ReviewRow, "quotes" | "addition">;
}

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Where quotes sit: `source` for a whole object, `<key>Source` for one of its strings. */
function isSourceKey(key: string): boolean {
  return key === "source" || key.endsWith("Source");
}

function quotesIn(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((q): q is string => typeof q === "string") : [];
}

interface Leaf {
  key: string;
  quotes: string[];
}

/** Every string the skill can say in `ns`, with the quotes nearest to it. */
function leaves(ns: string, node: Node, path: string[] = [], inherited: string[] = []): Leaf[] {
  const here = "source" in node ? quotesIn(node.source) : inherited;
  return Object.entries(node).flatMap(([name, value]): Leaf[] => {
    if (isSourceKey(name)) return [];
    const key = `${ns}:${[...path, name].join(".")}`;
    if (typeof value === "string") {
      const own = quotesIn(node[`${name}Source`]);
      return [{ key, quotes: own.length > 0 ? own : here }];
    }
    return isNode(value) ? leaves(ns, value, [...path, name], here) : [];
  });
}

const ADDITIONS: Readonly<Record<string, Addition>> = additions;

/** The addition that covers `key`: its own entry, or that of the nearest object holding it. */
function additionFor(key: string): Addition | undefined {
  const [ns, path = ""] = key.split(":");
  const parts = path.split(".");
  for (let n = parts.length; n > 0; n--) {
    const found = ADDITIONS[`${ns}:${parts.slice(0, n).join(".")}`];
    if (found) return found;
  }
  return undefined;
}

function texts(
  render: (t: ReturnType<typeof translatorFor>, locale: Locale) => string,
): Record<Locale, string> {
  return Object.fromEntries(
    SUPPORTED_LOCALES.map((locale) => [locale, render(translatorFor(locale), locale)]),
  ) as Record<Locale, string>;
}

function row(leaf: Leaf): ReviewRow {
  const addition = additionFor(leaf.key);
  return {
    key: leaf.key,
    texts: texts((t) => t(leaf.key, PLACEHOLDERS)),
    quotes: leaf.quotes,
    ...(addition ? { addition } : {}),
  };
}

/** The built reprompt of a question (what the listener hears, not one content key); `ask` is its row. */
function repromptRow(index: number, ask: ReviewRow | undefined): ReviewRow {
  const flag = RED_FLAGS[index];
  if (!flag) throw new RangeError(`No question ${index}`);
  return {
    key: `reprompt of check:questions.${flag.id} (built: ask, check:pleaseAnswer, check:ifEmergency)`,
    texts: texts((t) => questionReprompt(t, flag)),
    quotes: ask?.quotes ?? [],
    ...(ask?.addition ? { addition: ask.addition } : {}),
  };
}

/** Shown where the check's question follows in its plainer wording. */
const PLAINER_QUESTION = "[the question, in its plainer wording]";

/**
 * The built re-asks of the check (what the listener hears after something that is not an answer, and
 * after a sign it could not name): one renderer, so one row each.
 */
function reAskRows(): ReviewRow[] {
  const reAsk = (key: string, notCaught?: string) => ({
    key: `re-ask after ${key} (built: ${notCaught ?? "check:notAnAnswer"}, check:pleaseAnswer, the plainer question)`,
    texts: texts((t) => `${notAnAnswer(t, notCaught ? t(notCaught) : undefined)} ${PLAINER_QUESTION}`),
    quotes: [],
  });
  return [reAsk("an unrecognised answer"), reAsk("a sign not named", "check:mention.unclearInCheck")];
}

/**
 * The warning signs as "when should I see a specialist" reads them, a page a line: each tier's title,
 * then its signs, each in its question's `mentioned` words, reviewed with that question below.
 */
function warningSignsRow(): ReviewRow {
  const whenToSee = (resources[REFERENCE] as Record<string, Node>).topics?.whenToSee;
  return {
    key: "the warning signs list (built: topics:whenToSee.groups, then each sign's check:questions.<id>.mentioned)",
    texts: texts((t, locale) =>
      listPages(t, locale, "warningSigns")
        .pages.map((page) => pageSentence(page, locale))
        .join("\n"),
    ),
    quotes: isNode(whenToSee) ? quotesIn(whenToSee.source) : [],
  };
}

const inside =
  (...prefixes: string[]) =>
  (key: string) =>
    // A prefix is a key ("check:said"), or a whole namespace ("topics", whose keys are "topics:...").
    prefixes.some((p) => key === p || key.startsWith(`${p}.`) || key.startsWith(`${p}:`));

/** The document's groups, in the order a listener meets them; the first group a key fits takes it. */
function groupDefinitions(): {
  title: string;
  holds: (key: string) => boolean;
  question?: number;
  /** The group's rows with the built lines (what the skill says from several keys) in their place. */
  built?: (rows: ReviewRow[]) => ReviewRow[];
}[] {
  const t = translatorFor(REFERENCE);
  const questions = RED_FLAGS.map((flag, i) => ({
    title:
      `Question ${i + 1} of ${RED_FLAGS.length}, ${flag.tier}` +
      `${ADDITIONS[`check:questions.${flag.id}`] ? " (a clinical addition or change)" : ""}: ` +
      t(`check:questions.${flag.id}.ask`),
    holds: inside(`check:questions.${flag.id}`),
    question: i,
  }));
  return [
    { title: "Opening the skill", holds: inside("conversation:launch", "conversation:disclaimer") },
    {
      title: "Errors, and what the skill did not understand",
      holds: inside(
        "conversation:error",
        "conversation:fallback",
        "conversation:noPendingAnswer",
        "conversation:nothingToRepeat",
        "check:notAnAnswer",
        "check:restart",
        "topics:notCovered",
        "check:mention.unclear",
        "check:mention.unclearInCheck",
      ),
      built: (rows) => [...rows, ...reAskRows()],
    },
    {
      title: "Topics from the article",
      holds: inside("topics"),
      // The list as read, after the lines of "when should I see a specialist".
      built: (rows) => {
        const whenToSee = rows.filter((r) => r.key.startsWith("topics:whenToSee."));
        const rest = rows.filter((r) => !whenToSee.includes(r));
        const at = Math.max(0, rows.indexOf(whenToSee[0] as ReviewRow));
        return [...rest.slice(0, at), ...whenToSee, warningSignsRow(), ...rest.slice(at)];
      },
    },
    { title: "The clinic", holds: inside("clinic") },
    {
      title: "The red-flag check: opening, help and answers",
      holds: inside(
        "check:intro",
        "check:startOver",
        "check:pleaseAnswer",
        "check:ifEmergency",
        "check:help",
        "check:backToCheck",
        "check:said",
      ),
    },
    ...questions,
    ...TIERS.map((tier) => ({ title: `Outcome: ${tier}`, holds: inside(`check:outcomes.${tier}`) })),
    { title: "Outcome: no red flags", holds: inside("check:outcomes.none") },
    { title: "After an outcome, and its card", holds: inside("check:card") },
    {
      title: "A sign or a call for help said out loud",
      holds: inside("check:mention"),
    },
    { title: "Stopping or leaving the check", holds: inside("check:stop", "check:left", "check:getCare") },
    { title: "A reminder to call the clinic", holds: inside("reminders") },
    { title: "The rest of the conversation", holds: inside("conversation") },
    { title: "On a screen (Echo Show): buttons and labels", holds: (key) => key.startsWith("screen:") },
    { title: "Anything else", holds: () => true },
  ];
}

/** Every line the skill can say, in groups. */
export function reviewGroups(): ReviewGroup[] {
  const content = resources[REFERENCE] as Record<string, Node>;
  const definitions = groupDefinitions();
  const rows = definitions.map((): ReviewRow[] => []);
  for (const leaf of Object.entries(content).flatMap(([ns, node]) => leaves(ns, node))) {
    rows[definitions.findIndex((d) => d.holds(leaf.key))]?.push(row(leaf));
  }
  return definitions
    .map((d, i) => {
      const content = rows[i] ?? [];
      const question = d.question;
      if (question === undefined)
        return withShared({ title: d.title, rows: d.built ? d.built(content) : content });
      const ask = content.find((r) => r.key === `check:questions.${RED_FLAGS[question]?.id}.ask`);
      return withShared({ title: d.title, rows: [...content, repromptRow(question, ask)] });
    })
    .filter((g) => g.rows.length > 0);
}

function basisOf(r: Pick<ReviewRow, "quotes" | "addition">): string {
  return JSON.stringify([r.quotes, r.addition ?? null]);
}

/** Notes the basis every row of `group` shares, if there is one and it is not empty. */
function withShared(group: ReviewGroup): ReviewGroup {
  const first = group.rows[0];
  if (!first || group.rows.length < 2 || (first.quotes.length === 0 && !first.addition)) return group;
  const same = group.rows.every((r) => basisOf(r) === basisOf(first));
  return same
    ? { ...group, shared: { quotes: first.quotes, ...(first.addition ? { addition: first.addition } : {}) } }
    : group;
}

const INTRO = [
  "Every line the skill can say, generated from its content by `npm run review`: change the content, run it again.",
  "Beside each line: the sentences of the clinic's article it comes from, or, for what the article does not say, why it was added and the guideline behind it.",
  "Please initial and date each line you approve; mark anything to change.",
];

/** Where a line comes from, as parts to show; "as above" when it is the group's shared basis. */
function from(
  r: Pick<ReviewRow, "quotes" | "addition">,
  group: ReviewGroup,
  quote: (q: string) => string,
  bold: (s: string) => string,
): string[] {
  if (group.shared && r !== group.shared && basisOf(r) === basisOf(group.shared)) return ["(as above)"];
  const parts = r.quotes.map(quote);
  if (r.addition) parts.push(`${bold("Why:")} ${r.addition.reason}`);
  if (r.addition?.guideline) parts.push(`${bold("Guideline:")} ${r.addition.guideline}`);
  return parts.length > 0 ? parts : ["(conversation, no medical claim)"];
}

function markdownCell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", "<br>");
}

export function reviewMarkdown(groups: readonly ReviewGroup[]): string {
  const t = translatorFor(REFERENCE);
  const lines = [`# Clinical review: Back Spasm Guide, for ${t("clinic:name")}`, "", ...INTRO, ""];
  for (const group of groups) {
    lines.push(`## ${group.title}`, "");
    if (group.shared) {
      const shared = group.shared;
      lines.push(
        ...from(
          shared,
          group,
          (q) => `> “${q}”`,
          (b) => `**${b}**`,
        ).flatMap((p) => [p, ""]),
      );
    }
    lines.push(`| Key | ${SUPPORTED_LOCALES.join(" | ")} | Where it comes from | Initials, date |`);
    lines.push(`|---|${SUPPORTED_LOCALES.map(() => "---").join("|")}|---|---|`);
    for (const r of group.rows) {
      const said = SUPPORTED_LOCALES.map((l) => markdownCell(r.texts[l]));
      const basis = from(
        r,
        group,
        (q) => `“${q}”`,
        (s) => `**${s}**`,
      )
        .map(markdownCell)
        .join("<br>");
      lines.push(`| \`${r.key}\` | ${said.join(" | ")} | ${basis} |  |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("\n", "<br>");
}

export function reviewHtml(groups: readonly ReviewGroup[]): string {
  const t = translatorFor(REFERENCE);
  const title = escapeHtml(`Clinical review: Back Spasm Guide, for ${t("clinic:name")}`);
  const head = ["Key", ...SUPPORTED_LOCALES, "Where it comes from", "Initials, date"];
  const sections = groups.map((group) => {
    const rows = group.rows.map((r) => {
      const said = SUPPORTED_LOCALES.map((l) => `<td>${escapeHtml(r.texts[l])}</td>`).join("");
      const basis = from(
        r,
        group,
        (q) => `<q>${escapeHtml(q)}</q>`,
        (s) => `<strong>${escapeHtml(s)}</strong>`,
      ).join("<br>");
      return `<tr><td><code>${escapeHtml(r.key)}</code></td>${said}<td>${basis}</td><td class="sign"></td></tr>`;
    });
    const shared = group.shared
      ? from(
          group.shared,
          group,
          (q) => `<blockquote>${escapeHtml(q)}</blockquote>`,
          (b) => `<strong>${escapeHtml(b)}</strong>`,
        ).map((p) => (p.startsWith("<blockquote>") ? p : `<p>${p}</p>`))
      : [];
    return [
      `<h2>${escapeHtml(group.title)}</h2>`,
      ...shared,
      `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead>`,
      `<tbody>${rows.join("\n")}</tbody></table>`,
    ].join("\n");
  });
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${title}</title>`,
    "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%;margin-bottom:2em}",
    "th,td{border:1px solid #999;padding:.4em;vertical-align:top;text-align:left}",
    "code{font-size:.8em}q{font-style:italic}td.sign{min-width:8em}@media print{h2{break-before:auto}}</style>",
    `</head><body><h1>${title}</h1>`,
    ...INTRO.map((p) => `<p>${escapeHtml(p.replaceAll("`", ""))}</p>`),
    ...sections,
    "</body></html>",
    "",
  ].join("\n");
}

/** Writes clinical-review.html and its Markdown twin into `dir`; returns their paths. */
export function writeReview(dir: string): string[] {
  const groups = reviewGroups();
  mkdirSync(dir, { recursive: true });
  const files = [
    [join(dir, "clinical-review.html"), reviewHtml(groups)],
    [join(dir, "clinical-review.md"), reviewMarkdown(groups)],
  ] as const;
  for (const [path, text] of files) writeFileSync(path, text);
  return files.map(([path]) => path);
}
