// One structured log line per request, with no ids, slot text or health answers.
import { describe, expect, it } from "vitest";
import { cause } from "./support/fills";
import { Conversation, logLines } from "./support/skill";

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
    const allowed = ["durationMs", "error", "event", "intent", "level", "locale", "outcome", "requestType"];
    for (const line of logLines.slice(before)) {
      for (const key of Object.keys(line)) expect(allowed).toContain(key);
    }
  });
});
