// A symptom the model heard but did not resolve (ER_SUCCESS_NO_MATCH) is looked up before anything
// else: a call for help or the name of a sign inside it counts ("i'm having a heart attack now", "i got
// hit by a car"); only what names nothing runs the check, never as a no. Through the real skill; the
// names come from the model, the expectations from content.
import type { IntentRequest } from "ask-sdk-model";
import { describe, expect, it } from "vitest";
import { LASTED_SIGN } from "../lambda/content-lookup/heard-duration";
import { lookUpStatement, lookUpSymptom } from "../lambda/content-lookup/heard-symptom";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { SYMPTOM_NAMES } from "../lambda/content-lookup/symptom-names";
import { SUPPORTED_LOCALES } from "../lambda/i18n/resources";
import { translatorFor } from "../lambda/i18n/translator";
import { intentRequest } from "../simulator/envelopes";
import { createResolver } from "../simulator/resolver";
import { MODELS } from "../simulator/session";
import {
  askText,
  atQuestion,
  expectEmergency,
  idAt,
  mentioned,
  rank,
  tierAt,
  unclearSignText,
} from "./support/check-turns";
import { PHONE, t } from "./support/content";
import { unknownSymptom } from "./support/fills";
import { slotType } from "./support/model";
import { Conversation, type Heard, heard, invoke, logLines, TEST_SKILL_ID } from "./support/skill";

const positions = [...RED_FLAGS.keys()];
const _FIRST = t("check:outcomes.emergency.first");
const HELP = t("check:mention.askedForHelp");

const said = (text: string) => ["SymptomIntent", unknownSymptom(text)] as const;

describe("every name of every sign, inside words the model did not resolve", () => {
  const forms = slotType("SymptomType").values.flatMap((v) =>
    [v.name.value, ...(v.name.synonyms ?? [])].map((form) => ({
      form,
      k: RED_FLAGS.findIndex((f) => f.id === v.id),
    })),
  );

  it(`${forms.length} phrasings, after launch: that sign or a more urgent one, never lower, never nothing`, async () => {
    for (const { form, k } of forms) {
      const text = `um so ${form} this morning`;
      const c = new Conversation();
      await c.launch();
      const turn = await c.say(...said(text));
      // The sign said back is this one, or one more urgent that its words also name.
      const heard = positions.filter(
        (j) => turn.text.includes(mentioned(j)) || turn.card?.text.includes(`- ${mentioned(j)}`),
      );
      expect(heard.length, `${text}: ${turn.text}`).toBeGreaterThan(0);
      if (tierAt(k) === "emergency") expectEmergency(turn, mentioned(heard[0] ?? k), text);
      for (const j of heard) expect(rank(tierAt(j)), text).toBeLessThanOrEqual(rank(tierAt(k)));
    }
  });
});

describe("a word said two ways is one word to the lookup", () => {
  it('"numb between my legs" is the saddle sign ("numbness between ... leg"), not numbness in the legs', () => {
    expect(lookUpSymptom("numb between my legs")).toEqual({ kind: "sign", id: "saddle" });
  });

  it('a slipped disc or vertebra is a cause, not the slip of "i slipped on the ice": no sign, so no 911', () => {
    for (const said of ["i've got a slipped disc", "i slipped a disc lifting boxes", "a slipped vertebra"])
      expect(lookUpSymptom(said), said).toBeUndefined();
    expect(lookUpSymptom("i slipped on the stairs and my slipped disc is worse")).toEqual({
      kind: "sign",
      id: "injury",
    });
  });
});

describe("in Spanish, contractions, plurals and lay words read as their names do", () => {
  it.each([
    ["anoche perdí el control del intestino", "bladderBowel"],
    ["desde ayer me cuesta hacer pipí", "urination"],
    ["me cuesta hacer pis", "urination"],
    ["se me durmieron los muslos y las piernas", "numbnessWeakness"],
    ["ay se me duerme la cola", "saddle"],
  ])('"%s" is the %s sign', (said, id) => {
    expect(lookUpSymptom(said, "es-US")).toEqual({ kind: "sign", id });
  });

  it("a denied sign is still no sign, in the singular or the plural, and across 'he tenido'", () => {
    for (const said of [
      "no me duelen las piernas",
      "no perdí el control del intestino",
      "nunca he tenido problemas para hacer pis",
      "nunca he tenido pérdida del control del intestino",
    ])
      expect(lookUpSymptom(said, "es-US"), said).toBeUndefined();
  });

  it("sleeping on one's side is not one side gone numb", () => {
    for (const said of [
      "mi esposo duerme de lado",
      "durmió de lado toda la noche",
      "si duerme de lado ayuda",
    ])
      expect(lookUpSymptom(said, "es-US"), said).toBeUndefined();
    expect(lookUpSymptom("se le durmió todo un lado", "es-US")).toEqual({
      kind: "sign",
      id: "numbnessWeakness",
    });
  });

  it("'no sé' (I don't know) before a sign never denies it", () => {
    expect(lookUpSymptom("no sé, me duele el pecho", "es-US")).toEqual({
      kind: "sign",
      id: "suddenChestBelly",
    });
    expect(lookUpSymptom("no sé perdí el control del intestino", "es-US")).toEqual({
      kind: "sign",
      id: "bladderBowel",
    });
    expect(lookUpSymptom("no sé", "es-US")).toBeUndefined();
    // "no se me quita" keeps its own "no": the pain that will not go is the sign of no relief.
    expect(lookUpSymptom("no se me quita", "es-US")).toEqual({ kind: "sign", id: "noRelief" });
  });

  it("a sign that starts with its own 'no' counts after another 'no'", () => {
    expect(lookUpSymptom("no no puedo orinar", "es-US")).toEqual({ kind: "sign", id: "urination" });
    expect(lookUpSymptom("no no siento las piernas", "es-US")).toEqual({
      kind: "sign",
      id: "numbnessWeakness",
    });
  });
});

describe("an arm that will not move or has gone numb is the numbness or weakness sign, in both languages", () => {
  it.each([
    ["en-US", "i can't move my left arm"],
    ["en-US", "my right arm won't move at all"],
    ["en-US", "i can't lift my arm"],
    ["es-US", "no puedo mover el brazo izquierdo"],
    ["es-US", "se me durmió el brazo derecho"],
    ["es-US", "ay no siento el brazo"],
  ] as const)('%s: "%s"', (locale, said) => {
    expect(lookUpSymptom(said, locale)).toEqual({ kind: "sign", id: "numbnessWeakness" });
  });

  it.each([
    ["en-US", "i lost the strength in my legs this morning", "numbnessWeakness"],
    ["es-US", "ay se me aflojaron las piernas de repente", "numbnessWeakness"],
    ["es-US", "perdí la fuerza en las piernas", "numbnessWeakness"],
    ["es-US", "tengo vih", "infectionRisk"],
  ] as const)('%s: legs that lost their strength, and HIV as English hears it: "%s"', (locale, said, id) => {
    expect(lookUpSymptom(said, locale)).toEqual({ kind: "sign", id });
  });

  it("denied, it is no sign", () => {
    expect(lookUpSymptom("i don't have numbness in my arm", "en-US")).toBeUndefined();
    expect(lookUpSymptom("no tengo el brazo dormido", "es-US")).toBeUndefined();
  });

  it('"rest has not helped" in Spanish is the sign of no relief', () => {
    expect(lookUpSymptom("el reposo no me ha servido de nada", "es-US")).toEqual({
      kind: "sign",
      id: "noRelief",
    });
  });
});

describe("a length of a week or more, said with any number in a statement, is the sign of the last question", () => {
  it("that sign is one of the check's questions", () => {
    expect(RED_FLAGS.map((flag) => flag.id)).toContain(LASTED_SIGN);
  });

  it.each([
    ["en-US", "i've had it for ten days"],
    ["en-US", "it started two weeks ago"],
    ["en-US", "for the past twelve days"],
    ["en-US", "about a month now"],
    ["en-US", "a couple of weeks"],
    ["en-US", "it's been going on for weeks"],
    ["es-US", "desde hace dos semanas"],
    ["es-US", "hace diez días que empezó"],
    ["es-US", "llevo doce días así"],
    ["es-US", "más de una semana"],
  ] as const)('%s: "%s"', (locale, statement) => {
    expect(lookUpStatement(statement, locale)).toEqual({ kind: "sign", id: LASTED_SIGN });
  });

  it.each([
    ["en-US", "three days"],
    ["en-US", "less than a week"],
    ["en-US", "it hasn't been a week yet"],
    ["en-US", "my appointment is in two weeks"],
    ["en-US", "it started this week"],
    ["en-US", "every day"],
    ["en-US", "i'm sixty five years old"],
    ["es-US", "hace tres días"],
    ["es-US", "menos de una semana"],
    ["es-US", "no ha pasado una semana"],
    ["es-US", "dentro de dos semanas"],
    ["es-US", "empezó la semana pasada"],
    ["es-US", "tengo sesenta y cinco años"],
  ] as const)('%s: "%s" is no length of a week or more', (locale, statement) => {
    expect(lookUpStatement(statement, locale)).toBeUndefined();
  });

  it("with a sign's name, the more urgent of the two: never lower than the name alone", () => {
    // A call for help outranks every sign; nothing heard ranks below them all.
    const rankOf = (heard: ReturnType<typeof lookUpStatement>) => {
      if (heard === undefined) return Number.POSITIVE_INFINITY;
      return heard.kind === "help" ? -1 : RED_FLAGS.findIndex((flag) => flag.id === heard.id);
    };
    const lengths = { "en-US": "for two weeks", "es-US": "desde hace dos semanas" } as const;
    for (const locale of SUPPORTED_LOCALES)
      for (const names of Object.values(SYMPTOM_NAMES[locale]))
        for (const name of names) {
          const alone = lookUpSymptom(name, locale);
          if (alone?.kind !== "sign") continue;
          const withLength = lookUpStatement(`${name} ${lengths[locale]}`, locale);
          expect(rankOf(withLength), `${name} ${lengths[locale]}`).toBeLessThanOrEqual(rankOf(alone));
        }
  });

  it("in a cause's slot a length may be the cause's own: \"being stressed for weeks\" answers about stress", async () => {
    const resolver = createResolver(MODELS["en-US"], "en-US");
    const answer = async (text: string) => {
      const resolved = resolver.resolve(text);
      if (resolved.kind !== "intent" || resolved.intent !== "CauseIntent")
        throw new Error(`${text}: no cause`);
      const c = new Conversation();
      await c.launch();
      return c.say(resolved.intent, resolved.slots);
    };
    const withLength = await answer("could it be from being stressed for weeks");
    expect(withLength.text).toBe((await answer("tell me about stress")).text);
  });
});

describe("calls for help and emergency signs the slot did not resolve", () => {
  const calls = [
    "i'm having a heart attack now",
    "a heart attack i think",
    "i think i'm having a stroke this morning",
    "call 911 right away",
    "call nine one one for my wife",
    "get an ambulance here",
    "this is an emergency i think",
    "i can't breathe",
    "i cannot breathe properly",
    "i'm having trouble breathing",
  ];

  it.each(calls)(
    '"%s": the emergency outcome at once, after launch, in a topic and one-shot',
    async (text) => {
      const launched = new Conversation();
      await launched.launch();
      expectEmergency(await launched.say(...said(text)), HELP, `${text} after launch`);
      const topic = new Conversation();
      await topic.say("CausesIntent");
      expectEmergency(await topic.say(...said(text)), HELP, `${text} in a list`);
      expectEmergency(
        await new Conversation({ newSession: true }).say(...said(text)),
        HELP,
        `${text} one-shot`,
      );
    },
  );

  it("at every question of the check: the emergency outcome, not the next question", async () => {
    for (const at of positions) {
      for (const text of calls)
        expectEmergency(await (await atQuestion(at)).say(...said(text)), HELP, `${text} at ${at}`);
      const injury = RED_FLAGS.findIndex((f) => f.id === "injury");
      expectEmergency(
        await (await atQuestion(at)).say(...said("i got hit by a car")),
        mentioned(injury),
        `at ${at}`,
      );
    }
  });

  it.each([
    ["i got hit by a car", "injury"],
    ["my legs went numb", "numbnessWeakness"],
    ["um i think i peed myself earlier", "bladderBowel"],
    // A name's words with a few others between them, and words said in more than one way.
    ["my legs are slowly going numb", "numbnessWeakness"],
    ["my left side suddenly went numb", "numbnessWeakness"],
    ["i'm gonna pass out", "suddenChestBelly"],
    ["i keep peeing myself", "bladderBowel"],
    ["urinating is hard this week", "urination"],
  ])('"%s" after launch: the sign %s, the emergency outcome', async (text, id) => {
    const k = RED_FLAGS.findIndex((f) => f.id === id);
    expectEmergency(await new Conversation().say(...said(text)), mentioned(k), "launch");
  });
});

describe('in Spanish, "ni" between a sign\'s words says "not even", never a denial', () => {
  const es = translatorFor("es-US");
  const mentionedEs = (id: string) =>
    es("check:mention.said", { mentioned: es(`check:questions.${id}.mentioned`) });

  it.each([
    ["no siento ni las piernas", "numbnessWeakness"],
    ["no puedo ni orinar", "urination"],
  ])(
    '"%s", after launch and at every question of the check: the sign %s, the emergency outcome',
    async (text, id) => {
      const first = es("check:outcomes.emergency.first");
      const expectEs = (turn: Heard, label: string) => {
        expect(turn.text.startsWith(first), `${label}: ${turn.text}`).toBe(true);
        expect(turn.text, label).toContain(mentionedEs(id));
        expect(turn.ended, label).toBe(true);
      };
      const launched = new Conversation({ locale: "es-US" });
      await launched.launch();
      expectEs(await launched.say(...said(text)), "launch");
      for (const at of positions) {
        const c = new Conversation({ locale: "es-US" });
        await c.say("CheckSymptomsIntent");
        for (let i = 0; i < at; i++) await c.say("AMAZON.NoIntent");
        expectEs(await c.say(...said(text)), `at ${at}`);
      }
    },
  );

  it('"ni" right before a sign still denies it ("ni me caí"): no sign heard, and the check runs from its first question', async () => {
    const c = new Conversation({ locale: "es-US" });
    await c.launch();
    const turn = await c.say(...said("no, ni me caí"));
    expect(turn.text).not.toContain(mentionedEs("injury"));
    expect(turn.text).toContain(es("check:mention.unclear"));
    expect(turn.text).toContain(es(`check:questions.${idAt(0)}.ask`));
    expect(turn.ended).toBe(false);
  });
});

describe("statements as people in pain make them, through the model and the skill", () => {
  // The model's statement openings hand what follows to the slot; the lookup reads the words in their
  // everyday forms (wee, tummy, private parts, no feeling, giving out, all of a sudden).
  const resolver = createResolver(MODELS["en-US"], "en-US");
  async function afterLaunch(text: string): Promise<Heard> {
    const resolved = resolver.resolve(text);
    if (resolved.kind !== "intent") throw new Error(`${text}: not a request`);
    const c = new Conversation();
    await c.launch();
    return c.say(resolved.intent, resolved.slots);
  }

  it.each([
    ["both my feet have no feeling", "numbnessWeakness"],
    ["the whole left side of my body went numb", "numbnessWeakness"],
    ["my legs keep giving out on me", "numbnessWeakness"],
    ["i've been weeing myself", "bladderBowel"],
    ["there's tingling in my private parts", "saddle"],
    ["i keep straining to urinate", "urination"],
    ["my tummy hurts all of a sudden", "suddenChestBelly"],
  ])('"%s": the sign %s, the emergency outcome', async (text, id) => {
    const k = RED_FLAGS.findIndex((f) => f.id === id);
    expectEmergency(await afterLaunch(text), mentioned(k), text);
  });

  it.each([
    "someone help me right now",
    "get the paramedics here",
    "get me to the emergency room",
    "help i'm having a stroke",
    "this is an emergency i need help now",
  ])('"%s": a call for help, the emergency outcome', async (text) => {
    expectEmergency(await afterLaunch(text), HELP, text);
  });

  it("help inside a request is not a call for help, and a request for the number stays one", async () => {
    expect((await afterLaunch("i need help finding the number")).text).toBe(
      `${t("check:mention.unclear")} ${askText(0)}`,
    );
    expect((await afterLaunch("i need your number")).text).toContain(PHONE);
    expect((await afterLaunch("help me find the number")).ended).toBe(false);
    expect((await afterLaunch("help me find the number")).text).not.toContain(askText(0));
  });
});

describe("several values resolved for one phrase", () => {
  it("the most urgent sign counts, whatever order Alexa sends them in", async () => {
    const routine = RED_FLAGS.length - 1;
    for (const k of positions.filter((i) => i !== routine)) {
      for (const ids of [
        [idAt(routine), idAt(k)],
        [idAt(k), idAt(routine)],
      ]) {
        const envelope = intentRequest({ skillId: TEST_SKILL_ID }, "SymptomIntent", unknownSymptom("it"));
        const slot = (envelope.request as IntentRequest).intent.slots?.symptom;
        if (!slot) throw new Error("no symptom slot");
        slot.resolutions = {
          resolutionsPerAuthority: [
            {
              authority: "amzn1.er-authority.echo-sdk.local.SymptomType",
              status: { code: "ER_SUCCESS_MATCH" },
              values: ids.map((id) => ({ value: { id, name: id } })),
            },
          ],
        };
        const turn = heard(await invoke(envelope));
        const label = ids.join(" then ");
        if (tierAt(k) === "emergency") expectEmergency(turn, mentioned(k), label);
        else expect(turn.text, label).toContain(`${mentioned(k)} ${t("check:mention.start")}`);
        expect(turn.text, label).not.toContain(mentioned(routine));
      }
    }
  });
});

describe("what names nothing", () => {
  it.each([
    "my toes feel funny",
    "i don't have a fever",
    "it's not an emergency",
    "my legs aren't numb",
    "my chest doesn't hurt",
  ])('"%s" is never a no: the check from question 1, or in the check the same question', async (text) => {
    const c = new Conversation();
    await c.launch();
    expect((await c.say(...said(text))).text).toBe(`${t("check:mention.unclear")} ${askText(0)}`);
    const mid = await atQuestion(2);
    expect((await mid.say(...said(text))).text).toBe(unclearSignText(2));
  });

  it("said with a yes in the check, the yes stands; said with a no, nothing is taken and the question is asked again", async () => {
    const answer = (id: string) => ({ answer: { value: id, type: "SymptomAnswerType", id } });
    const no = await (await atQuestion(2)).say("SymptomIntent", {
      ...unknownSymptom("my toes feel funny"),
      ...answer("no"),
    });
    expect(no.text).toBe(unclearSignText(2));
    const yes = await (await atQuestion(2)).say("SymptomIntent", {
      ...unknownSymptom("my toes feel funny"),
      ...answer("yes"),
    });
    expect(yes.card?.title).toBe(t(`check:outcomes.${tierAt(2)}.cardTitle`));
    expect(yes.text).toContain(t(`check:questions.${idAt(2)}.yes`));
  });

  it("is never logged, nor is what the lookup found", async () => {
    const before = logLines.length;
    await new Conversation().say(...said("i got hit by a car"));
    await new Conversation().say(...said("i'm having a heart attack now"));
    await new Conversation().say(...said("my toes feel funny"));
    const text = JSON.stringify(logLines.slice(before)).toLowerCase();
    for (const secret of ["car", "heart", "toes", "injury", "help"]) expect(text).not.toContain(secret);
  });
});
