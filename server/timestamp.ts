// The request's timestamp must be within 150 seconds of the server's clock, either way, and readable:
// this stops replayed requests (and requests stamped in the future to replay later) before the SDK
// runs. Alexa's skill events (AlexaSkillEvent.*) may arrive up to an hour late, as Amazon documents.
import type { Verifier } from "ask-sdk-express-adapter";
import { Refusal } from "./refusal";

export const TIMESTAMP_TOLERANCE_MS = 150_000;
export const SKILL_EVENT_TOLERANCE_MS = 3_600_000;

// An ISO 8601 date and time with a zone, as Alexa writes it ("2026-12-06T07:10:00Z", with or
// without milliseconds, or an offset); Date.parse alone would accept many other forms.
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** Refuses `envelope` (parsed) unless its timestamp is readable and close enough to `now`. */
export function checkTimestamp(envelope: unknown, now: number): void {
  const request = field(envelope, "request");
  const timestamp = field(request, "timestamp");
  const at = typeof timestamp === "string" && ISO_TIMESTAMP.test(timestamp) ? Date.parse(timestamp) : NaN;
  if (Number.isNaN(at)) throw new Refusal("timestamp missing or unreadable");
  const type = field(request, "type");
  const late =
    typeof type === "string" && type.startsWith("AlexaSkillEvent.")
      ? SKILL_EVENT_TOLERANCE_MS
      : TIMESTAMP_TOLERANCE_MS;
  if (at > now + TIMESTAMP_TOLERANCE_MS || at < now - late) throw new Refusal("timestamp out of range");
}

/** The check as a verifier, run first of the server's verifiers. */
export const timestampVerifier: Verifier = {
  async verify(requestEnvelope: string): Promise<void> {
    // The app has parsed this body already, and refused it if it was not JSON.
    checkTimestamp(JSON.parse(requestEnvelope), Date.now());
  },
};
