// The lookup of a cause or treatment named in words the model did not resolve (pure, no SDK): names
// compared without case, articles, "my", plurals or spelled-out letters' spaces.
import { describe, expect, it } from "vitest";
import esUS from "../interaction-model/es-US.json";
import { CAUSE_IDS, TREATMENT_IDS } from "../lambda/content-lookup/lists";
import { namesIn, TOPIC_NAMES } from "../lambda/content-lookup/topic-name-data";
import { lookUpName, normaliseName } from "../lambda/content-lookup/topic-names";
import { model } from "./support/model";

const names = TOPIC_NAMES["en-US"];

describe("normaliseName", () => {
  it.each([
    ["The Cortisone Shots", "cortisone shot"],
    ["my slipped discs", "slipped disc"],
    ["P. T.", "pt"],
    ["an anti-inflammatory", "anti inflammatory"],
    ["therapies", "therapy"],
    ["stress", "stress"],
    ["arthritis", "arthritis"],
    ["those injections", "injection"],
  ])("%j → %j", (said, normalised) => {
    expect(normaliseName(said)).toBe(normalised);
  });
});

describe("lookUpName", () => {
  it("knows every cause and treatment, by every name and synonym the model gives it", () => {
    expect(names.map((n) => n.id).sort()).toEqual([...CAUSE_IDS, ...TREATMENT_IDS].sort());
    const items = new Set([...CAUSE_IDS, ...TREATMENT_IDS]);
    const values = (model.types ?? []).flatMap((type) => type.values).filter((v) => items.has(v.id ?? ""));
    const missed = values.flatMap((value) =>
      [value.name.value, ...(value.name.synonyms ?? [])]
        .filter((name) => lookUpName(names, name) !== value.id)
        .map((name) => `${name} → ${lookUpName(names, name)}, not ${value.id}`),
    );
    expect(values.length).toBe(items.size);
    expect(missed).toEqual([]);
  });

  it.each([
    ["PT", "physicalTherapy"],
    ["my bulging discs", "herniatedDisc"],
    ["those cortisone injections for my back", "injections"],
    ["a steroid shot", "injections"],
    ["Ibuprofen", "medications"],
  ])("%j is %s", (said, id) => {
    expect(lookUpName(names, said)).toBe(id);
  });

  it.each(["gout", "a pulled hamstring", "acupuncture", "", "the"])("%j names nothing", (said) => {
    expect(lookUpName(names, said)).toBeUndefined();
  });

  it("reads only the values asked for from a model, whatever other types it has", () => {
    const toy = {
      interactionModel: {
        languageModel: {
          types: [
            { values: [{ id: "injections", name: { value: "Injections", synonyms: ["Shots"] } }] },
            { values: [{ id: "fever", name: { value: "a fever" } }] },
          ],
        },
      },
    };
    expect(namesIn(toy, ["injections"])).toEqual([{ id: "injections", names: ["injection", "shot"] }]);
  });
});

describe("names said without their accents (speech-to-text may drop them)", () => {
  // The names as the Spanish model writes them, with their accents.
  const ids = new Set([...CAUSE_IDS, ...TREATMENT_IDS]);
  const accented = esUS.interactionModel.languageModel.types
    .flatMap((type) => type.values)
    .filter((value) => value.id !== undefined && ids.has(value.id))
    .flatMap((value) =>
      [value.name.value, ...(value.name.synonyms ?? [])]
        .filter((name) => name.normalize("NFD") !== name)
        .map((name) => [name, value.id] as const),
    );

  it("the Spanish names include accented ones, so this test has something to check", () => {
    expect(accented.length).toBeGreaterThan(0);
  });

  it.each(accented)("%j said without accents is still %s", (name, id) => {
    const bare = name.normalize("NFD").replace(/\p{M}/gu, "");
    expect(lookUpName(TOPIC_NAMES["es-US"], bare)).toBe(id);
  });
});
