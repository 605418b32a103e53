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
import { createResolver } from "../simulator/resolver";
import { MODEL } from "../simulator/session";
import { model, slotType } from "./support/model";

const resolver = createResolver(MODEL);
const OURS = [SYMPTOM_INTENT, EMERGENCY_INTENT];

/** "SymptomIntent symptom=id", "SymptomIntent symptom=?" (heard, not resolved), or the intent's name. */
function heardAs(text: string): string {
  const resolved = resolver.resolve(text);
  if (resolved.kind === "launch") return "LaunchRequest";
  const fill = resolved.slots[SYMPTOM_SLOT];
  return fill ? `${resolved.intent} ${SYMPTOM_SLOT}=${fill.id ?? "?"}` : resolved.intent;
}

describe("the symptom slot type", () => {
  const type = slotType("SymptomType");

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
        expect(heardAs(`ask back spasm guide ${form}`), form).toBe(`${SYMPTOM_INTENT} ${SYMPTOM_SLOT}=${id}`);
      }
    },
  );
});

describe("statements people make", () => {
  it.each([
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
  ])('"%s" is the sign %s', (said, id) => {
    expect(heardAs(said)).toBe(`${SYMPTOM_INTENT} ${SYMPTOM_SLOT}=${id}`);
  });

  it.each(["i can't walk", "my stomach hurts", "i have a headache"])(
    '"%s" is a symptom the model cannot name (the check then asks everything)',
    (said) => {
      expect(heardAs(said)).toMatch(new RegExp(`^${SYMPTOM_INTENT}( ${SYMPTOM_SLOT}=\\?)?$`));
    },
  );

  it.each([
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
  ])('"%s" is a call for help', (said) => {
    expect(heardAs(said)).toBe(EMERGENCY_INTENT);
  });

  it.each(["help", "help me"])('"%s" alone still asks how the skill works', (said) => {
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
        heard: heardAs(sample.replace(/\{[^}]+\}/g, "stress")),
      }))
      .filter(({ heard }) => OURS.some((name) => heard.startsWith(name)));
    expect(stolen).toEqual([]);
  });

  it.each(["what is spinal stenosis", "tell me about back surgery", "could it be a slipped disc"])(
    '"%s" stays a topic question',
    (said) => {
      expect(Object.keys(TOPIC_INTENTS)).toContain(heardAs(said).split(" ")[0]);
    },
  );

  it.each(["should i call nine one one", "is this an emergency", "do i need an ambulance"])(
    '"%s" asks for the check, not for help: it is a question',
    (said) => {
      expect(heardAs(said)).toBe(CHECK_INTENT);
    },
  );
});
