// Alexa's own reading (`npm run nlu -- --alexa`): the deployed model's Utterance Profiler read into
// the shape the stand-in resolvers give, and the ASK CLI asked as the profiler needs. No deployment is
// reachable where tests run, so the CLI here is a stand-in `ask` that answers as the profiler does.
import { spawnSync } from "node:child_process";
import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RED_FLAGS } from "../../lambda/content-lookup/red-flags";
import {
  type AskCli,
  askCli,
  createAlexaResolver,
  type Profile,
  resolvedFromProfile,
} from "../../simulator/alexa-profiler";
import { FALLBACK_INTENT } from "../../simulator/resolver";
import { MODEL } from "../../simulator/session";
import { scratchDir } from "../support/scratch-dir";

const SKILL_ID = "amzn1.ask.skill.12345678-90ab-4cde-8f01-23456789abcd";
const authority = (type: string) => `amzn1.er-authority.echo-sdk.${SKILL_ID}.${type}`;

/** What the profiler answers when it resolved `value` in the cause slot (or did not: no id). */
function causeProfile(value: string, id?: string): Profile {
  const resolutions = {
    resolutionsPerAuthority: [
      id === undefined
        ? { authority: authority("CauseType"), status: { code: "ER_SUCCESS_NO_MATCH" as const } }
        : {
            authority: authority("CauseType"),
            status: { code: "ER_SUCCESS_MATCH" as const },
            values: [{ name: "poor posture", id }],
          },
    ],
  };
  return {
    sessionEnded: false,
    selectedIntent: {
      name: "CauseIntent",
      confirmationStatus: "NONE",
      slots: { cause: { name: "cause", value, confirmationStatus: "NONE", resolutions } },
    },
    consideredIntents: [{ name: "CausesIntent" }],
  };
}

describe("a profile of the deployed model, read as the stand-ins read an utterance", () => {
  it("a value the slot type holds: its id and name, as ER_SUCCESS_MATCH sends them", () => {
    expect(resolvedFromProfile(MODEL, causeProfile("slouching", "poorPosture"), false)).toEqual({
      kind: "intent",
      intent: "CauseIntent",
      slots: { cause: { value: "slouching", type: "CauseType", id: "poorPosture", name: "poor posture" } },
      near: false,
      oneShot: false,
    });
  });

  it("a value it does not hold: the words alone, for the skill's own lookup (ER_SUCCESS_NO_MATCH)", () => {
    const resolved = resolvedFromProfile(MODEL, causeProfile("gout"), true);
    expect(resolved).toMatchObject({ intent: "CauseIntent", oneShot: true });
    expect(resolved.kind === "intent" && resolved.slots.cause).toEqual({ value: "gout", type: "CauseType" });
  });

  it("several values for one phrase: the most urgent sign, as the skill reads a symptom slot", () => {
    // The least urgent sign sent first, the most urgent last: taking the first would lower the advice.
    const [urgent, lesser] = [RED_FLAGS[0]?.id ?? "", RED_FLAGS.at(-1)?.id ?? ""];
    const profile: Profile = {
      selectedIntent: {
        name: "SymptomIntent",
        slots: {
          symptom: {
            name: "symptom",
            value: "both at once",
            resolutions: {
              resolutionsPerAuthority: [
                {
                  authority: authority("SymptomType"),
                  status: { code: "ER_SUCCESS_MATCH" },
                  values: [
                    { name: lesser, id: lesser },
                    { name: urgent, id: urgent },
                  ],
                },
              ],
            },
          },
        },
      },
    };
    const resolved = resolvedFromProfile(MODEL, profile, false);
    expect(resolved.kind === "intent" && resolved.slots.symptom?.id).toBe(urgent);
  });

  it("an empty slot stays empty", () => {
    const profile: Profile = {
      selectedIntent: { name: "SymptomIntent", slots: { symptom: { name: "symptom" } } },
    };
    const resolved = resolvedFromProfile(MODEL, profile, false);
    expect(resolved).toMatchObject({ intent: "SymptomIntent" });
    expect(resolved.kind === "intent" && resolved.slots.symptom).toBeUndefined();
  });

  it("no intent selected, or one the model does not have, is the fallback", () => {
    for (const profile of [{}, { selectedIntent: { name: "AMAZON.ShuffleOnIntent" } }] as Profile[])
      expect(resolvedFromProfile(MODEL, profile, false)).toMatchObject({
        intent: FALLBACK_INTENT,
        slots: {},
      });
  });
});

describe("asking the deployed model", () => {
  it("asks for the words after the invocation, digits spelled as the samples spell them", async () => {
    const asked: (readonly string[])[] = [];
    const run: AskCli = async (args) => {
      asked.push(args);
      return JSON.stringify({ selectedIntent: { name: "EmergencyIntent" } });
    };
    const alexa = createAlexaResolver(MODEL, { skillId: SKILL_ID, locale: "en-US", profile: "clinic" }, run);
    expect(await alexa.resolve("ask back spasm guide to call 911")).toMatchObject({
      intent: "EmergencyIntent",
      oneShot: true,
    });
    expect(asked).toEqual([
      [
        ...["smapi", "profile-nlu", "-s", SKILL_ID, "-g", "development", "-l", "en-US"],
        ...["--utterance", "call nine one one", "-p", "clinic"],
      ],
    ]);
  });

  it("a call that fails is made once more; a second failure ends the measurement with the CLI's words", async () => {
    let calls = 0;
    const flaky: AskCli = async () => {
      calls += 1;
      if (calls === 1) throw new Error("ask smapi failed: 500");
      return JSON.stringify({ selectedIntent: { name: "ClinicNumberIntent" } });
    };
    const alexa = createAlexaResolver(MODEL, { skillId: SKILL_ID, locale: "en-US" }, flaky);
    expect(await alexa.resolve("what's the number")).toMatchObject({ intent: "ClinicNumberIntent" });
    expect(calls).toBe(2);
    let tries = 0;
    const broken: AskCli = async () => {
      tries += 1;
      throw new Error("ask smapi failed: Not signed in.");
    };
    const never = createAlexaResolver(MODEL, { skillId: SKILL_ID, locale: "en-US" }, broken);
    await expect(never.resolve("what's the number")).rejects.toThrow("Not signed in.");
    expect(tries).toBe(2);
  });

  it("an answer that is not the profiler's JSON is said to be so", async () => {
    const alexa = createAlexaResolver(
      MODEL,
      { skillId: SKILL_ID, locale: "en-US" },
      async () => "Command failed",
    );
    await expect(alexa.resolve("what causes back spasms")).rejects.toThrow(
      "did not answer with the profiler's JSON",
    );
  });

  it("a joining word said alone after the name is the request itself, never an empty one", async () => {
    const asked: string[] = [];
    const run: AskCli = async (args) => {
      asked.push(args[args.indexOf("--utterance") + 1] ?? "");
      return "{}";
    };
    await createAlexaResolver(MODEL, { skillId: SKILL_ID, locale: "en-US" }, run).resolve(
      "ask back spasm guide about",
    );
    expect(asked).toEqual(["about"]);
  });

  it("a launch is a launch, and the deployed model is not asked", async () => {
    const run: AskCli = async () => {
      throw new Error("not asked for a launch");
    };
    const alexa = createAlexaResolver(MODEL, { skillId: SKILL_ID, locale: "en-US" }, run);
    expect(await alexa.resolve("open back spasm guide")).toEqual({ kind: "launch" });
  });
});

describe("the ASK CLI on the PATH", () => {
  /** A stand-in `ask` that prints its arguments, or fails with a message when asked to. */
  function withStandInAsk(): string {
    const dir = scratchDir("ask-cli-");
    const script = join(dir, "ask");
    writeFileSync(
      script,
      '#!/bin/sh\nif [ "$2" = "fail" ]; then echo "Not signed in." >&2; exit 1; fi\necho "$@"\n',
    );
    chmodSync(script, 0o755);
    return dir;
  }

  it("gives what it prints, and its own words when it fails", async () => {
    const dir = withStandInAsk();
    const path = process.env.PATH;
    process.env.PATH = `${dir}:${path}`;
    try {
      expect((await askCli(["smapi", "profile-nlu", "-s", SKILL_ID])).trim()).toBe(
        `smapi profile-nlu -s ${SKILL_ID}`,
      );
      await expect(askCli(["smapi", "fail"])).rejects.toThrow("Not signed in.");
    } finally {
      process.env.PATH = path;
    }
  });
});

describe("npm run nlu -- --alexa", () => {
  it.each([
    ["unset", ""],
    ["not a skill's id", "my-skill"],
  ])("with SKILL_ID %s, says what it needs and exits 2 before measuring anything", (_, skillId) => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/nlu.mts", "--alexa"], {
      encoding: "utf8",
      env: { ...process.env, SKILL_ID: skillId },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("set SKILL_ID");
    expect(run.stdout).not.toContain("utterances");
  });
});
