// The model's half of symptoms said out loud: SymptomIntent's values are the red-flag signs in everyday
// words, EmergencyIntent hears calls for help, and neither steals a question meant for a topic.
// Typed through the simulator's resolver over the real interaction model, as `npm start` does.
import { describe, expect, it } from "vitest";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import {
  CHECK_INTENT,
  EMERGENCY_INTENT,
  SYMPTOM_INTENT,
  SYMPTOM_SLOT,
  TOPIC_INTENTS,
} from "../lambda/handlers/intents";
import type { Locale } from "../lambda/i18n/resources";
import { createResolver } from "../simulator/resolver";
import { MODELS } from "../simulator/session";
import { TEST_LOCALE } from "./support/locale";
import { modelFor, slotType } from "./support/model";

// In the test run's language (support/locale.ts): its model, and what its speakers say.
const resolver = createResolver(MODELS[TEST_LOCALE], TEST_LOCALE);
const model = modelFor(TEST_LOCALE);
/** How a person asks the skill something in one go. */
const ONE_SHOT = { "en-US": "ask back spasm guide", "es-US": "pídele a guía de espasmos de espalda" }[
  TEST_LOCALE
];
const OURS = [SYMPTOM_INTENT, EMERGENCY_INTENT];
/** A topic word that fills any slot of a sample, in the test run's language. */
const SLOT_FILLER = { "en-US": "stress", "es-US": "estrés" }[TEST_LOCALE];

/** Signs said in everyday words, and the sign each is. */
const STATEMENTS: Record<Locale, [string, string][]> = {
  "en-US": [
    ["my legs are numb", "numbnessWeakness"],
    ["i can't feel my legs", "numbnessWeakness"],
    ["i can't pee", "urination"],
    ["i wet myself", "bladderBowel"],
    ["i had an accident with my bowels", "bladderBowel"],
    ["i fell and hurt my back", "injury"],
    ["i fell down the stairs and now my back is spasming", "injury"],
    ["i have chest pain too", "suddenChestBelly"],
    ["i feel like i'm going to pass out", "suddenChestBelly"],
    ["i have a fever and my back hurts", "feverWeightLoss"],
    ["i've had cancer", "cancer"],
    ["i had back surgery last month", "infectionRisk"],
    ["it's been two weeks", "noRelief"],
    ["resting isn't helping", "noRelief"],
    ["um my groin is numb", "saddle"],
    ["my back is killing me and i can't stand up straight", "standOrSit"],
    // Everyday forms
    ["my legs gave out", "numbnessWeakness"],
    ["my leg went numb", "numbnessWeakness"],
    ["i peed myself", "bladderBowel"],
    ["i wet my pants", "bladderBowel"],
    ["i can't hold my pee", "bladderBowel"],
    ["i crashed my car", "injury"],
  ],
  "es-US": [
    ["tengo las piernas dormidas", "numbnessWeakness"],
    ["no siento las piernas", "numbnessWeakness"],
    ["no puedo orinar", "urination"],
    ["me oriné encima", "bladderBowel"],
    ["tuve un accidente con los intestinos", "bladderBowel"],
    ["me caí y me lastimé la espalda", "injury"],
    ["me caí de las escaleras y tengo espasmos", "injury"],
    ["también tengo dolor en el pecho", "suddenChestBelly"],
    ["creo que me voy a desmayar", "suddenChestBelly"],
    ["me duele la espalda y tengo fiebre", "feverWeightLoss"],
    ["he tenido cáncer", "cancer"],
    ["me operaron de la espalda el mes pasado", "infectionRisk"],
    ["ya van dos semanas", "noRelief"],
    ["descansar no me ayuda", "noRelief"],
    ["este tengo la ingle dormida", "saddle"],
    ["la espalda me está matando y no me puedo parar derecho", "standOrSit"],
    // Everyday forms, after an opening or with when it started
    ["siento las piernas entumidas", "numbnessWeakness"],
    ["no siento los pies", "numbnessWeakness"],
    ["las piernas no me responden", "numbnessWeakness"],
    ["me meé encima", "bladderBowel"],
    ["no puedo mear desde hoy", "urination"],
    ["me pegó un carro ayer", "injury"],
  ],
};

/** Symptoms the model cannot name (the check then asks everything). */
const UNNAMED: Record<Locale, string[]> = {
  "en-US": ["i can't walk", "my stomach hurts", "i have a headache"],
  "es-US": ["no puedo caminar", "me duele el estómago", "tengo dolor de cabeza"],
};

/** Calls for help. */
const CALLS_FOR_HELP: Record<Locale, string[]> = {
  "en-US": [
    "call nine one one",
    "call an ambulance",
    "i need an ambulance",
    "this is an emergency",
    "i think i'm having a stroke",
    "i think i'm having a heart attack",
    "alexa ask back spasm guide to call an ambulance",
    "call nine one one now",
    "call an ambulance right now",
    "call an ambulance please",
    "i'm having a heart attack now",
    "i'm having a stroke right now",
    "this is an emergency please",
    "i need help",
    "i need help right now",
    "please help me",
    "somebody help me",
    "help me please",
  ],
  "es-US": [
    "llama al nueve uno uno",
    "llama a una ambulancia",
    "necesito una ambulancia",
    "esto es una emergencia",
    "creo que me está dando un derrame",
    "creo que me está dando un infarto",
    "alexa pídele a guía de espasmos de espalda que llame a una ambulancia",
    "necesito ayuda",
    "necesito ayuda ahora",
    "por favor ayúdame",
    "que alguien me ayude",
    "ayúdame por favor",
    "no puedo respirar",
    "me falta el aire",
    "llame a los paramédicos",
    "por favor ayúdenme",
    "me dio una embolia",
  ],
};

/** Asking for help alone: how the skill works. */
const HELP_ALONE: Record<Locale, string[]> = { "en-US": ["help", "help me"], "es-US": ["ayuda", "ayúdame"] };

/** Questions about a topic that name a sign or a treatment. */
const TOPIC_QUESTIONS: Record<Locale, string[]> = {
  "en-US": ["what is spinal stenosis", "tell me about back surgery", "could it be a slipped disc"],
  "es-US": ["qué es la estenosis espinal", "háblame de la cirugía de espalda", "será una hernia de disco"],
};

/** Questions about whether it is serious: they ask for the check. */
const CHECK_QUESTIONS: Record<Locale, string[]> = {
  "en-US": ["should i call nine one one", "is this an emergency", "do i need an ambulance"],
  "es-US": ["debo llamar al nueve uno uno", "es esto una emergencia", "necesito una ambulancia o no"],
};

/** "SymptomIntent symptom=id", "SymptomIntent symptom=?" (heard, not resolved), or the intent's name. */
function heardAs(text: string): string {
  const resolved = resolver.resolve(text);
  if (resolved.kind === "launch") return "LaunchRequest";
  const fill = resolved.slots[SYMPTOM_SLOT];
  return fill ? `${resolved.intent} ${SYMPTOM_SLOT}=${fill.id ?? "?"}` : resolved.intent;
}

describe("the symptom slot type", () => {
  const type = slotType("SymptomType", model);

  it("has one value per red-flag question, with the question's id", () => {
    expect(type.values.map((v) => v.id).sort()).toEqual(RED_FLAGS.map((f) => f.id).sort());
  });

  it.each(type.values.map((v) => [v.id, v] as const))(
    "%s: many everyday forms, each heard as that sign",
    (id, value) => {
      const forms = [value.name.value, ...(value.name.synonyms ?? [])];
      expect(forms.length).toBeGreaterThanOrEqual(15);
      for (const form of forms) {
        expect(heardAs(form), form).toBe(`${SYMPTOM_INTENT} ${SYMPTOM_SLOT}=${id}`);
        expect(heardAs(`${ONE_SHOT} ${form}`), form).toBe(`${SYMPTOM_INTENT} ${SYMPTOM_SLOT}=${id}`);
      }
    },
  );
});

describe("statements people make", () => {
  it.each(STATEMENTS[TEST_LOCALE])('"%s" is the sign %s', (said, id) => {
    expect(heardAs(said)).toBe(`${SYMPTOM_INTENT} ${SYMPTOM_SLOT}=${id}`);
  });

  it.each(UNNAMED[TEST_LOCALE])(
    '"%s" is a symptom the model cannot name (the check then asks everything)',
    (said) => {
      expect(heardAs(said)).toMatch(new RegExp(`^${SYMPTOM_INTENT}( ${SYMPTOM_SLOT}=\\?)?$`));
    },
  );

  it.each(CALLS_FOR_HELP[TEST_LOCALE])('"%s" is a call for help', (said) => {
    expect(heardAs(said)).toBe(EMERGENCY_INTENT);
  });

  it.each(HELP_ALONE[TEST_LOCALE])('"%s" alone still asks how the skill works', (said) => {
    expect(heardAs(said)).toBe("AMAZON.HelpIntent");
  });

  it("no sample is both a call for help and a request for help with the skill", () => {
    const samplesOf = (name: string) => model.intents.find((i) => i.name === name)?.samples ?? [];
    const help = new Set(samplesOf("AMAZON.HelpIntent"));
    expect(samplesOf(EMERGENCY_INTENT).filter((sample) => help.has(sample))).toEqual([]);
  });
});

describe("questions stay questions", () => {
  it("no sample of another intent is heard as a symptom or a call for help", () => {
    const stolen = model.intents
      .filter((intent) => !OURS.includes(intent.name))
      .flatMap((intent) => (intent.samples ?? []).map((sample) => ({ intent: intent.name, sample })))
      .map(({ intent, sample }) => ({
        intent,
        sample,
        heard: heardAs(sample.replace(/\{[^}]+\}/g, SLOT_FILLER)),
      }))
      .filter(({ heard }) => OURS.some((name) => heard.startsWith(name)));
    expect(stolen).toEqual([]);
  });

  it.each(TOPIC_QUESTIONS[TEST_LOCALE])('"%s" stays a topic question', (said) => {
    expect(Object.keys(TOPIC_INTENTS)).toContain(heardAs(said).split(" ")[0]);
  });

  it.each(CHECK_QUESTIONS[TEST_LOCALE])('"%s" asks for the check, not for help: it is a question', (said) => {
    expect(heardAs(said)).toBe(CHECK_INTENT);
  });
});
