// Checks every response any test produces must pass (DESIGN.md voice rules and Alexa's limits).
import type { ResponseEnvelope } from "ask-sdk-model";
import { check as checkSsml } from "ssml-check-core";
import { outputText } from "../../simulator/readable";

export const MAX_SPEECH_CHARS = 8000;
export const MAX_RESPONSE_BYTES = 24 * 1024;

/** Problems with `envelope`, as readable sentences; empty when it is sound. */
export async function responseProblems(envelope: ResponseEnvelope): Promise<string[]> {
  const problems: string[] = [];
  const { response } = envelope;
  const bytes = Buffer.byteLength(JSON.stringify(envelope), "utf8");
  if (bytes > MAX_RESPONSE_BYTES) problems.push(`response is ${bytes} bytes, over ${MAX_RESPONSE_BYTES}`);

  const speeches = [response.outputSpeech, response.reprompt?.outputSpeech];
  for (const speech of speeches) {
    if (speech?.type !== "SSML") continue;
    if (speech.ssml.length > MAX_SPEECH_CHARS) problems.push(`speech is ${speech.ssml.length} characters`);
    const errors = await checkSsml(speech.ssml, { platform: "amazon" });
    if (errors) problems.push(`invalid SSML ${JSON.stringify(errors)} in ${speech.ssml}`);
  }
  if (response.outputSpeech === undefined) return problems; // SessionEndedRequest: silence is right.
  if (outputText(response.outputSpeech) === "") problems.push("the skill said nothing");
  if (response.shouldEndSession !== true) {
    if (!response.reprompt) problems.push("the session stays open without a reprompt");
    if (!outputText(response.outputSpeech).endsWith("?"))
      problems.push("the session stays open without a question");
  }
  return problems;
}
