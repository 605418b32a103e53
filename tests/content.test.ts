// Content: every snippet comes from the article, every fact lives in one place, and every cause,
// red flag and treatment the article names can be reached by voice.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CAUSE_IDS, TREATMENT_IDS } from "../lambda/content-lookup/lists";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from "../lambda/i18n/resources";
import { translatorFor } from "../lambda/i18n/translator";
import { cause, treatment } from "./support/fills";
import { modelFor, ROOT, readArticle, readJson, slotType } from "./support/model";
import { Conversation } from "./support/skill";

const topics = readJson<Record<string, unknown>>("content/en-US/topics.json");
const facts = readJson<Record<string, string>>("content/facts.json");
const check = readJson<{ questions: Record<string, { ask: string }> }>("content/en-US/check.json");

/** Every `source` / `outroSource` list in the topics content, with where it sits. */
function sources(node: unknown, path = "topics"): { path: string; quotes: string[] }[] {
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    /source$/i.test(key) && Array.isArray(value)
      ? [{ path: `${path}.${key}`, quotes: value as string[] }]
      : sources(value, `${path}.${key}`),
  );
}

function allStrings(node: unknown): string[] {
  if (typeof node === "string") return [node];
  if (typeof node !== "object" || node === null) return [];
  return Object.values(node).flatMap(allStrings);
}

const ARTICLE = readArticle();

/** Each locale's content files, by file name. */
const localeFiles = (locale: string) => readdirSync(join(ROOT, "content", locale)).sort();

const contentFiles = [
  ...SUPPORTED_LOCALES.flatMap((locale) => localeFiles(locale).map((f) => `content/${locale}/${f}`)),
  "content/facts.json",
  "content/lists.json",
  "content/red-flags.json",
];

describe("snippets and the article", () => {
  const withSources = sources(topics);

  it("every spoken topic snippet carries its source sentences", () => {
    const speeches = [
      "overview",
      "causes",
      "whenToSee",
      "specialistCare",
      "selfCare",
      ...CAUSE_IDS.map((id) => `cause.${id}`),
      ...TREATMENT_IDS.map((id) => `treatment.${id}`),
    ];
    for (const key of speeches) {
      expect(
        withSources.map((s) => s.path),
        key,
      ).toContain(`topics.${key}.source`);
    }
  });

  it.each(withSources)("$path quotes the article word for word", ({ quotes }) => {
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(ARTICLE).toContain(quote);
  });

  it("no content string holds SSML: code builds it", () => {
    for (const file of contentFiles) {
      for (const text of allStrings(readJson(file))) expect(text, file).not.toMatch(/<[a-z/!]/i);
    }
  });
});

describe("facts in exactly one place", () => {
  const written = [facts.phone, facts.name, facts.emergencyNumber] as string[];

  it.each(written)("%s is written once in content, for every language, and never in code", (fact) => {
    const inContent = contentFiles.reduce(
      (n, file) => n + readFileSync(join(ROOT, file), "utf8").split(fact).length - 1,
      0,
    );
    expect(inContent).toBe(1);
    const code = readdirSync(join(ROOT, "lambda"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"))
      .map((f) => readFileSync(join(ROOT, "lambda", f), "utf8"));
    for (const source of code) expect(source).not.toContain(fact);
  });

  it("the article's number is the clinic's number", () => {
    expect(ARTICLE).toContain(facts.phone?.replaceAll("-", "."));
    expect(ARTICLE).toContain(facts.name);
  });

  it.each(SUPPORTED_LOCALES)("%s says the name, the number and 911 as they are", (locale) => {
    const t = translatorFor(locale);
    expect(t("clinic:name")).toBe(facts.name);
    expect(t("clinic:phone")).toBe(facts.phone);
    expect(t("clinic:emergencyNumber")).toBe(facts.emergencyNumber);
    expect(t("clinic:card.text")).toContain(facts.phone);
  });
});

/** Every text of a content tree as key → text, the article quotes left out. */
function texts(node: unknown, path: string[] = []): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof node === "string") return found.set(path.join("."), node);
  if (typeof node !== "object" || node === null) return found;
  for (const [key, value] of Object.entries(node)) {
    if (/source$/i.test(key) && Array.isArray(value)) continue;
    for (const [k, v] of texts(value, [...path, key])) found.set(k, v);
  }
  return found;
}

/** What a text leaves for code or i18next to fill in: `{{values}}` and `$t(references)`. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{[^}]+\}\}|\$t\([^)]+\)/g)].map((m) => m[0]).sort();
}

const TRANSLATIONS = SUPPORTED_LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
/** Texts spelled the same in English and the translation, so rightly left as they are. */
const SAME_IN_BOTH: Readonly<Record<string, readonly string[]>> = { "es-US": ["No"] };

describe.each(TRANSLATIONS)("%s, a translation of the English", (locale) => {
  const english = localeFiles(DEFAULT_LOCALE);

  it("has the same files", () => {
    expect(localeFiles(locale)).toEqual(english);
  });

  it.each(english)("%s has every key of the English, and no other", (file) => {
    const theirs = texts(readJson(`content/${DEFAULT_LOCALE}/${file}`));
    const ours = texts(readJson(`content/${locale}/${file}`));
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
  });

  it.each(english)("%s fills in the same values and references as the English", (file) => {
    const theirs = texts(readJson(`content/${DEFAULT_LOCALE}/${file}`));
    for (const [key, text] of texts(readJson(`content/${locale}/${file}`))) {
      expect(placeholders(text), `${file} ${key}`).toEqual(placeholders(theirs.get(key) ?? ""));
    }
  });

  it.each(english)("%s is translated: no English text left as it was", (file) => {
    const theirs = texts(readJson(`content/${DEFAULT_LOCALE}/${file}`));
    for (const [key, text] of texts(readJson(`content/${locale}/${file}`))) {
      // A text that is only references (the card's title: the clinic's name) reads the same.
      if (text.replace(/\$t\([^)]+\)/g, "").trim() === "") continue;
      if (SAME_IN_BOTH[locale]?.includes(text)) continue;
      expect(text, `${file} ${key}`).not.toBe(theirs.get(key));
    }
  });

  it("points at the article through its English twin: no quotes of its own", () => {
    // The article is English; a line's quotes are written once, beside the English line, and the
    // translation of that line (the same key) is backed by the same sentences.
    for (const file of english) expect(sources(readJson(`content/${locale}/${file}`)), file).toEqual([]);
    for (const { path } of sources(topics)) {
      const key = path.replace(/^topics\./, "").replace(/\.?source$/i, "");
      const twin = key
        .split(".")
        .reduce<unknown>(
          (node, part) => (node as Record<string, unknown> | undefined)?.[part],
          readJson(`content/${locale}/topics.json`),
        );
      expect(twin, path).toBeDefined();
    }
  });
});

describe("coverage: what the article names can be asked for", () => {
  // The article's list headings, and the id each one is reached by.
  const causeHeadings: Record<string, string> = {
    "Age-Related Changes": "ageRelatedChanges",
    "Poor Posture": "poorPosture",
    "Heavy Lifting": "heavyLifting",
    Obesity: "obesity",
    Stress: "stress",
    Smoking: "smoking",
    "Herniated Disc": "herniatedDisc",
    "Spinal Stenosis": "spinalStenosis",
    Spondylolisthesis: "spondylolisthesis",
    Arthritis: "arthritis",
    "Lumbar Strain": "lumbarStrain",
    "imbalance in electrolytes": "electrolyteImbalance",
    dehydration: "dehydration",
    "not getting enough physical activity": "activityLevel",
  };
  const treatmentHeadings: Record<string, string> = {
    "Physical Therapy": "physicalTherapy",
    Medications: "medications",
    Injections: "injections",
    "Surgical Intervention": "surgery",
  };
  const redFlagHeadings: Record<string, string[]> = {
    "loss of bladder or bowel control": ["bladderBowel"],
    "numbness or weakness in one side of your body": ["numbnessWeakness"],
    "difficulty walking": ["walking"],
    Trauma: ["injury"],
    "Trouble starting or stopping urination": ["urination"],
    "Inability to Stand or Sit": ["standOrSit"],
    "Fever or Weight Loss": ["feverWeightLoss"],
    "No Relief After Rest": ["noRelief"],
  };

  it("the headings are the article's own", () => {
    for (const heading of [
      ...Object.keys(causeHeadings),
      ...Object.keys(treatmentHeadings),
      ...Object.keys(redFlagHeadings),
    ]) {
      expect(ARTICLE).toContain(heading);
    }
  });

  it.each(SUPPORTED_LOCALES)(
    "%s: all 14 causes are in the content, in CauseType, and answered by CauseIntent",
    async (locale) => {
      const t = translatorFor(locale);
      expect([...CAUSE_IDS].sort()).toEqual(Object.values(causeHeadings).sort());
      expect(
        slotType("CauseType", modelFor(locale))
          .values.map((v) => v.id)
          .sort(),
      ).toEqual([...CAUSE_IDS].sort());
      const conversation = new Conversation({ locale });
      for (const id of CAUSE_IDS) {
        const heard = await conversation.say("CauseIntent", cause(id));
        expect(heard.text).toContain(t(`topics:cause.${id}.speech`));
      }
    },
  );

  it.each(SUPPORTED_LOCALES)(
    "%s: all 4 treatments are in the content, in TreatmentType, and answered by TreatmentIntent",
    async (locale) => {
      const t = translatorFor(locale);
      expect([...TREATMENT_IDS].sort()).toEqual(Object.values(treatmentHeadings).sort());
      expect(
        slotType("TreatmentType", modelFor(locale))
          .values.map((v) => v.id)
          .sort(),
      ).toEqual([...TREATMENT_IDS].sort());
      const conversation = new Conversation({ locale });
      for (const id of TREATMENT_IDS) {
        const heard = await conversation.say("TreatmentIntent", treatment(id));
        expect(heard.text).toContain(t(`topics:treatment.${id}.speech`));
      }
    },
  );

  it("every red flag the article names is a question in the check", () => {
    const ids = RED_FLAGS.map((f) => f.id);
    for (const questionIds of Object.values(redFlagHeadings)) {
      for (const id of questionIds) expect(ids).toContain(id);
    }
    for (const id of ids) expect(check.questions[id]?.ask).toMatch(/\?$/);
  });
});
