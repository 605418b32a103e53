// The server's settings: it fails closed without SKILL_ID, and verification goes off only when asked,
// on loopback.
import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_HOST, DEFAULT_PORT, readServerConfig } from "../../server/config";

const SKILL_ID = "amzn1.ask.skill.12345678-90ab-4cde-8f01-23456789abcd";

describe("readServerConfig", () => {
  it("refuses to start without SKILL_ID", () => {
    expect(() => readServerConfig({})).toThrow(ConfigError);
    expect(() => readServerConfig({ SKILL_ID: "  " })).toThrow(/SKILL_ID/);
  });

  it("verifies requests on loopback port 3000 by default", () => {
    expect(readServerConfig({ SKILL_ID })).toEqual({
      skillId: SKILL_ID,
      host: DEFAULT_HOST,
      port: DEFAULT_PORT,
      verify: true,
    });
    expect(DEFAULT_HOST).toBe("127.0.0.1");
  });

  it("takes PORT and HOST from the environment", () => {
    expect(readServerConfig({ SKILL_ID, PORT: "8080", HOST: "0.0.0.0" })).toMatchObject({
      host: "0.0.0.0",
      port: 8080,
    });
    expect(() => readServerConfig({ SKILL_ID, PORT: "eighty" })).toThrow(ConfigError);
    expect(() => readServerConfig({ SKILL_ID, PORT: "70000" })).toThrow(ConfigError);
  });

  it("turns verification off only for SKIP_REQUEST_VERIFICATION=true", () => {
    expect(readServerConfig({ SKILL_ID, SKIP_REQUEST_VERIFICATION: "true" }).verify).toBe(false);
    expect(readServerConfig({ SKILL_ID, SKIP_REQUEST_VERIFICATION: "false" }).verify).toBe(true);
    expect(readServerConfig({ SKILL_ID, SKIP_REQUEST_VERIFICATION: "" }).verify).toBe(true);
    expect(() => readServerConfig({ SKILL_ID, SKIP_REQUEST_VERIFICATION: "yes" })).toThrow(ConfigError);
  });

  it("never turns verification off on an address other machines can reach", () => {
    const off = { SKILL_ID, SKIP_REQUEST_VERIFICATION: "true" };
    expect(() => readServerConfig({ ...off, HOST: "0.0.0.0" })).toThrow(/loopback/);
    expect(readServerConfig({ ...off, HOST: "::1" }).verify).toBe(false);
  });
});
