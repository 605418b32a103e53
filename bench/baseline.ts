// The benchmark's baseline: the smallest useful ask-sdk-core skill, one handler that answers every
// request, exported the way the skill's Lambda entry exports its handler. Bundled with the same
// esbuild options as the skill (bench/run.mts), it is what "cold start ≤ 1.2 × baseline" is against.
import { SkillBuilders } from "ask-sdk-core";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";

const skill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: () => true,
    handle: (input) => input.responseBuilder.speak("Hello.").reprompt("Hello?").getResponse(),
  })
  .create();

export const handler = async (event: RequestEnvelope, context: unknown): Promise<ResponseEnvelope> =>
  skill.invoke(event, context);
