// What every "I can't help with that" must hold (issue 10): never a dead end.
import { expect } from "vitest";
import { EMERGENCY, t } from "./content";
import type { Heard } from "./skill";

/**
 * `heard` says `lead`, then what the skill can do with the offer of the check and the emergency line,
 * and asks whether the person wants the clinic's number (the test then says yes to get it).
 */
export function expectNoDeadEnd(heard: Heard, lead: string): void {
  expect(heard.text).toContain(lead);
  expect(heard.text).toContain(t("conversation:whatICanDo"));
  expect(heard.text).toMatch(/check (my|your) symptoms/i);
  expect(heard.text).toContain(`call ${EMERGENCY}`);
  expect(heard.text.endsWith(t("conversation:numberOffer.question"))).toBe(true);
  expect(heard.reprompt).toContain(t("conversation:numberOffer.reprompt"));
  expect(heard.ended).toBe(false);
}
