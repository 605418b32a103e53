// The statistical resolver (the simulator's stand-in for Alexa's generalisation, and `npm run nlu`'s
// second resolver): trained on the model's own samples, it finds the nearest intent and fills slots
// from the slot types' values and synonyms.
import { beforeAll, describe, expect, it } from "vitest";
import { FALLBACK_INTENT, type Resolved } from "../../simulator/resolver";
import { MODEL, MODELS } from "../../simulator/session";
import {
  createStatisticalResolver,
  filledSamples,
  type StatisticalResolver,
} from "../../simulator/statistical-resolver";

let resolver: StatisticalResolver;
beforeAll(async () => {
  resolver = await createStatisticalResolver(MODEL);
}, 60_000);

function intent(resolved: Resolved): string {
  return resolved.kind === "intent" ? resolved.intent : resolved.kind;
}

describe("the statistical resolver", () => {
  it("resolves every sample of the model (slots filled with a value) to its own intent", async () => {
    const model = MODEL.interactionModel.languageModel;
    const wrong: string[] = [];
    for (const modelIntent of model.intents) {
      for (const sample of modelIntent.samples ?? []) {
        const said = sample.replace(/\{([^}]+)\}/g, (_, slot: string) => {
          const type = modelIntent.slots?.find((s) => s.name === slot)?.type;
          return model.types?.find((t) => t.name === type)?.values[0]?.name.value ?? "tomorrow";
        });
        const got = intent(await resolver.resolve(said));
        if (got !== modelIntent.name) wrong.push(`${said}: ${got}, not ${modelIntent.name}`);
      }
    }
    // A classifier may confuse a handful of near-identical carriers; most samples must come back.
    const total = model.intents.flatMap((i) => i.samples ?? []).length;
    expect(wrong.length / total, wrong.join("\n")).toBeLessThan(0.05);
  });

  it("trains on every value and synonym of every custom slot, in every locale and every draw", () => {
    const draws = [0, 1, 2, 3, 4, 50];
    for (const model of Object.values(MODELS)) {
      const { intents, types = [] } = model.interactionModel.languageModel;
      for (const intent of intents)
        for (const { type } of intent.slots ?? []) {
          const custom = types.find((t) => t.name === type);
          if (!custom) continue;
          for (const draw of draws) {
            // One string, each sentence between spaces and lines, so a phrase is found as whole words.
            const said = `\n ${filledSamples(intent, types, draw).join(" \n ")} \n`;
            const unsaid = custom.values
              .flatMap(({ name }) => [name.value, ...(name.synonyms ?? [])])
              .filter((phrase) => !said.includes(` ${phrase} `));
            expect(unsaid, `${intent.name} ${type}, draw ${draw}`).toEqual([]);
          }
        }
    }
  });

  it("pairs fills with samples another way in each draw", () => {
    const symptom = MODEL.interactionModel.languageModel.intents.find((i) => i.name === "SymptomIntent");
    const types = MODEL.interactionModel.languageModel.types ?? [];
    if (!symptom) throw new Error("no SymptomIntent in the model");
    const pairings = new Set([0, 1, 2, 3, 4].map((draw) => filledSamples(symptom, types, draw).join("\n")));
    expect(pairings.size).toBe(5);
  });

  it("fills a custom slot from a value or synonym said in the plural, with its id", async () => {
    const resolved = await resolver.resolve("tell me more about cortisone shots");
    expect(resolved).toMatchObject({ kind: "intent", intent: "TreatmentIntent" });
    expect(resolved.kind === "intent" && resolved.slots.treatment?.id).toBe("injections");
    expect(resolved.kind === "intent" && resolved.nearest?.score).toBeGreaterThan(0);
  });

  it("resolves a slot value said in other words than the type's phrases to the nearest value", async () => {
    const resolved = await resolver.resolve("is it from being a heavy smoker");
    expect(intent(resolved)).toBe("CauseIntent");
    expect(resolved.kind === "intent" && resolved.slots.cause).toMatchObject({
      value: "being a heavy smoker",
      id: "smoking",
    });
  });

  it("with exactValues, the lower bound of `npm run nlu -- --exact-values`, passes those words on unresolved", async () => {
    const exact = await createStatisticalResolver(MODEL, "en-US", { exactValues: true });
    const resolved = await exact.resolve("is it from being a heavy smoker");
    expect(intent(resolved)).toBe("CauseIntent");
    expect(resolved.kind === "intent" && resolved.slots.cause).toEqual({
      value: "being a heavy smoker",
      type: "CauseType",
    });
    // The slot holds what the matched sample's slot stands in: "i {symptom}" keeps "can't ... my feet".
    const statement = await exact.resolve("i can't really feel my feet");
    expect(statement.kind === "intent" && statement.slots.symptom).toEqual({
      value: "can't really feel my feet",
      type: "SymptomType",
    });
    // A phrase of the type still resolves to its value.
    const named = await exact.resolve("tell me more about cortisone shots");
    expect(named.kind === "intent" && named.slots.treatment?.id).toBe("injections");
  }, 60_000);

  it("passes on the words of a slot it cannot resolve, unresolved, as Alexa does", async () => {
    const resolved = await resolver.resolve("could gout be the cause");
    expect(intent(resolved)).toBe("CauseIntent");
    expect(resolved.kind === "intent" && resolved.slots.cause).toMatchObject({ value: "gout" });
    expect(resolved.kind === "intent" && resolved.slots.cause?.id).toBeUndefined();
  });

  it("passes on one run of words, as Alexa fills a slot: the carrier trimmed from the ends, not from within", async () => {
    const resolved = await resolver.resolve("could gout in my big toe be the cause");
    expect(intent(resolved)).toBe("CauseIntent");
    expect(resolved.kind === "intent" && resolved.slots.cause).toEqual({
      value: "gout in my big toe",
      type: "CauseType",
    });
  });

  it("reads digits as they are said, as the samples spell them: call 911 is a call for help", async () => {
    expect(intent(await resolver.resolve("call 911 right now"))).toBe("EmergencyIntent");
  });

  it("sends the fallback for words unlike any sample", async () => {
    expect(intent(await resolver.resolve("purple monkey dishwasher"))).toBe(FALLBACK_INTENT);
  });

  it("keeps launches and one-shots as the literal resolver reads them", async () => {
    expect(await resolver.resolve("open back spasm guide")).toEqual({ kind: "launch" });
    const oneShot = await resolver.resolve("ask back spasm guide what number do i ring for the clinic");
    expect(oneShot).toMatchObject({ intent: "ClinicNumberIntent", oneShot: true });
  });
});
