// The clinic's number: read as a telephone number, twice, with pauses, on a card, and offered again.
import { describe, expect, it } from "vitest";
import { intentRequest } from "../simulator/envelopes";
import { CLINIC, EMERGENCY, occurrences, PHONE, t } from "./support/content";
import { Conversation, heard, invoke, TEST_SKILL_ID } from "./support/skill";

const TELEPHONE = `<say-as interpret-as="telephone">${PHONE}</say-as>`;

describe("the clinic's number", () => {
  it("is read twice as a telephone number with short pauses, then offered again", async () => {
    const turn = await new Conversation().say("ClinicNumberIntent");
    expect(occurrences(turn.ssml, TELEPHONE)).toBe(2);
    expect(turn.ssml).toContain(`<break time="300ms"/>${TELEPHONE}<break time="300ms"/>`);
    expect(turn.text).toContain(CLINIC);
    expect(turn.text).toMatch(/\?$/);
    expect(turn.text).toContain(t("clinic:number.question"));
    expect(turn.ended).toBe(false);
  });

  it("goes on a card in the Alexa app with the clinic's name, number and towns", async () => {
    const turn = await new Conversation().say("ClinicNumberIntent");
    expect(turn.card?.title).toBe(CLINIC);
    expect(turn.card?.text).toContain(PHONE);
    expect(turn.card?.text).toContain("Greensboro and High Point");
    expect(turn.card?.text).toContain(EMERGENCY);
  });

  it("is read again on yes, and no leads back to a question", async () => {
    const c = new Conversation();
    await c.say("ClinicNumberIntent");
    const again = await c.say("AMAZON.YesIntent");
    expect(occurrences(again.ssml, TELEPHONE)).toBe(2);
    const no = await c.say("AMAZON.NoIntent");
    expect(no.text).toContain(t("conversation:menu.question"));
    expect(no.ended).toBe(false);
  });

  it("works one-shot: 'ask back spasm guide for the clinic's number' answers in a new session", async () => {
    const envelope = intentRequest({ skillId: TEST_SKILL_ID, newSession: true }, "ClinicNumberIntent");
    const turn = heard(await invoke(envelope));
    expect(occurrences(turn.ssml, TELEPHONE)).toBe(2);
  });

  it("never reads the emergency number as anything but digits", async () => {
    const turn = await new Conversation().launch();
    expect(turn.ssml).toContain(`<say-as interpret-as="telephone">${EMERGENCY}</say-as>`);
  });
});

describe("where the clinic is", () => {
  it("names Greensboro and High Point and offers the number", async () => {
    const c = new Conversation();
    const turn = await c.say("ClinicLocationIntent");
    expect(turn.text).toContain("Greensboro and High Point, North Carolina");
    const yes = await c.say("AMAZON.YesIntent");
    expect(occurrences(yes.ssml, TELEPHONE)).toBe(2);
  });
});
