// A reminder to call the clinic, through the real skill and the ASK SDK's real clients, against a
// stand-in for Alexa's API on 127.0.0.1 (the request's apiEndpoint): what the person hears, what the
// API receives, and that every refusal or failure still leaves the number, a card and a conversation.
// Every case runs in each supported locale.
import type { RequestEnvelope } from "ask-sdk-model";
import { beforeEach, describe, expect, it } from "vitest";
import { buildSkill } from "../lambda/build-skill";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { REMINDERS_PERMISSION } from "../lambda/dialog/reminders";
import { SUPPORTED_LOCALES } from "../lambda/i18n/resources";
import { translatorFor } from "../lambda/i18n/translator";
import type { LogEntry } from "../lambda/skill/request-log";
import {
  type ApiAnswer,
  type ApiCall,
  LocalAlexaApi,
  REMINDERS_PATH,
  TIME_ZONE_PATH,
} from "../simulator/alexa-api";
import {
  type EnvelopeOptions,
  intentRequest,
  LOCAL_API_ACCESS_TOKEN,
  type PermissionAnswer,
  permissionResponse,
} from "../simulator/envelopes";
import { useLocalAlexaApi } from "./support/alexa-api";
import { Conversation, checkedInvoke, type Heard, heard, TEST_SKILL_ID } from "./support/skill";

const TIME_ZONE = "America/New_York";
/** Half past seven in the evening in New York, Friday, March 14, 2025. */
const NOW = "2025-03-14T23:30:00Z";
/** Short, so the timeout cases run quickly; the skill's own bound is REMINDER_API_TIMEOUT_MS. */
const TIMEOUT_MS = 250;

const lines: LogEntry[] = [];
const skill = buildSkill({
  skillId: TEST_SKILL_ID,
  log: (e) => lines.push(e),
  reminderTimeoutMs: TIMEOUT_MS,
});
const send = checkedInvoke(skill);

let answer: (call: ApiCall) => ApiAnswer | undefined = () => undefined;
const local = useLocalAlexaApi({ timeZone: TIME_ZONE, answer: (call) => answer(call) });

beforeEach(() => {
  answer = () => undefined;
  lines.length = 0;
});

/** At NOW, as Alexa would stamp it. */
function at<T extends RequestEnvelope>(envelope: T, timestamp = NOW): T {
  envelope.request.timestamp = timestamp;
  return envelope;
}

async function turn(envelope: RequestEnvelope): Promise<Heard> {
  return heard(await send(at(envelope)));
}

/** The log line of the last request. */
const lastLine = () => lines.at(-1) ?? {};

describe.each(SUPPORTED_LOCALES)("a reminder to call the clinic, in %s", (locale) => {
  const t = translatorFor(locale);
  const phone = t("clinic:phone");
  const options = (more: Partial<EnvelopeOptions> = {}): EnvelopeOptions => ({
    skillId: TEST_SKILL_ID,
    locale,
    apiEndpoint: local.api.endpoint,
    ...more,
  });
  const granted = { permissions: [REMINDERS_PERMISSION] };
  const remindMe = (slots: { date?: string; time?: string } = {}, more: Partial<EnvelopeOptions> = {}) =>
    intentRequest(
      options(more),
      "ReminderIntent",
      Object.fromEntries(
        Object.entries(slots).map(([name, value]) => [
          name,
          { value, type: name === "date" ? "AMAZON.DATE" : "AMAZON.TIME" },
        ]),
      ),
    );
  const answered = (response: PermissionAnswer, token = "{}") =>
    permissionResponse(options(granted), REMINDERS_PERMISSION, response, token);
  /** The speech, card and open session every refusal or failure must still give. */
  const expectNumberAndCard = (said: Heard, lead: string) => {
    expect(said.text).toContain(t(lead));
    expect(said.text).toContain(phone);
    expect(said.card?.text).toContain(phone);
    expect(said.ended).toBe(false);
    expect(said.text.endsWith(t("conversation:menu.question"))).toBe(true);
    expect(said.askFor).toBeUndefined();
  };
  const created = () => local.api.calls.filter((c) => c.path === REMINDERS_PATH);

  describe("without the permission", () => {
    it("says one line, then Alexa asks for it by voice; nothing is sent to the API", async () => {
      const response = await send(at(remindMe()));
      const said = heard(response);
      expect(said.text).toBe(t("reminders:askPermission"));
      expect(said.ended).toBe(true);
      expect(response.response.directives).toEqual([
        {
          type: "Connections.SendRequest",
          name: "AskFor",
          payload: {
            "@type": "AskForPermissionsConsentRequest",
            "@version": "1",
            permissionScope: REMINDERS_PERMISSION,
          },
          token: "{}",
        },
      ]);
      expect(local.api.calls).toEqual([]);
      expect(lastLine().reminder).toBe("permission-asked");
    });

    it("accepted: the reminder is created tomorrow at 9 in the device's time zone, and said back", async () => {
      const asked = heard(await send(at(remindMe())));
      const said = await turn(answered("ACCEPTED", asked.askFor?.token));

      expect(local.api.calls.map((c) => [c.method, c.authorization])).toEqual([
        ["GET", `Bearer ${LOCAL_API_ACCESS_TOKEN}`],
        ["POST", `Bearer ${LOCAL_API_ACCESS_TOKEN}`],
      ]);
      expect(local.api.calls[0]?.path).toMatch(TIME_ZONE_PATH);
      expect(created().map((c) => c.body)).toEqual([
        {
          requestTime: "2025-03-14T23:30:00.000",
          trigger: {
            type: "SCHEDULED_ABSOLUTE",
            scheduledTime: "2025-03-15T09:00:00.000",
            timeZoneId: TIME_ZONE,
          },
          alertInfo: {
            spokenInfo: {
              content: [
                {
                  locale,
                  text: t("reminders:text"),
                  ssml: expect.stringMatching(
                    new RegExp(`^<speak>.*<say-as interpret-as="telephone">${phone}</say-as>.*</speak>$`),
                  ),
                },
              ],
            },
          },
          pushNotification: { status: "ENABLED" },
        },
      ]);

      // Saturday, March 15, in the locale's own words.
      const day = new Intl.DateTimeFormat(locale, { weekday: "long", month: "long", day: "numeric" });
      expect(said.text).toContain(day.format(new Date("2025-03-15T12:00:00Z")));
      expect(said.text).toContain(phone);
      expect(said.card?.text).toContain(phone);
      expect(said.ended).toBe(false);
      expect(lastLine().reminder).toBe("created");
    });

    it("keeps the date and time the person said through Alexa's prompt", async () => {
      const asked = heard(await send(at(remindMe({ date: "2025-03-20", time: "15:30" }))));
      await turn(answered("ACCEPTED", asked.askFor?.token));
      expect(created()[0]?.body).toMatchObject({
        trigger: { scheduledTime: "2025-03-20T15:30:00.000", timeZoneId: TIME_ZONE },
      });
    });

    it.each([
      ["DENIED", "denied"],
      ["NOT_ANSWERED", "not-answered"],
    ] as const)("%s: the number and a card, no reminder, and no second ask", async (response, logged) => {
      const said = await turn(answered(response));
      expectNumberAndCard(said, "reminders:refused");
      expect(local.api.calls).toEqual([]);
      expect(lastLine().reminder).toBe(logged);
      const c = new Conversation(options(), send);
      c.setAttributes(said.attributes);
      const next = await c.say("AMAZON.YesIntent");
      expect(next.askFor).toBeUndefined();
      expect(next.text).toContain(t("conversation:noPendingAnswer"));
    });

    it("an answer Alexa could not complete counts as not given", async () => {
      const failed = answered("ACCEPTED");
      Object.assign(failed.request, { status: { code: "500", message: "Internal error" }, payload: {} });
      expectNumberAndCard(await turn(failed), "reminders:refused");
      expect(local.api.calls).toEqual([]);
      expect(lastLine().reminder).toBe("no-consent");
    });

    it("a token that is not the skill's falls back to tomorrow at 9", async () => {
      for (const token of ["}{", "null", JSON.stringify({ date: 5, time: "x".repeat(99) })]) {
        local.api.calls.length = 0;
        await turn(answered("ACCEPTED", token));
        expect(created()[0]?.body, token).toMatchObject({
          trigger: { scheduledTime: "2025-03-15T09:00:00.000" },
        });
      }
    });
  });

  describe("with the permission already granted", () => {
    it("sets the reminder at once, for the time asked", async () => {
      const said = await turn(remindMe({ date: "2025-03-17", time: "MO" }, granted));
      expect(said.askFor).toBeUndefined();
      expect(created()[0]?.body).toMatchObject({ trigger: { scheduledTime: "2025-03-17T09:00:00.000" } });
      expect(said.text).toContain(phone);
      expect(lastLine().reminder).toBe("created");
    });
  });

  describe("when Alexa's API fails", () => {
    it.each([401, 403, 500])(
      "%i from the reminders API: the number, a card, and the conversation goes on",
      async (status) => {
        answer = (call) => (call.path === REMINDERS_PATH ? { status, body: { message: "no" } } : undefined);
        expectNumberAndCard(await turn(remindMe({}, granted)), "reminders:failed");
        expect(lastLine().reminder).toBe(`http-${status}`);
      },
    );

    it.each([401, 403, 500])(
      "%i from the time zone setting: no reminder, the same kind answer",
      async (status) => {
        answer = (call) => (TIME_ZONE_PATH.test(call.path) ? { status } : undefined);
        expectNumberAndCard(await turn(remindMe({}, granted)), "reminders:failed");
        expect(created()).toEqual([]);
        expect(lastLine().reminder).toBe(`http-${status}`);
      },
    );

    it.each([
      ["the time zone setting", (call: ApiCall) => TIME_ZONE_PATH.test(call.path)],
      ["the reminders API", (call: ApiCall) => call.path === REMINDERS_PATH],
    ])("no answer from %s: the skill gives up in time and says so", async (_, silent) => {
      answer = (call) => (silent(call) ? "no answer" : undefined);
      expectNumberAndCard(await turn(remindMe({}, granted)), "reminders:failed");
      expect(lastLine().reminder).toBe("timeout");
    });

    it("no time zone the skill can use: no reminder at a guessed time", async () => {
      for (const body of ["Mars/Olympus_Mons", undefined]) {
        answer = (call) => (TIME_ZONE_PATH.test(call.path) ? { status: body ? 200 : 204, body } : undefined);
        expectNumberAndCard(await turn(remindMe({}, granted)), "reminders:failed");
        expect(created()).toEqual([]);
        expect(lastLine().reminder).toBe("no-time-zone");
      }
    });

    it("nothing listening at the endpoint", async () => {
      const gone = await LocalAlexaApi.start();
      const endpoint = gone.endpoint;
      await gone.close();
      expectNumberAndCard(
        await turn(remindMe({}, { ...granted, apiEndpoint: endpoint })),
        "reminders:failed",
      );
      expect(lastLine().reminder).toBe("unreachable");
    });

    it("a request without an API access token", async () => {
      const envelope = remindMe({}, granted);
      delete envelope.context.System.apiAccessToken;
      expectNumberAndCard(await turn(envelope), "reminders:failed");
      expect(local.api.calls).toEqual([]);
      expect(lastLine().reminder).toBe("no-api-access");
    });
  });

  it("logs how it ended, never an id, a token or the reminder's words", async () => {
    const asked = heard(await send(at(remindMe({ date: "2025-03-20" }))));
    await turn(answered("ACCEPTED", asked.askFor?.token));
    const text = JSON.stringify(lines);
    for (const secret of [
      LOCAL_API_ACCESS_TOKEN,
      "amzn1.ask.device",
      "amzn1.ask.account",
      "2025-03-20",
      t("reminders:text"),
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(lines.map((l) => l.reminder)).toEqual(["permission-asked", "created"]);
  });

  describe("offered after the check", () => {
    const firstOf = (tier: string) => RED_FLAGS.findIndex((flag) => flag.tier === tier);
    /** The check answered no up to question `index`, then `last` there (or no to all when index < 0). */
    async function outcome(index: number, last: string): Promise<{ c: Conversation; said: Heard }> {
      const c = new Conversation(options(), send);
      let said = await c.say("CheckSymptomsIntent");
      const answers =
        index < 0 ? RED_FLAGS.map(() => "AMAZON.NoIntent") : [...Array(index).fill("AMAZON.NoIntent"), last];
      for (const reply of answers) said = await c.say(reply);
      return { c, said };
    }

    it.each(["urgent", "routine", "none"])(
      "after the %s outcome: yes asks Alexa for the permission",
      async (tier) => {
        const { c, said } = await outcome(tier === "none" ? -1 : firstOf(tier), "AMAZON.YesIntent");
        expect(said.text.endsWith(t(`reminders:offerAfter.${tier}`))).toBe(true);
        expect(said.text).toContain(phone);
        const yes = await c.say("AMAZON.YesIntent");
        expect(yes.askFor?.scope).toBe(REMINDERS_PERMISSION);
      },
    );

    describe.each(["urgent", "routine", "none"])(
      "after the %s outcome, what the reminder says next",
      (tier) => {
        const keeps = (said: Heard) => {
          // After an urgent outcome: still today, and 911 if it gets worse, in the tier's own words.
          for (const key of ["check:outcomes.urgent.today", "check:outcomes.urgent.worse"]) {
            if (tier === "urgent") expect(said.text, key).toContain(t(key));
            else expect(said.text, key).not.toContain(t(key));
          }
        };
        const offered = () => outcome(tier === "none" ? -1 : firstOf(tier), "AMAZON.YesIntent");

        it("set through Alexa's permission prompt, or refused there", async () => {
          const { c } = await offered();
          const asked = await c.say("AMAZON.YesIntent");
          keeps(await turn(answered("ACCEPTED", asked.askFor?.token)));
          keeps(await turn(answered("DENIED", asked.askFor?.token)));
        });

        it("set at once with the permission already granted", async () => {
          const { said } = await offered();
          const withPermission = new Conversation(options(granted), send);
          withPermission.setAttributes(said.attributes);
          const set = await withPermission.say("AMAZON.YesIntent");
          expect(created()).toHaveLength(1);
          keeps(set);
        });
      },
    );

    describe("a sign said out loud outlives the reminder", () => {
      const fever = RED_FLAGS.findIndex((flag) => flag.id === "feverWeightLoss");
      const shorterCheck = t("check:intro", {
        count: RED_FLAGS.filter((flag) => flag.tier === "emergency").length,
      });
      /** The sign said, every more urgent question no: its outcome, with the reminder offered. */
      async function afterSign(more: Partial<EnvelopeOptions> = {}): Promise<Conversation> {
        const c = new Conversation(options(more), send);
        let said = await c.say("SymptomIntent", {
          symptom: { value: "fever", type: "SymptomType", id: "feverWeightLoss" },
        });
        while (!said.text.endsWith(t(`reminders:offerAfter.${RED_FLAGS[fever]?.tier}`)))
          said = await c.say("AMAZON.NoIntent");
        return c;
      }
      /** A check asked for after the reminder, in the session its answer continues. */
      async function laterCheck(attributes: Record<string, unknown> | undefined): Promise<Heard> {
        const c = new Conversation(options(), send);
        c.setAttributes(attributes);
        return c.say("CheckSymptomsIntent");
      }

      it("set with the permission already granted", async () => {
        const c = await afterSign(granted);
        const set = await c.say("AMAZON.YesIntent");
        expect(set.ended).toBe(false);
        expect((await laterCheck(set.attributes)).text).toContain(shorterCheck);
      });

      it.each(["ACCEPTED", "DENIED"] as const)("through Alexa's permission prompt, %s", async (response) => {
        const c = await afterSign();
        const asked = await c.say("AMAZON.YesIntent");
        const said = await turn(answered(response, asked.askFor?.token));
        expect(said.ended).toBe(false);
        expect((await laterCheck(said.attributes)).text).toContain(shorterCheck);
      });
    });

    it("no to the offer: nothing is set, the conversation goes on", async () => {
      const { c } = await outcome(-1, "");
      const no = await c.say("AMAZON.NoIntent");
      expect(no.text).toContain(t("conversation:okay"));
      expect(no.askFor).toBeUndefined();
      expect(no.ended).toBe(false);
      expect(local.api.calls).toEqual([]);
    });

    const emergencies = RED_FLAGS.flatMap((flag, index) =>
      flag.tier === "emergency"
        ? ["AMAZON.YesIntent", "UnsureIntent"].map((reply) => [flag.id, reply, index] as const)
        : [],
    );
    const offers = ["urgent", "routine", "none"].map((tier) => t(`reminders:offerAfter.${tier}`));

    it.each(emergencies)("never after an emergency: %s answered %s", async (_, reply, index) => {
      const { said } = await outcome(index, reply);
      expect(said.ended).toBe(true);
      expect(said.askFor).toBeUndefined();
      for (const offer of offers) expect(said.text).not.toContain(offer);
      expect(said.attributes ?? {}).not.toHaveProperty("conversation.pending");
    });

    it("covers every emergency question", () => {
      expect(new Set(emergencies.map(([id]) => id)).size).toBe(
        RED_FLAGS.filter((flag) => flag.tier === "emergency").length,
      );
    });
  });
});
