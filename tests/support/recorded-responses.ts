// The recorded responses to every request kind (tests/support/request-kinds.ts): what the skill said,
// byte for byte, kept so that a change meant only to make the skill faster or smaller provably changes
// no word. Rewritten only on purpose, by `npm run record-responses`, after a change to what is said.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { ROOT } from "./model";
import { everyRequestKind } from "./request-kinds";

export const RECORDED_FILE = "tests/recorded/responses.json";
export const RECORDING_SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-0000000000ec";

export type Recording = Record<string, ResponseEnvelope>;

/**
 * The response as recorded: the SDK's user agent names the Node version it runs on, which is the
 * machine's, not the skill's, so only that part is replaced.
 */
export function asRecorded(response: ResponseEnvelope): string {
  const userAgent = response.userAgent?.replace(/Node\/v[\d.]+/, "Node/*");
  return JSON.stringify(userAgent === undefined ? response : { ...response, userAgent });
}

export function readRecording(): Recording {
  return JSON.parse(readFileSync(join(ROOT, RECORDED_FILE), "utf8")) as Recording;
}

/** Answers every request kind with `send` and writes the responses to RECORDED_FILE. */
export async function record(
  send: (envelope: RequestEnvelope) => Promise<ResponseEnvelope>,
): Promise<number> {
  const recording: Recording = {};
  for (const kind of everyRequestKind(RECORDING_SKILL_ID)) {
    recording[kind.name] = JSON.parse(asRecorded(await send(kind.envelope))) as ResponseEnvelope;
  }
  writeFileSync(join(ROOT, RECORDED_FILE), `${JSON.stringify(recording, null, 2)}\n`);
  return Object.keys(recording).length;
}
