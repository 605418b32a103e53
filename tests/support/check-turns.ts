// The red-flag check as a listener hears it: which question a turn asks, and what each tier is.

import { expect } from "vitest";
import { type RedFlag, TIERS, type Tier } from "../../lambda/check/red-flag-check";
import { RED_FLAGS } from "../../lambda/content-lookup/red-flags";
import { PHONE, t } from "./content";
import { HEAR } from "./phrases";
import { Conversation, type Heard } from "./skill";

export const askText = (i: number) => t(`check:questions.${RED_FLAGS[i]?.id}.ask`);
export const plainerText = (i: number) => t(`check:questions.${RED_FLAGS[i]?.id}.plainer`);

/**
 * A symptom in the check that names no sign: the kind line, then question `i` again as after any
 * unrecognised answer (how to answer, the plainer wording).
 */
export const unclearSignText = (i: number) =>
  `${t("check:mention.unclearInCheck")} ${t("check:pleaseAnswer")} ${plainerText(i)}`;

/** Which question a turn's text asks (by its usual or plainer wording), or -1. */
export function questionAsked(text: string): number {
  return RED_FLAGS.findIndex((_, i) => text.endsWith(askText(i)) || text.endsWith(plainerText(i)));
}

export const tierAt = (i: number): Tier => (RED_FLAGS[i] as RedFlag).tier;

/** Lower is more urgent; "none" (no red flag) is the least. */
export const rank = (tier: Tier | "none"): number => (tier === "none" ? TIERS.length : TIERS.indexOf(tier));

/** The positions of the questions of a more urgent tier than the question at `k`, from content. */
export function moreUrgentThan(k: number): number[] {
  return [...RED_FLAGS.keys()].filter((i) => rank(tierAt(i)) < rank(tierAt(k)));
}

/** How a test's conversation sends its requests: in process (the default) or through the bundle. */
export type Send = ConstructorParameters<typeof Conversation>[1];

/** A conversation at question `at` of the check (every earlier one answered no). */
export async function atQuestion(at: number, send?: Send): Promise<Conversation> {
  const c = new Conversation({}, send);
  let turn = await c.say("CheckSymptomsIntent");
  for (let i = 0; i < at; i++) turn = await c.say("AMAZON.NoIntent");
  expect(questionAsked(turn.text)).toBe(at);
  return c;
}

/** The red-flag id of question `i`. */
export const idAt = (i: number) => RED_FLAGS[i]?.id as string;

/** "You mentioned …" for question `i`'s sign. */
export const mentioned = (i: number) =>
  t("check:mention.said", { mentioned: t(`check:questions.${idAt(i)}.mentioned`) });

/**
 * The emergency outcome: 911 and HEAR.cannotCallShort first, `restated`, the number, a card with the
 * number, the end; `restatedOnCard` too when the card carries it (a sign does, a call for help not).
 */
export function expectEmergency(turn: Heard, restated: string, label = "", restatedOnCard = true): void {
  expect(turn.text.startsWith(t("check:outcomes.emergency.first")), `${label}: ${turn.text}`).toBe(true);
  expect(turn.text.split(/(?<=[.;])\s/)[0], label).toContain(HEAR.callEmergencyFirst);
  expect(turn.text, label).toContain(HEAR.cannotCallShort);
  expect(turn.text, label).toContain(restated);
  expect(turn.text, label).toContain(PHONE);
  expect(turn.text, label).not.toMatch(/\?$/);
  expect(turn.ended, label).toBe(true);
  expect(turn.card?.title, label).toBe(t("check:outcomes.emergency.cardTitle"));
  if (restatedOnCard) expect(turn.card?.text, label).toContain(restated);
  expect(turn.card?.text, label).toContain(PHONE);
}
