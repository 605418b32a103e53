// The benchmark's baseline: the smallest useful ask-sdk-core skill, one LaunchRequest handler and the
// skill id check, exported the way the skill's Lambda entry exports its handler. Bundled with the same
// esbuild options as the skill (bench/run.mts), it is what the budgets are measured against.
import { getRequestType, SkillBuilders } from "ask-sdk-core";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";

const skill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: (input) => getRequestType(input.requestEnvelope) === "LaunchRequest",
    handle: (input) => input.responseBuilder.speak("Hello.").reprompt("Hello?").getResponse(),
  })
  .withSkillId(process.env.SKILL_ID ?? "")
  .create();

export const handler = async (event: RequestEnvelope, context: unknown): Promise<ResponseEnvelope> =>
  skill.invoke(event, context);
