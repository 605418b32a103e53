// Every request type Alexa can send gets what Alexa expects for it. Events that allow no speech get an
// empty response; a type the skill does not know gets a quiet empty response, logged at info. Never
// an apology, a reprompt or a card, never an error line, and never the attributes sent back.
import type { RequestEnvelope } from "ask-sdk-model";
import { describe, expect, it } from "vitest";
import { STATE_KEY } from "../lambda/state/session-state";
import { launchRequest, sessionEndedRequest } from "../simulator/envelopes";
import { invokeBundle, useBundle } from "./support/bundle";
import { expectNothingSaid } from "./support/silent-response";
import { invoke, logLines, TEST_SKILL_ID } from "./support/skill";

/** Events Alexa sends that a skill may not answer with speech (Alexa's request types reference). */
const NO_SPEECH_EVENTS = [
  "AudioPlayer.PlaybackStarted",
  "AudioPlayer.PlaybackFinished",
  "AudioPlayer.PlaybackStopped",
  "AudioPlayer.PlaybackNearlyFinished",
  "AudioPlayer.PlaybackFailed",
  "PlaybackController.PlayCommandIssued",
  "PlaybackController.PauseCommandIssued",
  "PlaybackController.NextCommandIssued",
  "PlaybackController.PreviousCommandIssued",
  "Messaging.MessageReceived",
  "AlexaSkillEvent.SkillEnabled",
  "AlexaSkillEvent.SkillDisabled",
  "AlexaSkillEvent.SkillPermissionAccepted",
  "AlexaSkillEvent.SkillPermissionChanged",
  "AlexaSkillEvent.SkillAccountLinked",
  "Reminders.ReminderCreated",
  "Reminders.ReminderUpdated",
  "Reminders.ReminderDeleted",
  "Reminders.ReminderStarted",
  "Reminders.ReminderStatusChanged",
  "Dialog.API.Invoked",
  "SessionEndedRequest",
  "System.ExceptionEncountered",
];

/** Types this skill never asks for (no display templates, no tasks), and types nobody defined. */
const UNKNOWN_TYPES = [
  "Alexa.Presentation.APL.RuntimeError",
  "Display.ElementSelected",
  "SessionResumedRequest",
  "Connections.Response",
  "Made.Up.Request",
  "",
  "x".repeat(10_000),
];

/** A request of `type`, out of session or (with attributes) in one. */
function requestOfType(type: string, attributes?: Record<string, unknown>): RequestEnvelope {
  const envelope = launchRequest({ skillId: TEST_SKILL_ID, attributes });
  if (attributes === undefined) delete (envelope as { session?: unknown }).session;
  return { ...envelope, request: { ...envelope.request, type } } as unknown as RequestEnvelope;
}

const inCheck = { [STATE_KEY]: { v: 1, check: { index: 0, questionId: "x" } }, padding: "p".repeat(5000) };

describe.each([
  ["an event that allows no speech", NO_SPEECH_EVENTS, "silent"],
  ["a request type the skill does not know", UNKNOWN_TYPES, "ignored"],
])("%s", (_, types, outcome) => {
  it.each(types.map((type) => [type.slice(0, 40), type]))(
    "%s: an empty response and one info line, in session and out",
    async (_, type) => {
      for (const attributes of [undefined, inCheck]) {
        const before = logLines.length;
        expectNothingSaid(await invoke(requestOfType(type, attributes)));
        const lines = logLines.slice(before);
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatchObject({ level: "info", event: "request", outcome });
      }
    },
  );
});

describe("a touch on a screen left on the device after its session ended", () => {
  it("gets an empty response and one info line", async () => {
    const before = logLines.length;
    expectNothingSaid(await invoke(requestOfType("Alexa.Presentation.APL.UserEvent")));
    expect(logLines.slice(before)).toEqual([expect.objectContaining({ level: "info", outcome: "silent" })]);
  });
});

describe("the reasons a session ended", () => {
  it("logs the SessionEndedRequest's reason and error type, never the error's message", async () => {
    const envelope = sessionEndedRequest({ skillId: TEST_SKILL_ID, attributes: {} });
    Object.assign(envelope.request, {
      reason: "ERROR",
      error: { type: "INVALID_RESPONSE", message: "the person said something private" },
    });
    const before = logLines.length;
    await invoke(envelope);
    const lines = logLines.slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ reason: "ERROR", errorType: "INVALID_RESPONSE" });
    expect(JSON.stringify(lines)).not.toContain("private");
  });
});

describe("through the built bundle", () => {
  useBundle();
  it.each([...NO_SPEECH_EVENTS, ...UNKNOWN_TYPES].map((type) => [type.slice(0, 40), type]))(
    "%s: an empty response",
    async (_, type) => {
      expectNothingSaid(await invokeBundle(requestOfType(type, inCheck)));
    },
  );
});
