// The red-flag check as a listener hears it: which question a turn asks, and what each tier is.

import { expect } from "vitest";
import { type RedFlag, TIERS, type Tier } from "../../lambda/check/red-flag-check";
import { RED_FLAGS } from "../../lambda/content-lookup/red-flags";
import { t } from "./content";
import { Conversation } from "./skill";

export const askText = (i: number) => t(`check:questions.${RED_FLAGS[i]?.id}.ask`);
export const plainerText = (i: number) => t(`check:questions.${RED_FLAGS[i]?.id}.plainer`);

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
