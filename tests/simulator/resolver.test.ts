// The utterance resolver against the real interaction model: what Alexa would send for typed text.
import { describe, expect, it } from "vitest";
import { createResolver, FALLBACK_INTENT, type LanguageModel, type Resolved } from "../../simulator/resolver";
import { MODEL, MODELS } from "../../simulator/session";

const resolver = createResolver(MODEL);
const language = MODEL.interactionModel.languageModel;

function intentOf(resolved: Resolved): string {
  return resolved.kind === "launch" ? "LaunchRequest" : resolved.intent;
}

function slotId(resolved: Resolved, slot: string): string | undefined {
  return resolved.kind === "intent" ? resolved.slots[slot]?.id : undefined;
}

function typeValues(typeName: string, from: LanguageModel = language) {
  const type = from.types?.find((t) => t.name === typeName);
  if (!type) throw new Error(`no slot type ${typeName}`);
  return type.values;
}

/** Built-in slot types have no values in the model: what a person might say for one. */
const BUILT_IN_EXAMPLES: Readonly<Record<string, string>> = {
  "AMAZON.DATE": "tomorrow",
  "AMAZON.TIME": "9 am",
};
const isBuiltIn = (type: string) => type.startsWith("AMAZON.");

/** Each sample with its `{slot}`s filled by the first value of the slot's type. */
function samplesOf(from: LanguageModel, examples: Readonly<Record<string, string>>) {
  return from.intents.flatMap((intent) =>
    (intent.samples ?? []).map((sample) => {
      const expected: Record<string, string | undefined> = {};
      const text = sample.replace(/\{([^{}]+)\}/g, (_, slot: string) => {
        const type = intent.slots?.find((s) => s.name === slot)?.type ?? "";
        if (isBuiltIn(type)) return examples[type] ?? "";
        const value = typeValues(type, from)[0];
        expected[slot] = value?.id;
        return value?.name.value ?? "";
      });
      return { intent: intent.name, sample, text, expected };
    }),
  );
}
const samples = samplesOf(language, BUILT_IN_EXAMPLES);

/** Every value and synonym of every custom type, with the intent whose bare `{slot}` sample takes it. */
const slotTextsOf = (from: LanguageModel) =>
  from.intents.flatMap((intent) =>
    (intent.slots ?? [])
      // Only slots a sample takes alone ("{symptom}"): a slot that only comes with another, like the
      // "yes" of "{answer} {symptom}", is not something a person says by itself to this intent.
      .filter((slot) => !isBuiltIn(slot.type) && (intent.samples ?? []).includes(`{${slot.name}}`))
      .flatMap((slot) =>
        typeValues(slot.type, from).flatMap((value) =>
          [value.name.value, ...(value.name.synonyms ?? [])].map((text) => ({
            intent: intent.name,
            slot: slot.name,
            type: slot.type,
            text,
            id: value.id,
          })),
        ),
      ),
  );
const slotTexts = slotTextsOf(language);

describe("every sample utterance in the model", () => {
  it("is in the table this suite walks", () => {
    expect(samples.length).toBeGreaterThan(300);
  });

  it.each(samples)("$sample → $intent", ({ intent, text, expected }) => {
    const resolved = resolver.resolve(text);
    expect(intentOf(resolved)).toBe(intent);
    for (const [slot, id] of Object.entries(expected)) expect(slotId(resolved, slot)).toBe(id);
  });
});

describe("slot values and synonyms", () => {
  it.each(slotTexts)("$type: $text → $id", ({ type, text, id }) => {
    const fill = resolver.slotFill(type, text);
    expect(fill).toMatchObject({ value: text, type, id });
  });

  it.each(slotTexts)("said alone, $text → $intent with $slot $id", ({ intent, slot, text, id }) => {
    const resolved = resolver.resolve(text);
    expect(intentOf(resolved)).toBe(intent);
    expect(slotId(resolved, slot)).toBe(id);
  });

  it.each(["call 911", "ask back spasm guide to call 911", "please call 911 now"])(
    '"%s", typed with digits, is heard as the emergency number said aloud',
    (text) => {
      expect(intentOf(resolver.resolve(text))).toBe("EmergencyIntent");
      expect(intentOf(resolver.resolve(text.replace("911", "nine one one")))).toBe("EmergencyIntent");
    },
  );

  it.each(["llama al 911", "por favor llama al 911"])(
    '"%s", typed with digits in Spanish, is heard as the number said in Spanish ("nueve uno uno")',
    (text) => {
      const spanish = createResolver(MODELS["es-US"], "es-US");
      expect(intentOf(spanish.resolve(text))).toBe("EmergencyIntent");
      expect(intentOf(spanish.resolve(text.replace("911", "nueve uno uno")))).toBe("EmergencyIntent");
    },
  );

  it("sends ER_SUCCESS_NO_MATCH (no id) for a value the type does not have", () => {
    const resolved = resolver.resolve("tell me about quantum physics");
    expect(resolved).toMatchObject({ kind: "intent", intent: "CauseIntent" });
    expect(resolved.kind === "intent" && resolved.slots.cause).toEqual({
      value: "quantum physics",
      type: "CauseType",
    });
  });

  it("prefers the sample whose slot resolves when two match equally well", () => {
    const resolved = resolver.resolve("tell me about steroid shots");
    expect(intentOf(resolved)).toBe("TreatmentIntent");
    expect(slotId(resolved, "treatment")).toBe("injections");
  });

  it("never takes unknown text into a sample that is only a slot", () => {
    expect(intentOf(resolver.resolve("purple elephants"))).toBe(FALLBACK_INTENT);
  });
});

describe("text as typed", () => {
  it.each([
    ["WHAT CAUSES BACK SPASMS?", "CausesIntent"],
    ["What's the clinic's number?!", "ClinicNumberIntent"],
    ["whats the clinics number", "ClinicNumberIntent"],
    ["  Check   my symptoms.  ", "CheckSymptomsIntent"],
    ["I’m not sure…", "UnsureIntent"],
    ["Yes.", "AMAZON.YesIntent"],
  ])("%s → %s: case and punctuation do not matter", (text, intent) => {
    expect(intentOf(resolver.resolve(text))).toBe(intent);
  });

  it("resolves slot text whatever its case and punctuation", () => {
    expect(slotId(resolver.resolve("Tell me about Slipped-Disc!"), "cause")).toBe("herniatedDisc");
    expect(slotId(resolver.resolve("explain P.T."), "treatment")).toBe("physicalTherapy");
  });

  it("prefers the sample with the most literal words", () => {
    // "what is {treatment}" also covers this text, with "a back spasm" as the treatment.
    expect(intentOf(resolver.resolve("what is a back spasm"))).toBe("OverviewIntent");
  });

  it.each(["order me a pizza", "what's the weather like today", "play some music", "banana"])(
    "%s → AMAZON.FallbackIntent",
    (text) => {
      expect(resolver.resolve(text)).toEqual({
        kind: "intent",
        intent: FALLBACK_INTENT,
        slots: {},
        near: false,
        oneShot: false,
      });
    },
  );

  it("takes a long sample said with one extra word, as Alexa would", () => {
    expect(resolver.resolve("what's the clinic's phone number now")).toMatchObject({
      intent: "ClinicNumberIntent",
      near: true,
    });
  });

  it("never stretches a short yes or no sample to cover more words", () => {
    expect(intentOf(resolver.resolve("no pizza"))).toBe(FALLBACK_INTENT);
    expect(intentOf(resolver.resolve("not at all sure"))).toBe(FALLBACK_INTENT);
  });
});

describe("invoking the skill by name", () => {
  it.each([
    "",
    "   ",
    "open back spasm guide",
    "Alexa, open Back Spasm Guide.",
    "ask back spasm guide",
    "talk to back spasm guide",
  ])("%j → LaunchRequest", (text) => {
    expect(resolver.resolve(text)).toEqual({ kind: "launch" });
  });

  it.each([
    ["ask back spasm guide for the clinic's number", "ClinicNumberIntent"],
    ["ask back spasm guide what causes back spasms", "CausesIntent"],
    ["tell back spasm guide to check my symptoms", "CheckSymptomsIntent"],
    ["open back spasm guide and check my symptoms", "CheckSymptomsIntent"],
    ["Alexa, ask Back Spasm Guide about spinal stenosis", "CauseIntent"],
  ])("%s → a one-shot %s", (text, intent) => {
    expect(resolver.resolve(text)).toMatchObject({ kind: "intent", intent, oneShot: true });
  });

  it("does not launch on 'tell me about ...' or 'start over'", () => {
    const stenosis = resolver.resolve("tell me about spinal stenosis");
    expect(stenosis).toMatchObject({ kind: "intent", intent: "CauseIntent", oneShot: false });
    expect(slotId(stenosis, "cause")).toBe("spinalStenosis");
    expect(resolver.resolve("start over")).toMatchObject({
      intent: "AMAZON.StartOverIntent",
      oneShot: false,
    });
  });
});

describe("the everyday forms issue 10 asks the model to hear", () => {
  it.each([
    ["definitely", "AMAZON.YesIntent"],
    ["absolutely", "AMAZON.YesIntent"],
    ["yeah i think so", "AMAZON.YesIntent"],
    ["not really", "AMAZON.NoIntent"],
    ["nothing like that", "AMAZON.NoIntent"],
    ["nope not at all", "AMAZON.NoIntent"],
    ["no thanks", "AMAZON.NoIntent"],
    ["what was that", "AMAZON.RepeatIntent"],
    ["say that again", "AMAZON.RepeatIntent"],
    ["what's the number again", "ClinicNumberIntent"],
    ["what about shots", "TreatmentIntent"],
    ["should i use ice or heat", "NotCoveredIntent"],
  ])("%j → %s", (said, intent) => {
    expect(intentOf(resolver.resolve(said))).toBe(intent);
  });
});

describe("es-US: through the Spanish model", () => {
  const spanish = createResolver(MODELS["es-US"], "es-US");
  const model = MODELS["es-US"].interactionModel.languageModel;
  const ejemplos = { "AMAZON.DATE": "mañana", "AMAZON.TIME": "9" };

  it.each(samplesOf(model, ejemplos))("$sample → $intent", ({ intent, text, expected }) => {
    const resolved = spanish.resolve(text);
    expect(intentOf(resolved)).toBe(intent);
    for (const [slot, id] of Object.entries(expected)) expect(slotId(resolved, slot)).toBe(id);
  });

  it.each(slotTextsOf(model))("said alone, $text → $intent with $slot $id", ({ intent, slot, text, id }) => {
    const resolved = spanish.resolve(text);
    expect(intentOf(resolved)).toBe(intent);
    expect(slotId(resolved, slot)).toBe(id);
  });

  it.each([
    ["que es un espasmo de espalda", "OverviewIntent"],
    ["NO SE", "UnsureIntent"],
    ["si", "AMAZON.YesIntent"],
    ["¿Cuál es el número de la clínica?", "ClinicNumberIntent"],
  ])("%s → %s: typed without accents, or with Spanish punctuation", (text, intent) => {
    expect(intentOf(spanish.resolve(text))).toBe(intent);
  });

  it.each([
    "abre guía de espasmos de espalda",
    "Alexa, abre la guía de espasmos de espalda",
    "pídele a guia de espasmos de espalda",
  ])("%j → LaunchRequest", (text) => {
    expect(spanish.resolve(text)).toEqual({ kind: "launch" });
  });

  it.each([
    ["pídele a guía de espasmos de espalda que revise mis síntomas", "CheckSymptomsIntent"],
    ["pregúntale a guía de espasmos de espalda cuál es el número de la clínica", "ClinicNumberIntent"],
    ["pregúntale a guía de espasmos de espalda sobre la estenosis espinal", "CauseIntent"],
  ])("%s → a one-shot %s", (text, intent) => {
    expect(spanish.resolve(text)).toMatchObject({ kind: "intent", intent, oneShot: true });
  });

  it("does not take English launch words for the Spanish name", () => {
    expect(intentOf(spanish.resolve("open guía de espasmos de espalda"))).toBe(FALLBACK_INTENT);
  });
});
