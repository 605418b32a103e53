// What every "I can't help with that" must hold (issue 10): never a dead end.
import { expect } from "vitest";
import { t } from "./content";
import { HEAR } from "./phrases";
import type { Heard } from "./skill";

/**
 * `heard` says `lead`, then what the skill can do with the offer of the check and the emergency line,
 * and asks whether the person wants the clinic's number (the test then says yes to get it).
 */
export function expectNoDeadEnd(heard: Heard, lead: string): void {
  expect(heard.text).toContain(lead);
  expect(heard.text).toContain(t("conversation:whatICanDo"));
  expect(heard.text).toMatch(HEAR.checkMySymptoms);
  expect(heard.text).toContain(HEAR.callEmergency);
  expect(heard.text.endsWith(t("conversation:numberOffer.question"))).toBe(true);
  expect(heard.reprompt).toContain(t("conversation:numberOffer.reprompt"));
  expect(heard.ended).toBe(false);
}
