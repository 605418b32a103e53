// One structured log line per request, with no ids, slot text or health answers.
import type { RequestEnvelope } from "ask-sdk-model";
import { describe, expect, it } from "vitest";
import { buildSkill } from "../lambda/build-skill";
import type { LogEntry } from "../lambda/skill/request-log";
import { intentRequest, sessionEndedRequest } from "../simulator/envelopes";
import { cause } from "./support/fills";
import { Conversation, invoke, logLines, TEST_SKILL_ID } from "./support/skill";

const options = { skillId: TEST_SKILL_ID };

async function linesFor(envelope: RequestEnvelope): Promise<LogEntry[]> {
  const before = logLines.length;
  await invoke(envelope);
  return logLines.slice(before);
}

describe("request logs", () => {
  it("writes one line per request: type, intent, locale, outcome, duration", async () => {
    const before = logLines.length;
    const c = new Conversation();
    await c.launch();
    await c.say("CauseIntent", cause("herniatedDisc", "slipped disc"));
    await c.say("AMAZON.StopIntent");
    const lines = logLines.slice(before);
    expect(lines.map((l) => [l.requestType, l.intent, l.outcome])).toEqual([
      ["LaunchRequest", undefined, "open"],
      ["IntentRequest", "CauseIntent", "open"],
      ["IntentRequest", "AMAZON.StopIntent", "ended"],
    ]);
    for (const line of lines) {
      expect(line.locale).toBe("en-US");
      expect(typeof line.durationMs).toBe("number");
    }
  });

  it("never carries user, device or session ids, slot text, or what was answered in the check", async () => {
    const before = logLines.length;
    const c = new Conversation();
    await c.say("CheckSymptomsIntent");
    await c.say("AMAZON.NoIntent");
    await c.say("AMAZON.YesIntent");
    await c.say("CauseIntent", cause("herniatedDisc", "slipped disc"));
    const text = JSON.stringify(logLines.slice(before));
    for (const secret of [
      "amzn1.ask.account",
      "amzn1.ask.device",
      "amzn1.echo-api.session",
      "slipped",
      "emergency",
      "urination",
    ]) {
      expect(text).not.toContain(secret);
    }
    const allowed = [
      "durationMs",
      "error",
      "errorMessage",
      "errorType",
      "event",
      "intent",
      "level",
      "locale",
      "outcome",
      "reason",
      "reminder",
      "requestType",
    ];
    for (const line of logLines.slice(before)) {
      for (const key of Object.keys(line)) expect(allowed).toContain(key);
    }
  });
});

describe("one line per request, always", () => {
  it.each([
    ["SessionEndedRequest", () => sessionEndedRequest({ ...options, attributes: {} })],
    [
      "System.ExceptionEncountered",
      () => {
        const envelope = sessionEndedRequest({ ...options, attributes: {} });
        return { ...envelope, request: { ...envelope.request, type: "System.ExceptionEncountered" } };
      },
    ],
  ])("a %s writes exactly one line", async (_, make) => {
    const lines = await linesFor(make() as RequestEnvelope);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "info", outcome: "silent" });
  });

  it("a request type and an intent name of a megabyte make a short line", async () => {
    const huge = "x".repeat(1_000_000);
    const envelope = intentRequest(options, huge);
    const lines = [
      ...(await linesFor(envelope)),
      ...(await linesFor({ ...envelope, request: { ...envelope.request, type: huge } } as RequestEnvelope)),
    ];
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(JSON.stringify(line).length).toBeLessThan(1000);
    expect(String(lines[0]?.intent)).toMatch(/^x+/);
  });

  it("an error is logged once, with its class and message", async () => {
    const lines: LogEntry[] = [];
    let failed = false;
    const skill = buildSkill({
      skillId: TEST_SKILL_ID,
      log: (entry) => {
        if (!failed) {
          failed = true;
          throw new TypeError("the log could not be written");
        }
        lines.push(entry);
      },
    });
    await skill.invoke(intentRequest(options, "CausesIntent"));
    expect(lines).toEqual([
      expect.objectContaining({
        level: "error",
        outcome: "error",
        error: "TypeError",
        errorMessage: "the log could not be written",
      }),
    ]);
  });
});
