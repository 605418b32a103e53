// Topics of the clinic's article, answered by voice: one breath each, lists a page at a time.
import { describe, expect, it } from "vitest";
import { TIERS } from "../lambda/check/red-flag-check";
import { lookUpSymptom } from "../lambda/content-lookup/heard-symptom";
import { CAUSE_IDS, LISTS, type ListId, TREATMENT_IDS } from "../lambda/content-lookup/lists";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { TOPIC_NAMES } from "../lambda/content-lookup/topic-name-data";
import { exactName } from "../lambda/content-lookup/topic-names";
import { t } from "./support/content";
import { cause, treatment, unknownCause, unknownTreatment } from "./support/fills";
import { TEST_LOCALE } from "./support/locale";
import { modelFor, slotType } from "./support/model";
import { expectNoDeadEnd } from "./support/no-dead-end";
import { HEAR } from "./support/phrases";
import { Conversation, type Heard } from "./support/skill";

const MORE = t("conversation:more");
const CAUSES_INTRO = t("topics:causes.intro", { count: CAUSE_IDS.length });
const itemIds = (list: ListId) => LISTS[list].flatMap((g) => g.items);
/** The test run's language's model, whose names the skill's own lookup reads. */
const MODEL = modelFor(TEST_LOCALE);

/** Pages through a list from its first page, answering yes, until it stops offering more. */
async function readWholeList(conversation: Conversation, first: Heard): Promise<Heard[]> {
  const pages = [first];
  while (pages.at(-1)?.text.endsWith(MORE)) pages.push(await conversation.say("AMAZON.YesIntent"));
  return pages;
}

function itemsSaid(pages: Heard[], labels: string[]): string[] {
  return labels.filter((label) => pages.some((p) => p.text.toLowerCase().includes(label.toLowerCase())));
}

describe("overview", () => {
  it("explains a back spasm from the article and offers the causes", async () => {
    const c = new Conversation();
    const heard = await c.say("OverviewIntent");
    expect(heard.text).toContain(t("topics:overview.speech"));
    expect(heard.ended).toBe(false);
    const yes = await c.say("AMAZON.YesIntent");
    expect(yes.text).toContain(CAUSES_INTRO);
  });
});

describe("the list of causes", () => {
  it("says how many there are, then reads all 14 three at a time, in their two groups", async () => {
    const c = new Conversation();
    const pages = await readWholeList(c, await c.say("CausesIntent"));
    expect(pages[0]?.text).toContain(HEAR.causesIntro);
    expect(pages[0]?.text).toContain(HEAR.everydayFactors);
    expect(pages.some((p) => p.text.includes(HEAR.spineConditions))).toBe(true);
    const labels = CAUSE_IDS.map((id) => t(`topics:cause.${id}.label`));
    expect(itemsSaid(pages, labels)).toEqual(labels);
    for (const page of pages) {
      expect(itemsSaid([page], labels).length).toBeLessThanOrEqual(3);
      expect(page.ended).toBe(false);
    }
    expect(pages.length).toBe(5);
    expect(pages.at(-1)?.text).toContain(t("topics:causes.question"));
  });

  it("continues on more as on yes", async () => {
    const c = new Conversation();
    await c.say("CausesIntent");
    const next = await c.say("AMAZON.MoreIntent");
    expect(next.text).toContain(HEAR.causesSecondPage);
  });

  it("stops on no and returns to a menu question", async () => {
    const c = new Conversation();
    await c.say("CausesIntent");
    const no = await c.say("AMAZON.NoIntent");
    expect(no.text).toContain(t("conversation:menu.question"));
    expect(no.text).not.toContain(HEAR.causesSecondPageStart);
    const yes = await c.say("AMAZON.YesIntent");
    expect(yes.text).toContain(t("conversation:noPendingAnswer"));
  });

  it("says there is nothing more when asked for more with no list going", async () => {
    const heard = await new Conversation().say("AMAZON.MoreIntent");
    expect(heard.text).toContain(t("conversation:nothingMore"));
    expect(heard.ended).toBe(false);
  });
});

describe("one cause", () => {
  it.each(CAUSE_IDS)("%s is answered from its snippet", async (id) => {
    const heard = await new Conversation().say("CauseIntent", cause(id));
    expect(heard.text).toContain(t(`topics:cause.${id}.speech`));
    expect(heard.ended).toBe(false);
  });

  it("a slipped disc is a herniated disc (resolved by the synonym's id)", async () => {
    const heard = await new Conversation().say("CauseIntent", cause("herniatedDisc", "slipped disc"));
    expect(heard.text).toContain(HEAR.bulgingDisc);
  });

  it("a spine condition offers how a specialist helps; yes gives it", async () => {
    const c = new Conversation();
    const heard = await c.say("CauseIntent", cause("spinalStenosis"));
    expect(heard.text).toContain(t("topics:causeFollowUp.spine.question"));
    expect((await c.say("AMAZON.YesIntent")).text).toContain(t("topics:specialistCare.intro"));
  });

  it("an everyday factor offers what helps at home; yes gives it", async () => {
    const c = new Conversation();
    const heard = await c.say("CauseIntent", cause("poorPosture"));
    expect(heard.text).toContain(t("topics:causeFollowUp.everyday.question"));
    expect((await c.say("AMAZON.YesIntent")).text).toContain(HEAR.restAndSelfCareShort);
  });

  it.each([
    ["an unresolved value", unknownCause("gout")],
    ["a missing value", { cause: undefined }],
    ["no slots at all", undefined],
    ["an id the skill does not know", cause("kidneyStones")],
  ])("%s gets a kind answer and a way on, never a crash", async (_, slots) => {
    const c = new Conversation();
    const heard = await c.say("CauseIntent", slots);
    expectNoDeadEnd(heard, HEAR.notCovered);
    expect((await c.say("AMAZON.YesIntent")).card?.text).toContain(t("clinic:phone"));
  });
});

describe("how a specialist helps", () => {
  it("describes the evaluation, then the 4 treatments a page at a time", async () => {
    const c = new Conversation();
    const pages = await readWholeList(c, await c.say("SpecialistCareIntent"));
    expect(pages[0]?.text).toContain(HEAR.imaging);
    expect(pages[0]?.text).toContain(HEAR.treatmentsFirstPage);
    const labels = TREATMENT_IDS.map((id) => t(`topics:treatment.${id}.label`));
    expect(itemsSaid(pages, labels)).toEqual(labels);
    expect(pages.at(-1)?.text).toContain(t("topics:specialistCare.question"));
  });

  it.each(TREATMENT_IDS)("%s is answered from its snippet, with an offer of the number", async (id) => {
    const c = new Conversation();
    const heard = await c.say("TreatmentIntent", treatment(id));
    expect(heard.text).toContain(t(`topics:treatment.${id}.speech`));
    expect(heard.text).toContain(t("topics:treatmentFollowUp.question"));
    expect((await c.say("AMAZON.YesIntent")).card?.text).toContain(t("clinic:phone"));
  });

  it.each([
    ["unresolved", unknownTreatment("acupuncture")],
    ["missing", { treatment: undefined }],
  ])("an %s treatment is answered kindly", async (_, slots) => {
    const c = new Conversation();
    expectNoDeadEnd(await c.say("TreatmentIntent", slots), HEAR.notCovered);
    expect((await c.say("AMAZON.YesIntent")).card?.text).toContain(t("clinic:phone"));
  });
});

describe("a cause or treatment named in words the model did not resolve", () => {
  // Every name and synonym of every cause and treatment, said as people do (with "those", in the
  // plural) in the other kind's carrier, so only the skill's own lookup can find it.
  const named = [
    ...slotType("CauseType", MODEL).values.map((v) => ({
      intent: "TreatmentIntent",
      slot: "treatment",
      value: v,
    })),
    ...slotType("TreatmentType", MODEL).values.map((v) => ({
      intent: "CauseIntent",
      slot: "cause",
      value: v,
    })),
  ].flatMap(({ intent, slot, value }) =>
    [value.name.value, ...(value.name.synonyms ?? [])].map(
      (name) => [HEAR.namedInPassing(name), intent, slot, value.id ?? ""] as const,
    ),
  );

  it.each(named)("%j in %s reaches %s's snippet", async (said, intent, slot, id) => {
    const heard = await new Conversation().say(intent, { [slot]: { value: said, type: "unresolved" } });
    const kind = CAUSE_IDS.includes(id) ? "cause" : "treatment";
    expect(heard.text).toContain(t(`topics:${kind}.${id}.speech`));
  });

  it("finds a name inside longer words, the longest first", async () => {
    const heard = await new Conversation().say("CauseIntent", unknownCause(HEAR.injectionsInLongerWords));
    expect(heard.text).toContain(t("topics:treatment.injections.speech"));
  });
});

describe("a red-flag sign named where a cause or treatment was expected", () => {
  // Every name and synonym of every sign, in both carriers, unresolved: answered exactly as the same
  // words said as a symptom statement are (the emergency outcome, or the sign counted), never as a
  // topic; the lookup finds that sign or one more urgent that the words also name. A name that is
  // word for word a cause's or treatment's ("epidural", "back surgery") asks about that topic there.
  const topicNames = TOPIC_NAMES[TEST_LOCALE];
  const signs = slotType("SymptomType", MODEL).values.flatMap((value) =>
    [value.name.value, ...(value.name.synonyms ?? [])]
      .filter((name) => exactName(topicNames, name) === undefined)
      .flatMap((name) => [
        [name, "CauseIntent", "cause", value.id ?? ""] as const,
        [name, "TreatmentIntent", "treatment", value.id ?? ""] as const,
      ]),
  );

  it.each(signs)("%j in %s is heard as the sign %s", async (said, intent, slot, id) => {
    const heard = lookUpSymptom(said);
    expect(
      heard?.kind === "help" ||
        RED_FLAGS.findIndex((flag) => flag.id === heard?.id) <= RED_FLAGS.findIndex((flag) => flag.id === id),
    ).toBe(true);
    const asTopic = await new Conversation().say(intent, { [slot]: { value: said, type: "unresolved" } });
    const asSign = await new Conversation().say("SymptomIntent", {
      symptom: { value: said, type: "unresolved" },
    });
    expect(asTopic.text).toBe(asSign.text);
    expect(asTopic.ended).toBe(asSign.ended);
  });

  it("a sign's name that is also a treatment's asks about the treatment in a topic carrier", async () => {
    const shared = slotType("SymptomType").values.flatMap((value) =>
      [value.name.value, ...(value.name.synonyms ?? [])].filter(
        (name) => exactName(topicNames, name) !== undefined,
      ),
    );
    for (const name of shared) {
      const heard = await new Conversation().say("TreatmentIntent", {
        treatment: { value: name, type: "unresolved" },
      });
      const id = exactName(topicNames, name) ?? "";
      const kind = CAUSE_IDS.includes(id) ? "cause" : "treatment";
      expect(heard.text).toContain(t(`topics:${kind}.${id}.speech`));
    }
  });
});

describe("a question the article does not answer (ice or heat, stretches, hours, insurance, dosing)", () => {
  it("gets the honest line, what the skill can do, 911, and the number offered; yes gives it", async () => {
    const c = new Conversation();
    expectNoDeadEnd(await c.say("NotCoveredIntent"), HEAR.notCovered);
    const yes = await c.say("AMAZON.YesIntent");
    expect(yes.text).toContain(t("clinic:phone"));
    expect(yes.card?.text).toContain(t("clinic:phone"));
  });
});

describe("self-care", () => {
  it("keeps to the article: rest and self-care, the everyday factors, and when to seek help", async () => {
    const c = new Conversation();
    const pages = await readWholeList(c, await c.say("SelfCareIntent"));
    const all = pages.map((p) => p.text).join(" ");
    expect(all).toContain(HEAR.restAndSelfCare);
    expect(all).toContain(t("topics:selfCare.groups.all", { count: itemIds("selfCare").length }));
    expect(all).toContain(HEAR.fluids);
    expect(all).toContain(HEAR.moreThanAWeek);
    expect(pages.at(-1)?.text).toContain(t("topics:selfCare.question"));
    expect((await c.say("AMAZON.YesIntent")).text).toContain(t("clinic:phone"));
  });

  it("no before the end still says when to see a specialist and offers the number", async () => {
    const c = new Conversation();
    await c.say("SelfCareIntent");
    const no = await c.say("AMAZON.NoIntent");
    expect(no.text).toContain(t("topics:selfCare.outro"));
    expect(no.text).toContain(t("topics:selfCare.question"));
    expect((await c.say("AMAZON.YesIntent")).text).toContain(t("clinic:phone"));
  });
});

describe("when to see a specialist", () => {
  it("says don't delay, then every sign of the check by tier, each with what its outcome says to do, three a turn, then offers the check", async () => {
    const c = new Conversation();
    const pages = await readWholeList(c, await c.say("WhenToSeeSpecialistIntent"));
    // A page that starts mid-group starts with a capital: positions are compared without case.
    const all = pages
      .map((p) => p.text)
      .join(" ")
      .toLowerCase();
    const first = pages[0]?.text ?? "";
    expect(first).toContain(HEAR.dontDelay);
    expect(first).toContain(t("topics:whenToSee.intro", { count: RED_FLAGS.length }));
    // The emergency signs go to 911 or the emergency room, in the first turn, as the check's outcome says.
    const emergency = HEAR.callNow;
    expect(t("check:outcomes.emergency.first")).toContain(emergency);
    expect(first).toContain(emergency);
    // Every sign of the check, in the check's order (content/red-flags.json) and in its reviewed words.
    const labels = RED_FLAGS.map((flag) => t(`check:questions.${flag.id}.mentioned`));
    expect(itemsSaid(pages, labels)).toEqual(labels);
    // Heard as the check narrows them: walking is the legs, not the pain alone; urination is new.
    expect(all).toContain(HEAR.walkingSign.toLowerCase());
    expect(all).toContain(HEAR.newUrinationSign.toLowerCase());
    // Each tier's signs follow its title, which says what that tier's outcome says to do.
    const action: Record<string, string> = {
      emergency: emergency,
      urgent: HEAR.urgentAction,
      routine: HEAR.routineAction,
    };
    let from = 0;
    for (const tier of TIERS) {
      const signs = RED_FLAGS.filter((flag) => flag.tier === tier);
      if (signs.length === 0) continue;
      const title = t(`topics:whenToSee.groups.${tier}`);
      expect(title).toContain(action[tier]);
      expect(
        tier === "emergency" ? t("check:outcomes.emergency.first") : t(`check:outcomes.${tier}.advice`),
      ).toContain(action[tier]);
      const at = all.indexOf(title.toLowerCase(), from);
      expect(at, tier).toBeGreaterThanOrEqual(from);
      for (const flag of signs) {
        const said = all.indexOf(t(`check:questions.${flag.id}.mentioned`).toLowerCase(), at);
        expect(said, flag.id).toBeGreaterThan(at);
        from = Math.max(from, said);
      }
    }
    for (const page of pages) {
      expect(itemsSaid([page], labels).length).toBeLessThanOrEqual(3);
      expect(page.text).not.toMatch(/prompt/i);
    }
    expect(pages.slice(0, -1).every((p) => p.text.endsWith(MORE))).toBe(true);
    expect(pages.at(-1)?.text).toContain(t("topics:whenToSee.question"));
    const yes = await c.say("AMAZON.YesIntent");
    expect(yes.text).toContain(t("check:questions.bladderBowel.ask"));
  });

  it("every page says what to do for the signs on it: a sign is never heard without its action", async () => {
    const c = new Conversation();
    const pages = await readWholeList(c, await c.say("WhenToSeeSpecialistIntent"));
    for (const page of pages) {
      for (const flag of RED_FLAGS) {
        if (!itemsSaid([page], [t(`check:questions.${flag.id}.mentioned`)]).length) continue;
        expect(page.text, flag.id).toContain(t(`topics:whenToSee.groups.${flag.tier}`));
      }
    }
  });

  it("no at any page still offers the check, and yes starts it", async () => {
    const c = new Conversation();
    const pages = await readWholeList(c, await c.say("WhenToSeeSpecialistIntent"));
    for (let stopAt = 0; stopAt < pages.length - 1; stopAt++) {
      const stopping = new Conversation();
      await stopping.say("WhenToSeeSpecialistIntent");
      for (let i = 0; i < stopAt; i++) await stopping.say("AMAZON.YesIntent");
      const no = await stopping.say("AMAZON.NoIntent");
      expect(no.text, `no at page ${stopAt + 1}`).toContain(t("topics:whenToSee.question"));
      expect(no.ended).toBe(false);
      const yes = await stopping.say("AMAZON.YesIntent");
      expect(yes.text).toContain(t("check:questions.bladderBowel.ask"));
    }
  });
});
