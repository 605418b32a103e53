// The gates bite: each check every response, the content and the model are held to catches a
// deliberately broken input, with a message that says what is wrong.
import type { ResponseEnvelope, ui } from "ask-sdk-model";
import { describe, expect, it } from "vitest";
import { toSsml } from "../lambda/speech/ssml";
import { type LanguageModel, model } from "./support/model";
import {
  duplicateSamples,
  invocationNameProblems,
  sampleCharacterProblems,
  slotProblems,
  synonymProblems,
} from "./support/model-lint";
import { responseProblems } from "./support/response-checks";

const ssml = (inner: string): ui.SsmlOutputSpeech => ({ type: "SSML", ssml: `<speak>${inner}</speak>` });

function envelope(
  speech: ui.OutputSpeech | undefined,
  open: boolean,
  reprompt?: ui.OutputSpeech,
): ResponseEnvelope {
  return {
    version: "1.0",
    response: {
      outputSpeech: speech,
      shouldEndSession: !open,
      ...(reprompt ? { reprompt: { outputSpeech: reprompt } } : {}),
    },
  };
}

const question = ssml("What would you like to know?");
const sixtyWords = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");

describe("the response checks catch", () => {
  it("a sound response: nothing to report (the control)", async () => {
    expect(
      await responseProblems(envelope(ssml("Hello. What would you like to know?"), true, question)),
    ).toEqual([]);
  });

  it("invalid SSML", async () => {
    const problems = await responseProblems(envelope(ssml("Rest <break time=300ms> and water."), false));
    expect(problems.join("\n")).toMatch(/invalid SSML/);
  });

  it("an unescaped ampersand from content that skipped the speech builder", async () => {
    const problems = await responseProblems(envelope(ssml("Spine & Scoliosis Specialists."), false));
    expect(problems.join("\n")).toMatch(/invalid SSML/);
  });

  it("a 60-word answer, naming the words and the budget", async () => {
    const problems = await responseProblems(envelope(ssml(`${sixtyWords}. Want more?`), true, question));
    expect(problems.join("\n")).toMatch(/says 60 words before its question, over the budget of 30/);
  });

  it("more than three items of a list in one turn", async () => {
    const causes = "age-related changes, poor posture, heavy lifting, and smoking";
    const problems = await responseProblems(envelope(ssml(`Causes: ${causes}. Want more?`), true, question));
    expect(problems.join("\n")).toMatch(/reads 4 items of the causes list/);
  });

  it("an open session without a question or a reprompt", async () => {
    const problems = await responseProblems(envelope(ssml("Here is a fact."), true));
    expect(problems).toContain("the session stays open without a reprompt");
    expect(problems).toContain("the session stays open without a question");
  });

  it("an empty reprompt", async () => {
    const problems = await responseProblems(envelope(ssml("What now?"), true, ssml(" ")));
    expect(problems).toContain("the session stays open without a reprompt");
  });

  it("silence, except where Alexa requires it", async () => {
    expect(await responseProblems(envelope(undefined, false))).toContain("the skill said nothing");
    expect(await responseProblems(envelope(undefined, false), { silent: true })).toEqual([]);
    expect(await responseProblems(envelope(ssml("Bye."), false), { silent: true })).toContain(
      "the skill spoke after the session ended",
    );
  });

  it("plain-text speech that bypassed the speech builder", async () => {
    const problems = await responseProblems(envelope({ type: "PlainText", text: "Hello." }, false));
    expect(problems.join("\n")).toMatch(/PlainText, not SSML/);
  });

  it("speech over 8,000 characters and a response over 24 KB", async () => {
    const long = "Rest. ".repeat(1500);
    const problems = await responseProblems(envelope(ssml(long), false), { voice: false });
    expect(problems.join("\n")).toMatch(/speech is \d+ characters/);
    const huge = await responseProblems({
      ...envelope(ssml("Bye."), false),
      sessionAttributes: { x: "y".repeat(30_000) },
    });
    expect(huge.join("\n")).toMatch(/over 24576/);
  });
});

describe("the speech builder keeps content safe", () => {
  it("content with markup characters becomes valid SSML, not markup", async () => {
    const problems = await responseProblems(envelope(ssml(toSsml(`Rest <break/> & "water" '`, [])), false));
    expect(problems).toEqual([]);
  });
});

describe("the model lint catches", () => {
  const broken = (change: (copy: LanguageModel) => void): LanguageModel => {
    const copy = structuredClone(model);
    change(copy);
    return copy;
  };
  const intent = (copy: LanguageModel, name: string) => {
    const found = copy.intents.find((i) => i.name === name);
    if (!found) throw new Error(`no ${name}`);
    return found;
  };

  it("a sample in two intents", () => {
    const copy = broken((m) => intent(m, "OverviewIntent").samples?.push("what causes back spasms"));
    expect(duplicateSamples(copy)).toEqual([
      'duplicate sample "what causes back spasms" in OverviewIntent and CausesIntent',
    ]);
  });

  it("a sample twice in one intent, differing only in case and spacing", () => {
    const copy = broken((m) => intent(m, "CausesIntent").samples?.push("What  Causes back spasms"));
    expect(duplicateSamples(copy)).toHaveLength(1);
  });

  it("punctuation and capitals in a sample", () => {
    const copy = broken((m) => intent(m, "OverviewIntent").samples?.push("What is a back spasm?"));
    expect(sampleCharacterProblems(copy)).toEqual([
      'OverviewIntent: "What is a back spasm?" has characters or spacing Alexa does not accept',
    ]);
  });

  it("an undeclared slot, and a declared slot no sample uses", () => {
    const copy = broken((m) => intent(m, "OverviewIntent").samples?.push("what is {thing}"));
    expect(slotProblems(copy)).toContain(
      'OverviewIntent: "what is {thing}" uses {thing}, which it does not declare',
    );
    const unused = broken((m) => {
      intent(m, "OverviewIntent").slots = [{ name: "x", type: "CauseType" }];
    });
    expect(slotProblems(unused)).toContain("OverviewIntent declares {x} but no sample uses it");
  });

  it("a synonym shared by two values", () => {
    const copy = broken((m) =>
      m.types?.[0]?.values[1]?.name.synonyms?.push(m.types?.[0]?.values[0]?.name.value ?? ""),
    );
    expect(synonymProblems(copy).join("\n")).toMatch(/belongs to both/);
  });

  it("an invocation name with a launch word or a brand word", () => {
    expect(invocationNameProblems({ ...model, invocationName: "open spine helper" })).toContain(
      '"open spine helper" starts with a launch word',
    );
    expect(invocationNameProblems({ ...model, invocationName: "back skill" })).toContain(
      '"back skill" contains "skill"',
    );
    expect(invocationNameProblems({ ...model, invocationName: "spasms" }).length).toBe(1);
  });
});
