// The evaluation set (issue 10): well formed against content, and apart from every sample of the
// interaction models, so that `npm run nlu` measures generalisation rather than memory.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type LanguageModel, type ModelIntent, normalise, ROOT, readJson } from "../support/model";
import { EVAL_LABELS, readEvalSet } from "./eval/eval-set";
import { sampleMatcher } from "./eval/model-samples";

const SET = readEvalSet();

const MODELS: LanguageModel[] = readdirSync(join(ROOT, "interaction-model"))
  .filter((file) => file.endsWith(".json"))
  .map(
    (file) =>
      readJson<{ interactionModel: { languageModel: LanguageModel } }>(`interaction-model/${file}`)
        .interactionModel.languageModel,
  );
const isModelSample = sampleMatcher(MODELS);

/** A sample as a person could say it: each slot filled with the first value of its type. */
function filledSample(model: LanguageModel, intent: ModelIntent, sample: string): string {
  return sample.replace(/\{([^}]*)\}/g, (_, name: string) => {
    const typeName = intent.slots?.find((slot) => slot.name === name)?.type;
    // A built-in type lists no values in the model; a number fills AMAZON.NUMBER and any free text.
    return model.types?.find((type) => type.name === typeName)?.values[0]?.name.value ?? "three";
  });
}

/** The fewest utterances a label needs for its accuracy to mean something. */
function minimumFor(label: string): number {
  if (label === "check" || label === "clinic:number") return 25;
  if (label === "emergency") return 20;
  if (/^(topic|answer):|^clinic:location$|^notCovered$/.test(label)) return 15;
  if (label === "fallback") return 10;
  if (label.startsWith("symptom:")) return 8;
  if (/^(cause|treatment):/.test(label)) return 6;
  return 3;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

describe("the evaluation set is well formed", () => {
  it("holds at least 400 utterances", () => {
    expect(SET.length).toBeGreaterThanOrEqual(400);
  });

  it("has only say, expect and an optional check context, said as Alexa transcribes speech", () => {
    const bad = SET.filter(
      (entry) =>
        Object.keys(entry).some((key) => !["say", "expect", "context"].includes(key)) ||
        typeof entry.say !== "string" ||
        !/^[a-z0-9']+(?: [a-z0-9']+)*$/.test(entry.say) ||
        !(entry.context === undefined || entry.context === "check"),
    );
    expect(bad).toEqual([]);
  });

  it("labels every utterance with a label that content backs", () => {
    expect(SET.filter((entry) => !EVAL_LABELS.includes(entry.expect))).toEqual([]);
  });

  it("puts every yes, no or unsure answer inside the check, where it answers a question", () => {
    expect(SET.filter((entry) => entry.expect.startsWith("answer:") && entry.context !== "check")).toEqual(
      [],
    );
  });

  it("has enough utterances for every label, so no cause, treatment or red flag goes unmeasured", () => {
    const counts = countBy(SET, (entry) => entry.expect);
    const short = EVAL_LABELS.filter((label) => (counts.get(label) ?? 0) < minimumFor(label)).map(
      (label) => `${label}: ${counts.get(label) ?? 0} of ${minimumFor(label)}`,
    );
    expect(short).toEqual([]);
  });

  it("says no utterance twice", () => {
    const counts = countBy(SET, (entry) => normalise(entry.say));
    expect([...counts].filter(([, n]) => n > 1).map(([say]) => say)).toEqual([]);
  });
});

describe("the evaluation set stays apart from the model's samples", () => {
  it("holds no sample of any interaction model, with its slots filled by every value and synonym", () => {
    const clashes = SET.flatMap((entry) => {
      const hit = isModelSample(entry.say);
      return hit ? [`"${entry.say}" is ${hit.intent}'s sample "${hit.sample}"`] : [];
    });
    expect(clashes).toEqual([]);
  });

  describe("the sample matcher bites", () => {
    const toy: LanguageModel = {
      invocationName: "Toy Guide",
      intents: [
        {
          name: "TopicIntent",
          samples: ["tell me about {Topic}", "is it from {Topic}"],
          slots: [{ name: "Topic", type: "TopicType" }],
        },
        { name: "NumberIntent", samples: ["What's the clinic's number?"] },
        {
          name: "CountIntent",
          samples: ["ask me {count} questions"],
          slots: [{ name: "count", type: "AMAZON.NUMBER" }],
        },
      ],
      types: [
        { name: "TopicType", values: [{ name: { value: "Spinal Stenosis", synonyms: ["narrow (spine)"] } }] },
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
    ])("lets %j through: it is not a sample", (utterance) => {
      expect(isSample(utterance)).toBeUndefined();
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
