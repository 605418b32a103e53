// Changing the check is a change to content alone: here the skill is built from a different question
// list (some removed, one moved, one added with its words), and asks exactly those, in that order,
// with their tiers. Nothing else in this file knows the clinic's real list.
import { describe, expect, it, vi } from "vitest";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { STATE_KEY } from "../lambda/state/session-state";
import { t } from "./support/content";
import { Conversation, type Heard } from "./support/skill";

// A question the clinic might add: its words, as check.json would hold them.
const ADDED = vi.hoisted(() => ({
  ask: "Do your legs give way under you?",
  plainer: "Do your legs suddenly stop holding you up?",
  yes: "your legs give way under you",
  no: "your legs don't give way under you",
  mentioned: "legs giving way",
}));

vi.mock("../content/red-flags.json", () => ({
  default: [
    { id: "urination", tier: "emergency" },
    { id: "legsGiveWay", tier: "emergency" },
    { id: "cancer", tier: "urgent" },
    { id: "noRelief", tier: "routine" },
  ],
}));

vi.mock("../content/en-US/check.json", async (importOriginal) => {
  const original = (await importOriginal<{ default: { questions: object } }>()).default;
  return { default: { ...original, questions: { ...original.questions, legsGiveWay: ADDED } } };
});

const ask = (i: number) => t(`check:questions.${RED_FLAGS[i]?.id}.ask`);

async function answers(...intents: string[]): Promise<Heard[]> {
  const c = new Conversation();
  await c.launch();
  const turns = [await c.say("CheckSymptomsIntent")];
  for (const intent of intents) turns.push(await c.say(intent));
  return turns;
}

describe("a check built from a different list in content/red-flags.json and check.json", () => {
  it("is the list the skill runs", () => {
    expect(RED_FLAGS.map((f) => f.id)).toEqual(["urination", "legsGiveWay", "cancer", "noRelief"]);
  });

  // The warning signs ("when should I see a specialist") name the check's signs in its own words, so
  // the added question is listed with nothing written for the list: no step beyond check.json.
  it("lists its signs as the warning signs, under their tiers, the added one in its check.json words", async () => {
    const turn = await new Conversation().say("WhenToSeeSpecialistIntent");
    expect(turn.text).toContain(t("topics:whenToSee.intro", { count: 4 }));
    const urination = t("check:questions.urination.mentioned");
    // Each sign a sentence of its own, so that two are never heard as one.
    const added = ADDED.mentioned.charAt(0).toUpperCase() + ADDED.mentioned.slice(1);
    expect(turn.text).toContain(`${t("topics:whenToSee.groups.emergency")}: ${urination}. ${added}.`);
    expect(turn.text).not.toContain(t("check:questions.bladderBowel.mentioned"));
  });

  it("asks its questions in its order, counts them, and ends with all no", async () => {
    const turns = await answers(...RED_FLAGS.map(() => "AMAZON.NoIntent"));
    expect(turns[0]?.text).toContain(t("check:intro", { count: 4 }));
    expect(turns.slice(0, -1).map((turn, i) => turn.text.endsWith(ask(i)))).toEqual([true, true, true, true]);
    expect(turns[1]?.text).toBe(ADDED.ask);
    expect(turns.at(-1)?.text).toContain(t("check:said.allNo", { count: 4 }));
    expect(turns.at(-1)?.card?.title).toBe(t("check:outcomes.none.cardTitle"));
  });

  it.each([
    [0, "emergency"],
    [1, "emergency"],
    [2, "urgent"],
    [3, "routine"],
  ])("a yes to question %i gives its tier, %s", async (position, tier) => {
    const turns = await answers(...Array(position).fill("AMAZON.NoIntent"), "AMAZON.YesIntent");
    expect(turns.at(-1)?.card?.title).toBe(t(`check:outcomes.${tier}.cardTitle`));
    expect(turns.at(-1)?.text).toContain(
      t("check:said.yes", { yes: t(`check:questions.${RED_FLAGS[position]?.id}.yes`) }),
    );
  });

  it("a place saved by the real list, now out of range, restarts the check rather than skip a question", async () => {
    const c = new Conversation();
    c.setAttributes({ [STATE_KEY]: { v: 1, check: { index: 8, questionId: "urination" } } });
    const turn = await c.say("AMAZON.NoIntent");
    expect(turn.text).toBe(`${t("check:restart")} ${ask(0)}`);
  });
});
