// Content: every snippet comes from the article, every fact lives in one place, and every cause,
// red flag and treatment the article names can be reached by voice.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CAUSE_IDS, TREATMENT_IDS } from "../lambda/content-lookup/lists";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { cause, treatment } from "./support/fills";
import { ROOT, readArticle, readJson, slotType } from "./support/model";
import { Conversation } from "./support/skill";

interface Snippet {
  label: string;
  speech: string;
}
const topics = readJson<{ cause: Record<string, Snippet>; treatment: Record<string, Snippet> }>(
  "content/en-US/topics.json",
);
const clinic = readJson<Record<string, string>>("content/en-US/clinic.json");
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

const contentFiles = [
  ...readdirSync(join(ROOT, "content/en-US")).map((f) => `content/en-US/${f}`),
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
  const facts = [clinic.phone, clinic.name, clinic.emergencyNumber] as string[];

  it.each(facts)("%s is written once in content and never in code", (fact) => {
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
    expect(ARTICLE).toContain(clinic.phone?.replaceAll("-", "."));
    expect(ARTICLE).toContain(clinic.name);
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

  it("all 14 causes are in the content, in the model's CauseType, and answered by CauseIntent", async () => {
    expect([...CAUSE_IDS].sort()).toEqual(Object.values(causeHeadings).sort());
    expect(
      slotType("CauseType")
        .values.map((v) => v.id)
        .sort(),
    ).toEqual([...CAUSE_IDS].sort());
    const conversation = new Conversation();
    for (const id of CAUSE_IDS) {
      const heard = await conversation.say("CauseIntent", cause(id));
      expect(heard.text).toContain(topics.cause[id]?.speech);
    }
  });

  it("all 4 treatments are in the content, in TreatmentType, and answered by TreatmentIntent", async () => {
    expect([...TREATMENT_IDS].sort()).toEqual(Object.values(treatmentHeadings).sort());
    expect(
      slotType("TreatmentType")
        .values.map((v) => v.id)
        .sort(),
    ).toEqual([...TREATMENT_IDS].sort());
    const conversation = new Conversation();
    for (const id of TREATMENT_IDS) {
      const heard = await conversation.say("TreatmentIntent", treatment(id));
      expect(heard.text).toContain(topics.treatment[id]?.speech);
    }
  });

  it("every red flag the article names is a question in the check", () => {
    const ids = RED_FLAGS.map((f) => f.id);
    for (const questionIds of Object.values(redFlagHeadings)) {
      for (const id of questionIds) expect(ids).toContain(id);
    }
    for (const id of ids) expect(check.questions[id]?.ask).toMatch(/\?$/);
  });
});
