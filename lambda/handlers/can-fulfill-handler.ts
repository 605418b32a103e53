// CanFulfillIntentRequest: before routing a request that names no skill ("Alexa, what causes back
// spasms?"), Alexa asks whether this skill can answer it. The answer is honest, per intent and per
// slot, and has no speech, no state and no side effect; the request's one log line is the usual one.
import type { RequestHandler } from "ask-sdk-core";
import type { canfulfill } from "ask-sdk-model";
import { filledSlots, intentName, requestType, resolvedSlotId } from "../skill/request-fields";
import { CAN_FULFILL_REQUEST } from "../skill/request-types";
import {
  AMAZON,
  CHECK_INTENT,
  EMERGENCY_INTENT,
  NOT_COVERED_INTENT,
  REMINDER_INTENT,
  SYMPTOM_INTENT,
  TOPIC_INTENTS,
  UNSURE_INTENT,
} from "./intents";
import { topicFor } from "./topic-handlers";

/** "topic": yes when the skill has the topic asked about (a cause or treatment it knows); else maybe. */
export type NameFree = "yes" | "topic" | "no";

/** Every intent the skill handles, and what it says when asked name-free. Anything else gets NO. */
export const NAME_FREE: Readonly<Record<string, NameFree>> = {
  ...Object.fromEntries(Object.keys(TOPIC_INTENTS).map((name) => [name, "topic" as const])),
  [CHECK_INTENT]: "yes",
  // "Should I use ice or heat?" said to Alexa alone: this skill's answer is that its article doesn't
  // cover it, which fulfils nothing.
  [NOT_COVERED_INTENT]: "no",
  // A reminder changes the person's device, and "remind me tomorrow morning" said to Alexa alone is
  // most likely about something else: only when the person is talking to this skill.
  [REMINDER_INTENT]: "no",
  // Said without the skill's name, "I have a fever" need not be about back spasms, and a call for help
  // belongs to Alexa's own emergency features rather than to a third-party skill: both are declined.
  [SYMPTOM_INTENT]: "no",
  [EMERGENCY_INTENT]: "no",
  // Yes, no, not sure, help, stop, more... mean something only inside a conversation with the skill.
  [UNSURE_INTENT]: "no",
  ...Object.fromEntries(Object.values(AMAZON).map((name) => [name, "no" as const])),
};

function intentVerdict(name: string | undefined, envelope: unknown): canfulfill.CanFulfillIntentValues {
  const kind = name !== undefined && Object.hasOwn(NAME_FREE, name) ? NAME_FREE[name] : "no";
  if (kind !== "topic") return kind === "yes" ? "YES" : "NO";
  const topic = topicFor(name, envelope);
  // A cause or treatment the skill does not know gets the list instead: a partial answer.
  return topic && "id" in topic && topic.id === undefined ? "MAYBE" : "YES";
}

function slotVerdict(
  envelope: unknown,
  slot: string,
  intent: canfulfill.CanFulfillIntentValues,
): canfulfill.CanFulfillSlot {
  if (intent === "NO") return { canUnderstand: "NO", canFulfill: "NO" };
  return resolvedSlotId(envelope, slot) === undefined
    ? { canUnderstand: "MAYBE", canFulfill: "NO" }
    : { canUnderstand: "YES", canFulfill: "YES" };
}

export const canFulfillHandler: RequestHandler = {
  canHandle: (input) => requestType(input.requestEnvelope) === CAN_FULFILL_REQUEST,
  handle: (input) => {
    const envelope: unknown = input.requestEnvelope;
    const canFulfill = intentVerdict(intentName(envelope), envelope);
    const slots = Object.fromEntries(
      filledSlots(envelope).map((slot) => [slot, slotVerdict(envelope, slot, canFulfill)]),
    );
    return input.responseBuilder.withCanFulfillIntent({ canFulfill, slots }).getResponse();
  },
};
