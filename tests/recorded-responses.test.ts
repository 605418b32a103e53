// Every request kind gets exactly the recorded response, byte for byte, from the skill in process and
// from the built Lambda bundle. Performance work must not change a word; a change to what is said
// is recorded on purpose with `npm run record-responses` (and its diff read).
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { describe, expect, it } from "vitest";
import { buildSkill } from "../lambda/build-skill";
import { bundleHandler, useBundle } from "./support/bundle";
import { asRecorded, RECORDED_FILE, RECORDING_SKILL_ID, readRecording } from "./support/recorded-responses";
import { everyRequestKind } from "./support/request-kinds";

const recording = readRecording();
const kinds = everyRequestKind(RECORDING_SKILL_ID);
const inProcess = buildSkill({ skillId: RECORDING_SKILL_ID, log: () => {} });

const senders: Record<string, (envelope: RequestEnvelope) => Promise<ResponseEnvelope>> = {
  "the skill in process": (envelope) => inProcess.invoke(envelope),
  "the built bundle": (envelope) => bundleHandler(envelope, {}),
};

describe("recorded responses", () => {
  it(`${RECORDED_FILE} holds exactly the current request kinds (else: npm run record-responses)`, () => {
    expect(Object.keys(recording)).toEqual(kinds.map((k) => k.name));
  });

  useBundle(RECORDING_SKILL_ID);

  describe.each(Object.keys(senders))("%s", (sender) => {
    it.each(kinds.map((k) => [k.name, k.envelope] as const))("%s", async (name, envelope) => {
      const response = await senders[sender]?.(structuredClone(envelope));
      expect(response && asRecorded(response)).toBe(JSON.stringify(recording[name]));
    });
  });
});
