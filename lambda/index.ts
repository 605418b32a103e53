// The Lambda entry point. Fails closed: without SKILL_ID in the environment every request is refused.
// SKILL_ID is read trimmed (a pasted id often brings a space or a newline with it); blank is unset.

import type { Skill } from "ask-sdk-core";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import type { Context } from "aws-lambda";
import { buildSkill } from "./build-skill";
import { bounded, jsonLineSink } from "./skill/request-log";

let built: { skillId: string; skill: Skill } | undefined;

function skillFor(skillId: string): Skill {
  if (built?.skillId !== skillId) built = { skillId, skill: buildSkill({ skillId }) };
  return built.skill;
}

export const handler = async (event: RequestEnvelope, context: Context): Promise<ResponseEnvelope> => {
  const skillId = process.env.SKILL_ID?.trim();
  if (!skillId) {
    jsonLineSink({ level: "error", event: "refused", reason: "SKILL_ID is not set" });
    throw new Error("SKILL_ID is not set: refusing every request");
  }
  try {
    return await skillFor(skillId).invoke(event, context);
  } catch (error) {
    // Only a request the skill refused reaches here (a wrong skill id, or an envelope with no context).
    jsonLineSink({
      level: "error",
      event: "refused",
      error: error instanceof Error ? bounded(error.name) : "unknown",
      reason: error instanceof Error ? bounded(error.message) : "unknown",
    });
    throw error;
  }
};
