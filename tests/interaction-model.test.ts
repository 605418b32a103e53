// The interaction models, one per locale: handled exactly by the skill, well-formed, and within
// Alexa's rules. The same tests run for every locale in SUPPORTED_LOCALES.
import { describe, expect, it } from "vitest";
import { CAUSE_IDS, TREATMENT_IDS } from "../lambda/content-lookup/lists";
import { labelKey } from "../lambda/dialog/lists";
import { CHECK_INTENT, HANDLED_INTENTS, TOPIC_INTENTS } from "../lambda/handlers/intents";
import { type Locale, SUPPORTED_LOCALES } from "../lambda/i18n/resources";
import { translatorFor } from "../lambda/i18n/translator";
import { modelFor, normalise, slotType } from "./support/model";
import {
  duplicateSamples,
  invocationNameProblems,
  sampleCharacterProblems,
  slotProblems,
  synonymProblems,
} from "./support/model-lint";

const REQUIRED_BUILT_INS = [
  "AMAZON.HelpIntent",
  "AMAZON.StopIntent",
  "AMAZON.CancelIntent",
  "AMAZON.NavigateHomeIntent",
  "AMAZON.FallbackIntent",
  "AMAZON.YesIntent",
  "AMAZON.NoIntent",
  "AMAZON.RepeatIntent",
  "AMAZON.StartOverIntent",
];

/** The phrases people in pain use to ask whether it is serious, in each language. */
const CHECK_PHRASES: Readonly<Record<Locale, readonly string[]>> = {
  "en-US": [
    "check my symptoms",
    "is this serious",
    "should i see a doctor",
    "do i need to go to the er",
    "i'm worried about my back",
    "run the red flag check",
  ],
  "es-US": [
    "revisa mis síntomas",
    "es grave esto",
    "debo ver a un médico",
    "tengo que ir a la sala de emergencias",
    "me preocupa mi espalda",
    "haz la revisión de señales de alarma",
  ],
};

/** The name a person says to open the skill, as a speaker of the language says it. */
const INVOCATION_NAMES: Readonly<Record<Locale, string>> = {
  "en-US": "back spasm guide",
  "es-US": "guía de espasmos de espalda",
};

/** Names Alexa would refuse in each language, each with the problem the lint must name. */
const BROKEN_NAMES: Readonly<Record<Locale, Record<string, readonly [string, string]>>> = {
  "en-US": {
    "one word": ["spasms", '"spasms" must be two or more lower-case words'],
    capitals: ["Back Spasm Guide", '"Back Spasm Guide" must be two or more lower-case words'],
    "a digit": ["back spasm 101", '"back spasm 101" must be two or more lower-case words'],
    "a launch word first": ["ask spasm guide", '"ask spasm guide" starts with a launch word'],
    "a launch word later": ["spasm guide launch", '"spasm guide launch" contains the launch word "launch"'],
    "a wake word": ["back spasm alexa", '"back spasm alexa" contains "alexa"'],
    "the word skill": ["back spasm skill", '"back spasm skill" contains "skill"'],
    "two words, one an article": [
      "the spasm",
      '"the spasm" is two words, one of them the article or preposition "the"',
    ],
  },
  "es-US": {
    "one word": ["espasmos", '"espasmos" must be two or more lower-case words'],
    capitals: ["Guía de espasmos", '"Guía de espasmos" must be two or more lower-case words'],
    "another language's letter": [
      "guía de espasmø",
      '"guía de espasmø" must be two or more lower-case words',
    ],
    "a launch word first": ["abre guía de espalda", '"abre guía de espalda" starts with a launch word'],
    "a launch word later": ["guía pídele espalda", '"guía pídele espalda" contains the launch word "pídele"'],
    "a wake word": ["guía de alexa", '"guía de alexa" contains "alexa"'],
    "the word skill": ["skill de espalda", '"skill de espalda" contains "skill"'],
    "two words, one a preposition": [
      "para espasmos",
      '"para espasmos" is two words, one of them the article or preposition "para"',
    ],
  },
};

describe.each(SUPPORTED_LOCALES)("the %s model", (locale) => {
  const model = modelFor(locale);
  const t = translatorFor(locale);

  describe("intents and handlers", () => {
    it("every intent in the model has a handler, and every handled intent is in the model", () => {
      const inModel = model.intents.map((i) => i.name).sort();
      expect(inModel).toEqual([...HANDLED_INTENTS].sort());
    });

    it("has the required built-ins and one of More or Next", () => {
      const names = model.intents.map((i) => i.name);
      for (const name of REQUIRED_BUILT_INS) expect(names).toContain(name);
      expect(names.some((n) => n === "AMAZON.MoreIntent" || n === "AMAZON.NextIntent")).toBe(true);
    });

    it("gives every custom intent at least 15 sample utterances", () => {
      for (const intent of model.intents.filter((i) => !i.name.startsWith("AMAZON."))) {
        expect(intent.samples?.length ?? 0, intent.name).toBeGreaterThanOrEqual(15);
      }
    });

    it("gives every topic intent, the clinic's number and the check at least 40 samples (issue 10)", () => {
      const names = [...Object.keys(TOPIC_INTENTS), CHECK_INTENT];
      const short = names
        .map((name) => [name, model.intents.find((i) => i.name === name)?.samples?.length ?? 0] as const)
        .filter(([, count]) => count < 40);
      expect(short).toEqual([]);
    });

    it("starts the red-flag check from the phrases people in pain use, and 15 more", () => {
      const check = model.intents.find((i) => i.name === CHECK_INTENT);
      const required = CHECK_PHRASES[locale];
      const said = (check?.samples ?? []).map(normalise);
      for (const phrase of required) expect(said).toContain(phrase);
      expect(said.length).toBeGreaterThanOrEqual(required.length + 15);
    });
  });

  describe("the model lint", () => {
    it.each([
      ["sample characters and spacing", sampleCharacterProblems],
      ["duplicate samples, within and across intents", duplicateSamples],
      ["slot references, declarations and types", slotProblems],
      ["slot value ids and shared synonyms", synonymProblems],
      ["the invocation name", invocationNameProblems],
    ])("finds nothing wrong with %s", (_, lint) => {
      expect(lint(model, locale)).toEqual([]);
    });
  });

  describe("names the skill says can be said back", () => {
    it.each([
      ["CauseType", CAUSE_IDS, "causes"],
      ["TreatmentType", TREATMENT_IDS, "treatments"],
    ] as const)("every %s label read in a list resolves to its own id", (type, ids, list) => {
      const values = slotType(type, model).values;
      for (const id of ids) {
        const value = values.find((v) => v.id === id);
        const names = [value?.name.value, ...(value?.name.synonyms ?? [])].map((n) => normalise(n ?? ""));
        expect(names, id).toContain(normalise(t(labelKey(list, id)).replaceAll("-", " ")));
      }
    });
  });

  it("opens with the invocation name a speaker of the language says", () => {
    expect(model.invocationName).toBe(INVOCATION_NAMES[locale]);
  });

  it.each(Object.entries(BROKEN_NAMES[locale]))(
    "the invocation-name rules refuse %s",
    (_, [invocationName, problem]) => {
      expect(invocationNameProblems({ ...model, invocationName }, locale)).toContain(problem);
    },
  );
});
