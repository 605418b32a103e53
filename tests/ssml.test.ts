// The SSML builder: text escaped once, numbers read as telephone numbers, nothing else touched.
import { check } from "ssml-check-core";
import { describe, expect, it } from "vitest";
import { escapeSsml, PAUSE, toSsml } from "../lambda/speech/ssml";

const PHONE = { digits: "336-333-6306", pause: true };
const EMERGENCY = { digits: "911", pause: false };

describe("escaping", () => {
  it("escapes each of & < > \" ' exactly once", () => {
    expect(escapeSsml(`Spine & Scoliosis <b> "quoted" it's`)).toBe(
      "Spine &amp; Scoliosis &lt;b&gt; &quot;quoted&quot; it&apos;s",
    );
  });

  it("does not double-escape an apostrophe (the SDK helper's bug)", () => {
    expect(escapeSsml("don't")).toBe("don&apos;t");
    expect(escapeSsml("don't")).not.toContain("&amp;apos;");
  });

  it("produces valid Alexa SSML for hostile text", async () => {
    const ssml = `<speak>${toSsml(`</speak><audio src="x"/> & 911 '"`, [PHONE, EMERGENCY])}</speak>`;
    expect(await check(ssml, { platform: "amazon" })).toBeUndefined();
  });
});

describe("spoken numbers", () => {
  it("wraps the clinic's number with pauses and the emergency number without", () => {
    expect(toSsml("Call 336-333-6306 or 911.", [PHONE, EMERGENCY])).toBe(
      `Call ${PAUSE}<say-as interpret-as="telephone">336-333-6306</say-as>${PAUSE} or <say-as interpret-as="telephone">911</say-as>.`,
    );
  });

  it("never matches inside a longer number", () => {
    expect(toSsml("Room 9110 and 1-911-2", [EMERGENCY])).toBe("Room 9110 and 1-911-2");
  });

  it("leaves text without numbers as escaped text", () => {
    expect(toSsml("Rest & water", [])).toBe("Rest &amp; water");
    expect(toSsml("Rest & water", [PHONE])).toBe("Rest &amp; water");
  });
});

describe("characters XML forbids", () => {
  it.each([
    ["a control character", "a\u0000b\u0008c\u000bd\u001fe", "abcde"],
    ["a lone high surrogate", "a\ud800b", "ab"],
    ["a lone low surrogate", "a\udc00b", "ab"],
    ["U+FFFE and U+FFFF", "a\ufffeb\uffffc", "abc"],
  ])("strips %s from any text", async (_, text, kept) => {
    expect(toSsml(text, [PHONE, EMERGENCY])).toBe(kept);
    expect(toSsml(text, [])).toBe(kept);
    expect(await check(`<speak>${toSsml(text, [PHONE])}</speak>`, { platform: "amazon" })).toBeUndefined();
  });

  it("keeps tab, newline, carriage return and a whole surrogate pair", () => {
    expect(toSsml("a\tb\nc\rd \ud83d\ude00", [])).toBe("a\tb\nc\rd \ud83d\ude00");
  });
});
