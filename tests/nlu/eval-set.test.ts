// The evaluation sets (issue 10, and issue 14 for Spanish), one per locale in tests/nlu/eval/, each with
// a held-out part written blind in tests/nlu/eval/held-out/: each part well formed against content,
// and apart from every sample of its locale's interaction model (and the held-out part from the main
// one), so that `npm run nlu` measures generalisation rather than memory.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type LanguageModel, type ModelIntent, normalise, ROOT, readJson } from "../support/model";
import { EVAL_LABELS, EVAL_LOCALES, EVAL_PARTS, type EvalPart, readEvalSet } from "./eval/eval-set";
import { comparable, sampleMatcher } from "./eval/model-samples";

function readModel(file: string): LanguageModel {
  return readJson<{ interactionModel: { languageModel: LanguageModel } }>(`interaction-model/${file}`)
    .interactionModel.languageModel;
}

const MODELS: LanguageModel[] = readdirSync(join(ROOT, "interaction-model"))
  .filter((file) => file.endsWith(".json"))
  .map(readModel);
const isModelSample = sampleMatcher(MODELS);

/** The locales whose set has a model to stay apart from (the Spanish set is written before its model). */
const LOCALES_WITH_MODEL = EVAL_LOCALES.filter((locale) =>
  existsSync(join(ROOT, "interaction-model", `${locale}.json`)),
);

/** A sample as a person could say it: each slot filled with the first value of its type. */
function filledSample(model: LanguageModel, intent: ModelIntent, sample: string): string {
  return sample.replace(/\{([^}]*)\}/g, (_, name: string) => {
    const typeName = intent.slots?.find((slot) => slot.name === name)?.type;
    // A built-in type lists no values in the model; a number fills AMAZON.NUMBER and any free text.
    return model.types?.find((type) => type.name === typeName)?.values[0]?.name.value ?? "three";
  });
}

/** Labels grouped by how many utterances their accuracy needs to mean something. */
type LabelKind =
  | "checkOrNumber"
  | "emergency"
  | "topicOrAnswer"
  | "fallback"
  | "symptom"
  | "item"
  | "control";

function kindOf(label: string): LabelKind {
  if (label === "check" || label === "clinic:number") return "checkOrNumber";
  if (label === "emergency") return "emergency";
  if (/^(topic|answer):|^clinic:location$|^notCovered$/.test(label)) return "topicOrAnswer";
  if (label === "fallback") return "fallback";
  if (label.startsWith("symptom:")) return "symptom";
  if (/^(cause|treatment):/.test(label)) return "item";
  return "control";
}

interface SetRules {
  /** The fewest utterances in the set. */
  size: number;
  /** The fewest utterances per label, by kind. */
  perLabel: Record<LabelKind, number>;
  /** The lower-case letters Alexa writes in this language, as a character class body. */
  letters: string;
}

/**
 * What each locale's set must hold, and its letters. Spanish starts at about half the English (issue
 * 14). The held-out part is smaller: it was written once, blind, to check the main part's figures.
 */
const RULES: Record<EvalPart, Record<string, SetRules>> = {
  main: {
    "en-US": {
      size: 400,
      perLabel: {
        checkOrNumber: 25,
        emergency: 20,
        topicOrAnswer: 15,
        fallback: 10,
        symptom: 8,
        item: 6,
        control: 3,
      },
      letters: "a-z",
    },
    "es-US": {
      size: 200,
      perLabel: {
        checkOrNumber: 12,
        emergency: 12,
        topicOrAnswer: 10,
        fallback: 5,
        symptom: 5,
        item: 3,
        control: 2,
      },
      letters: "a-záéíóúñü",
    },
  },
  heldOut: {
    "en-US": {
      size: 200,
      perLabel: {
        checkOrNumber: 8,
        emergency: 8,
        topicOrAnswer: 3,
        fallback: 4,
        symptom: 3,
        item: 2,
        control: 2,
      },
      letters: "a-z",
    },
    "es-US": {
      size: 140,
      perLabel: {
        checkOrNumber: 5,
        emergency: 5,
        topicOrAnswer: 2,
        fallback: 3,
        symptom: 2,
        item: 1,
        control: 1,
      },
      letters: "a-záéíóúñü",
    },
  },
};

function rulesFor(locale: string, part: EvalPart): SetRules {
  const rules = RULES[part][locale];
  if (!rules) throw new Error(`the ${part} part of the ${locale} evaluation set needs its rules in RULES`);
  return rules;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

it("has an English and a Spanish evaluation set", () => {
  expect(EVAL_LOCALES).toEqual(expect.arrayContaining(["en-US", "es-US"]));
});

const LOCALE_PARTS = EVAL_LOCALES.flatMap((locale) => EVAL_PARTS.map((part) => [locale, part] as const));

describe.each(LOCALE_PARTS)("the %s evaluation set's %s part is well formed", (locale, part) => {
  const set = readEvalSet(locale, part);

  it("holds enough utterances", () => {
    expect(set.length).toBeGreaterThanOrEqual(rulesFor(locale, part).size);
  });

  it("has only say, expect and an optional check context, said as Alexa transcribes speech", () => {
    const letters = rulesFor(locale, part).letters;
    // Composed letters only: the set is written as a transcriber writes, "é" never "e" + "´".
    const spoken = new RegExp(`^[${letters}0-9']+(?: [${letters}0-9']+)*$`, "u");
    const bad = set.filter(
      (entry) =>
        Object.keys(entry).some((key) => !["say", "expect", "context"].includes(key)) ||
        typeof entry.say !== "string" ||
        !spoken.test(entry.say) ||
        !(entry.context === undefined || entry.context === "check"),
    );
    expect(bad).toEqual([]);
  });

  it("labels every utterance with a label that content backs", () => {
    expect(set.filter((entry) => !EVAL_LABELS.includes(entry.expect))).toEqual([]);
  });

  it("puts every yes, no or unsure answer inside the check, where it answers a question", () => {
    expect(set.filter((entry) => entry.expect.startsWith("answer:") && entry.context !== "check")).toEqual(
      [],
    );
  });

  it("has enough utterances for every label, so no cause, treatment or red flag goes unmeasured", () => {
    const { perLabel } = rulesFor(locale, part);
    const counts = countBy(set, (entry) => entry.expect);
    const short = EVAL_LABELS.filter((label) => (counts.get(label) ?? 0) < perLabel[kindOf(label)]).map(
      (label) => `${label}: ${counts.get(label) ?? 0} of ${perLabel[kindOf(label)]}`,
    );
    expect(short).toEqual([]);
  });

  it("says no utterance twice, accents or not", () => {
    const counts = countBy(set, (entry) => comparable(entry.say));
    expect([...counts].filter(([, n]) => n > 1).map(([say]) => say)).toEqual([]);
  });
});

it.each(EVAL_LOCALES)("the %s held-out part repeats no utterance of the main part", (locale) => {
  const main = new Set(readEvalSet(locale, "main").map((entry) => comparable(entry.say)));
  const repeated = readEvalSet(locale, "heldOut").filter((entry) => main.has(comparable(entry.say)));
  expect(repeated.map((entry) => entry.say)).toEqual([]);
});

describe("the evaluation sets stay apart from the model's samples", () => {
  it.each(LOCALES_WITH_MODEL.flatMap((locale) => EVAL_PARTS.map((part) => [locale, part] as const)))(
    "%s (%s part) holds no sample of its interaction model, with its slots filled by every value and synonym",
    (locale, part) => {
      const isSample = sampleMatcher([readModel(`${locale}.json`)]);
      const clashes = readEvalSet(locale, part).flatMap((entry) => {
        const hit = isSample(entry.say);
        return hit ? [`"${entry.say}" is ${hit.intent}'s sample "${hit.sample}"`] : [];
      });
      expect(clashes).toEqual([]);
    },
  );

  describe("the sample matcher bites", () => {
    const toy: LanguageModel = {
      invocationName: "Toy Guide",
      intents: [
        {
          name: "TopicIntent",
          samples: ["tell me about {Topic}", "is it from {Topic}", "¿Qué es la {Topic}?"],
          slots: [{ name: "Topic", type: "TopicType" }],
        },
        { name: "NumberIntent", samples: ["What's the clinic's number?"] },
        { name: "NumeroIntent", samples: ["¿Cuál es el número de la clínica?"] },
        {
          name: "CountIntent",
          samples: ["ask me {count} questions"],
          slots: [{ name: "count", type: "AMAZON.NUMBER" }],
        },
      ],
      types: [
        {
          name: "TopicType",
          values: [
            { name: { value: "Spinal Stenosis", synonyms: ["narrow (spine)", "estenosis raquídea"] } },
          ],
        },
      ],
    };
    const isSample = sampleMatcher([toy]);

    it.each([
      ["tell me about spinal stenosis", "TopicIntent"],
      ["Tell me about narrow spine!", "TopicIntent"],
      ["is it from narrow spine", "TopicIntent"],
      ["what's the clinic's number", "NumberIntent"],
      ["ask toy guide what's the clinic's number", "NumberIntent"],
      ["ask toy guide to tell me about spinal stenosis", "TopicIntent"],
      ["ask me 3 questions", "CountIntent"],
      ["cuál es el número de la clínica", "NumeroIntent"],
      ["¡CUÁL es el NÚMERO de la clínica!", "NumeroIntent"],
      // As speech-to-text sometimes writes it: accents dropped, or typed as separate marks.
      ["cual es el numero de la clinica", "NumeroIntent"],
      ["cua\u0301l es el nu\u0301mero de la cli\u0301nica", "NumeroIntent"],
      ["que es la estenosis raquidea", "TopicIntent"],
    ])("catches %j as a sample of %s", (utterance, intent) => {
      expect(isSample(utterance)?.intent).toBe(intent);
    });

    it.each([
      "tell me about it",
      "tell me about narrow spine please",
      "um what's the clinic's number",
      "whats the clinics number",
      "ask another guide what's the clinic's number",
      "ask me questions",
      "este cuál es el número de la clínica",
      "cuál es el número de la clínica por favor",
      "qué es la estenosis",
    ])("lets %j through: it is not a sample", (utterance) => {
      expect(isSample(utterance)).toBeUndefined();
    });

    it("compares Spanish evenly: letters kept, ¿ ¡ dropped, accents typed apart composed, then folded", () => {
      expect(normalise("¿Qué es la CIÁTICA? ¡Ñandú, pingüino!")).toBe("qué es la ciática ñandú pingüino");
      expect(normalise("cli\u0301nica")).toBe("clínica");
      expect(comparable("¿Qué CLÍNICA?")).toBe(comparable("que clinica"));
    });

    it("catches the first sample of every intent of the real models, filled with a value of each slot", () => {
      const missed = MODELS.flatMap((model) =>
        model.intents.flatMap((intent) => {
          const sample = intent.samples?.[0];
          if (!sample) return [];
          const said = filledSample(model, intent, sample);
          return isModelSample(said) ? [] : [`${intent.name}: ${said}`];
        }),
      );
      expect(missed).toEqual([]);
    });
  });
});
