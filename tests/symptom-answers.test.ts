// A sign said together with a yes or a no ("no, I can't feel my legs", "yes and I wet myself", "no but
// I fell"): the model hears both, and the sign wins. An emergency sign gives the emergency outcome at
// once; an urgent or routine sign is remembered, and the yes or no answers the question being asked,
// as it was said, never lowering anything. Every carrier, answer and sign comes from the model, the
// expectations from content (the questions' order and tiers), never from the code under test.
import { describe, expect, it } from "vitest";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { SYMPTOM_ANSWER_SLOT, SYMPTOM_INTENT, SYMPTOM_SLOT } from "../lambda/handlers/intents";
import type { SlotFill } from "../simulator/envelopes";
import { createResolver } from "../simulator/resolver";
import { MODEL } from "../simulator/session";
import { invokeBundle, useBundle } from "./support/bundle";
import { askText, atQuestion, moreUrgentThan, questionAsked, rank, tierAt } from "./support/check-turns";
import { PHONE, t } from "./support/content";
import { symptom } from "./support/fills";
import { model, slotType } from "./support/model";

const resolver = createResolver(MODEL);
const positions = [...RED_FLAGS.keys()];
const idAt = (i: number) => RED_FLAGS[i]?.id as string;
const mentioned = (i: number) =>
  t("check:mention.said", { mentioned: t(`check:questions.${idAt(i)}.mentioned`) });
const FIRST = t("check:outcomes.emergency.first");

const symptomIntent = model.intents.find((i) => i.name === SYMPTOM_INTENT);
const answerType = symptomIntent?.slots?.find((s) => s.name === SYMPTOM_ANSWER_SLOT)?.type ?? "";
/** The samples that carry a sign inside a yes or a no. */
const carriers = (symptomIntent?.samples ?? []).filter(
  (sample) => sample.includes(`{${SYMPTOM_ANSWER_SLOT}}`) && sample.includes(`{${SYMPTOM_SLOT}}`),
);
const formsOf = (type: string) =>
  slotType(type).values.flatMap((v) =>
    [v.name.value, ...(v.name.synonyms ?? [])].map((form) => ({ form, id: v.id as string })),
  );
const signForms = formsOf("SymptomType");
const answerForms = formsOf(answerType);
const answerIds = [...new Set(answerForms.map((a) => a.id))];

function fill(carrier: string, answer: string, sign: string): string {
  return carrier.replace(`{${SYMPTOM_ANSWER_SLOT}}`, answer).replace(`{${SYMPTOM_SLOT}}`, sign);
}

describe("the model hears a sign inside a yes or a no", () => {
  it("has carriers for yes, no and not sure with and, but, too and the rest", () => {
    expect(carriers.length).toBeGreaterThanOrEqual(15);
    for (const needed of ["{answer} {symptom}", "{answer} and {symptom}", "{answer} but {symptom}"])
      expect(carriers).toContain(needed);
    expect(answerIds.sort()).toEqual(["no", "unsure", "yes"]);
  });

  // Every phrasing of every sign in every carrier (the answer's forms taken in turn), then every form
  // of every answer in every carrier (the signs' phrasings taken in turn).
  const table = [
    ...carriers.flatMap((carrier, c) =>
      signForms.map((sign, s) => ({ carrier, sign, answer: answerForms[(c + s) % answerForms.length] })),
    ),
    ...carriers.flatMap((carrier, c) =>
      answerForms.map((answer, a) => ({ carrier, answer, sign: signForms[(c * 7 + a) % signForms.length] })),
    ),
  ];

  it(`${carriers.length} carriers x ${signForms.length} sign phrasings and x ${answerForms.length} answer forms: the sign and the answer`, {
    timeout: 120_000,
  }, () => {
    const wrong: string[] = [];
    for (const { carrier, sign, answer } of table) {
      if (!sign || !answer) throw new Error("empty table");
      const said = fill(carrier, answer.form, sign.form);
      const heard = resolver.resolve(said);
      const got =
        heard.kind === "intent"
          ? `${heard.intent} ${heard.slots[SYMPTOM_SLOT]?.id} ${heard.slots[SYMPTOM_ANSWER_SLOT]?.id}`
          : heard.kind;
      if (got !== `${SYMPTOM_INTENT} ${sign.id} ${answer.id}`) wrong.push(`"${said}" → ${got}`);
    }
    expect(wrong).toEqual([]);
    expect(table.length).toBe(carriers.length * (signForms.length + answerForms.length));
  });
});

const answerFill = (id: string): { answer: SlotFill } => ({ answer: { value: id, type: answerType, id } });
const moreUrgentOf = (a: number, b: number) => (rank(tierAt(a)) <= rank(tierAt(b)) ? a : b);

describe.each([
  ["in process", undefined],
  ["through dist/lambda/index.js", invokeBundle],
] as const)("a sign with a yes, no or not sure, at every question, through the skill %s", (_, send) => {
  useBundle();

  it.each(positions)("at question %i", { timeout: 60_000 }, async (at) => {
    for (const k of positions) {
      for (const answer of answerIds) {
        const label = `${idAt(k)} with "${answer}" at question ${at}`;
        const c = await atQuestion(at, send);
        const turn = await c.say(SYMPTOM_INTENT, { ...symptom(idAt(k)), ...answerFill(answer) });
        // The sign is always kept: said back before the next question, or on the outcome's card.
        if (questionAsked(turn.text) === -1) expect(turn.card?.text, label).toContain(`- ${mentioned(k)}`);
        else expect(turn.text.startsWith(mentioned(k)), label).toBe(true);
        if (tierAt(k) === "emergency") {
          expect(turn.text.startsWith(FIRST), `${label}: ${turn.text}`).toBe(true);
          // Said back: a yes to an emergency question, else the sign; the rest is on the card.
          const yes = t(`check:questions.${idAt(at)}.yes`);
          const yesGaveIt = answer !== "no" && tierAt(at) === "emergency";
          expect(turn.text, label).toContain(yesGaveIt ? yes : mentioned(k));
          if (answer !== "no") expect(turn.card?.text, label).toContain(yes);
          expect(turn.ended, label).toBe(true);
          expect(turn.card?.title, label).toBe(t("check:outcomes.emergency.cardTitle"));
          continue;
        }
        if (answer !== "no") {
          // A yes (or not sure) to this question, and the sign: the more urgent of the two tiers.
          const tier = tierAt(moreUrgentOf(at, k));
          const yes = t(`check:questions.${idAt(at)}.yes`);
          expect(turn.card?.title, `${label}: ${turn.text}`).toBe(t(`check:outcomes.${tier}.cardTitle`));
          // Said back: what gave the tier (the yes, unless the sign is more urgent); both on the card.
          expect(turn.text, label).toContain(rank(tierAt(at)) <= rank(tierAt(k)) ? yes : mentioned(k));
          expect(turn.card?.text, label).toContain(yes);
          expect(turn.card?.text, label).toContain(PHONE);
          continue;
        }
        // A no to this question: the next more urgent question still ahead, or the sign's own tier.
        const next = moreUrgentThan(k).find((i) => i > at);
        if (next === undefined) {
          expect(turn.card?.title, `${label}: ${turn.text}`).toBe(t(`check:outcomes.${tierAt(k)}.cardTitle`));
          // The no is on the card, unless it was a no to the very sign said with it: the sign stands.
          const no = t("check:card.answerNo", { no: t(`check:questions.${idAt(at)}.no`) });
          if (at === k) expect(turn.card?.text, label).not.toContain(no);
          else expect(turn.card?.text, label).toContain(no);
        } else {
          expect(turn.text.endsWith(askText(next)), `${label}: ${turn.text}`).toBe(true);
          expect(turn.ended, label).toBe(false);
        }
      }
    }
  });
});
