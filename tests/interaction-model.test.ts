// The interaction model: handled exactly by the skill, well-formed, and within Alexa's rules.
import { describe, expect, it } from "vitest";
import { CAUSE_IDS, TREATMENT_IDS } from "../lambda/content-lookup/lists";
import { CHECK_INTENT, HANDLED_INTENTS } from "../lambda/handlers/intents";
import { t } from "./support/content";
import { model, normalise, slotType } from "./support/model";

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
// Words that start an invocation ("Alexa, ask ..."), so they cannot be part of the name.
const LAUNCH_WORDS = [
  "ask",
  "open",
  "launch",
  "start",
  "begin",
  "tell",
  "load",
  "run",
  "resume",
  "use",
  "play",
  "talk",
];
const FORBIDDEN_IN_NAME = ["alexa", "amazon", "echo", "skill", "app"];
const SLOT_REF = /\{([^{}]*)\}/g;

const samples = model.intents.flatMap((intent) =>
  (intent.samples ?? []).map((sample) => ({ intent, sample })),
);

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

  it("starts the red-flag check from the phrases people in pain use, and 15 more", () => {
    const check = model.intents.find((i) => i.name === CHECK_INTENT);
    const required = [
      "check my symptoms",
      "is this serious",
      "should i see a doctor",
      "do i need to go to the er",
      "i'm worried about my back",
      "run the red flag check",
    ];
    const said = (check?.samples ?? []).map(normalise);
    for (const phrase of required) expect(said).toContain(phrase);
    expect(said.length).toBeGreaterThanOrEqual(required.length + 15);
  });
});

describe("sample utterances", () => {
  it("use only lower-case letters, apostrophes, spoken-form periods, single spaces and {slots}", () => {
    for (const { intent, sample } of samples) {
      const withoutSlots = sample.replace(SLOT_REF, "");
      expect(withoutSlots, `${intent.name}: "${sample}"`).toMatch(/^[a-z' .]*$/);
      expect(sample, `${intent.name}: "${sample}"`).toBe(sample.trim().replace(/\s+/g, " "));
    }
  });

  it("appear once, within and across intents", () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { intent, sample } of samples) {
      const key = normalise(sample);
      const first = seen.get(key);
      if (first) duplicates.push(`"${sample}" in ${first} and ${intent.name}`);
      else seen.set(key, intent.name);
    }
    expect(duplicates, "duplicate sample utterances").toEqual([]);
  });

  it("only reference slots their intent declares, and use every declared slot", () => {
    for (const intent of model.intents) {
      const declared = new Set((intent.slots ?? []).map((s) => s.name));
      const used = new Set<string>();
      for (const sample of intent.samples ?? []) {
        for (const [, name] of sample.matchAll(SLOT_REF)) {
          expect(declared, `${intent.name}: "${sample}" uses {${name}}`).toContain(name);
          used.add(name ?? "");
        }
      }
      expect([...used].sort(), intent.name).toEqual([...declared].sort());
    }
  });

  it("declare slot types that exist", () => {
    const types = new Set((model.types ?? []).map((t) => t.name));
    for (const slot of model.intents.flatMap((i) => i.slots ?? [])) {
      expect(slot.type.startsWith("AMAZON.") || types.has(slot.type), slot.type).toBe(true);
    }
  });
});

describe("slot types", () => {
  it.each(model.types ?? [])("$name: every value has an id, and no synonym belongs to two values", (type) => {
    const owner = new Map<string, string>();
    for (const value of type.values) {
      expect(value.id, value.name.value).toBeTruthy();
      for (const word of [value.name.value, ...(value.name.synonyms ?? [])]) {
        const key = normalise(word);
        const first = owner.get(key);
        expect(first === undefined || first === value.id, `"${word}" in ${first} and ${value.id}`).toBe(true);
        owner.set(key, value.id ?? "");
      }
    }
  });
});

describe("names the skill says can be said back", () => {
  it.each([
    ["CauseType", CAUSE_IDS, "cause"],
    ["TreatmentType", TREATMENT_IDS, "treatment"],
  ] as const)("every %s label read in a list resolves to its own id", (type, ids, key) => {
    const values = slotType(type).values;
    for (const id of ids) {
      const value = values.find((v) => v.id === id);
      const names = [value?.name.value, ...(value?.name.synonyms ?? [])].map((n) => normalise(n ?? ""));
      expect(names, id).toContain(normalise(t(`topics:${key}.${id}.label`).replaceAll("-", " ")));
    }
  });
});

describe("invocation name", () => {
  const name = model.invocationName;

  it("is back spasm guide", () => {
    expect(name).toBe("back spasm guide");
  });

  it("follows Alexa's rules: lower case, two or more words, no launch words or brand words", () => {
    expect(name).toMatch(/^[a-z]+( [a-z]+)+$/);
    const words = name.split(" ");
    for (const word of LAUNCH_WORDS) expect(words[0]).not.toBe(word);
    for (const word of FORBIDDEN_IN_NAME) expect(words).not.toContain(word);
  });
});
