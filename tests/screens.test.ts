// Screens on devices that support APL (issue 16). What a person or the clinic would notice:
// - a device without a screen gets exactly the recorded voice response, and never loads the screens chunk;
// - a device with one gets that same response plus one RenderDocument directive, of the right kind;
// - every document passes Amazon's APL validator (apl-suggester), and the screen holds the turn's own words;
// - a touch is the same as saying it: the same response, the same next state, for every button on every screen;
// - a touch the skill does not know is never an answer, and a touch outside a session is answered with nothing.
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { StaticAplTemplateValidator } from "apl-suggester";
import type { interfaces, RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { buildSkill } from "../lambda/build-skill";
import { questionCount } from "../lambda/check/red-flag-check";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { AMAZON, TOUCH_INTENTS } from "../lambda/handlers/intents";
import { SUPPORTED_LOCALES } from "../lambda/i18n/resources";
import { translatorFor } from "../lambda/i18n/translator";
import { APL_VERSION, DOCUMENTS } from "../lambda/screens/documents";
import { SCREEN_KINDS, type ScreenData } from "../lambda/screens/screen-data";
import type { LogEntry } from "../lambda/skill/request-log";
import { writeState } from "../lambda/state/session-state";
import { BUNDLE, SCREENS_CHUNK } from "../scripts/build.mts";
import { intentRequest, launchRequest, SHOW_DEVICE, userEvent } from "../simulator/envelopes";
import { outputText } from "../simulator/readable";
import { shownScreen } from "../simulator/screen";
import { bundleHandler, type LambdaHandler, useBundle } from "./support/bundle";
import { EMERGENCY, PHONE, t } from "./support/content";
import { asRecorded, RECORDING_SKILL_ID, readRecording } from "./support/recorded-responses";
import { requestKinds } from "./support/request-kinds";
import { isSilentRequest, responseProblems } from "./support/response-checks";

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;
const RENDER_DOCUMENT = "Alexa.Presentation.APL.RenderDocument";

const logLines: LogEntry[] = [];
const skill = buildSkill({ skillId: RECORDING_SKILL_ID, log: (entry) => logLines.push(entry) });
const recording = readRecording();
const kinds = requestKinds(RECORDING_SKILL_ID);

/** The same request from a device with a screen (an Echo Show). */
function onShow(envelope: RequestEnvelope): RequestEnvelope {
  const copy = structuredClone(envelope);
  copy.context.System.device = {
    deviceId: copy.context.System.device?.deviceId ?? "",
    supportedInterfaces: SHOW_DEVICE.supportedInterfaces,
  };
  copy.context.Viewport = SHOW_DEVICE.viewport;
  return copy;
}

function renderDocuments(response: ResponseEnvelope): RenderDocument[] {
  return (response.response.directives ?? []).filter((d): d is RenderDocument => d.type === RENDER_DOCUMENT);
}

/** The response with its screen taken away: what a device without a screen would get. */
function withoutScreen(response: ResponseEnvelope): ResponseEnvelope {
  const directives = (response.response.directives ?? []).filter((d) => d.type !== RENDER_DOCUMENT);
  const { directives: _, ...rest } = response.response;
  return { ...response, response: directives.length > 0 ? { ...rest, directives } : rest };
}

async function checked(send: (e: RequestEnvelope) => Promise<ResponseEnvelope>, envelope: RequestEnvelope) {
  const response = await send(envelope);
  expect(await responseProblems(response, { silent: isSilentRequest(envelope) })).toEqual([]);
  return response;
}

const inProcess = (envelope: RequestEnvelope) => checked((e) => skill.invoke(e), envelope);
const throughBundle = (envelope: RequestEnvelope) => checked((e) => bundleHandler(e, {}), envelope);

useBundle(RECORDING_SKILL_ID);

/** What every request kind shows on a screen, answered once through the bundle. */
const shown = new Map<string, { envelope: RequestEnvelope; response: ResponseEnvelope }>();
beforeAll(async () => {
  for (const kind of kinds) {
    const envelope = onShow(kind.envelope);
    shown.set(kind.name, { envelope, response: await throughBundle(structuredClone(envelope)) });
  }
});

describe("a device without a screen", () => {
  it("gets no screen for any kind of request (the recorded responses test holds every byte)", async () => {
    for (const kind of kinds) {
      const response = await inProcess(structuredClone(kind.envelope));
      expect(renderDocuments(response), kind.name).toEqual([]);
      expect(asRecorded(response), kind.name).toBe(JSON.stringify(recording[kind.name]));
    }
  });

  it("never loads the screens chunk: beside a trap in its place, every kind is answered as recorded", async () => {
    // A copy of dist/lambda/ whose screens chunk only notes that it was loaded, then fails.
    const dir = mkdtempSync(join(tmpdir(), "bundle-screens-trap-"));
    const chunk = basename(SCREENS_CHUNK);
    for (const file of readdirSync(dirname(BUNDLE)).filter((f) => !f.startsWith(chunk))) {
      copyFileSync(join(dirname(BUNDLE), file), join(dir, file));
    }
    const flag = `screensLoaded${Date.now()}`;
    writeFileSync(join(dir, chunk), `globalThis.${flag} = true;\nthrow new Error("the screens chunk");\n`);
    const loaded = () => Reflect.get(globalThis, flag) === true;
    const { handler } = (await import(pathToFileURL(join(dir, basename(BUNDLE))).href)) as {
      handler: LambdaHandler;
    };
    for (const kind of kinds) {
      const response = await handler(structuredClone(kind.envelope), {});
      expect(asRecorded(response), kind.name).toBe(JSON.stringify(recording[kind.name]));
    }
    expect(loaded()).toBe(false);

    // A device with a screen does load it; when it fails, the person still hears every word.
    const launch = launchRequest({ skillId: RECORDING_SKILL_ID, newSession: true });
    const response = await handler(onShow(launch), {});
    expect(loaded()).toBe(true);
    expect(asRecorded(response)).toBe(JSON.stringify(recording.launch));
  });

  it("its request's log line says nothing about screens; a device with one, that its screen was shown", async () => {
    logLines.length = 0;
    await inProcess(launchRequest({ skillId: RECORDING_SKILL_ID, newSession: true }));
    await inProcess(onShow(launchRequest({ skillId: RECORDING_SKILL_ID, newSession: true })));
    expect(logLines.map((line) => line.screen)).toEqual([undefined, "shown"]);
  });
});

describe("a device with a screen", () => {
  it("gets the voice response unchanged, plus one screen, for every kind of request that speaks", () => {
    for (const kind of kinds) {
      const { envelope, response } = shown.get(kind.name) ?? { envelope: kind.envelope, response: undefined };
      if (!response) throw new Error(`no response for ${kind.name}`);
      expect(asRecorded(withoutScreen(response)), kind.name).toBe(JSON.stringify(recording[kind.name]));
      const speaks = response.response.outputSpeech !== undefined;
      expect(renderDocuments(response), kind.name).toHaveLength(speaks ? 1 : 0);
      expect(envelope.request.type === "SessionEndedRequest" ? 0 : 1).toBe(speaks ? 1 : 0);
    }
  });

  it("is shown every kind of screen, each with its own document", () => {
    const seen = new Set([...shown.values()].flatMap(({ response }) => renderDocuments(response)));
    const byKind = new Map([...seen].map((d) => [(d.datasources as { screen: ScreenData }).screen.kind, d]));
    expect([...byKind.keys()].sort()).toEqual([...SCREEN_KINDS].sort());
    for (const [kind, directive] of byKind) {
      expect(directive.document).toEqual(DOCUMENTS[kind]);
      expect(directive.token).toContain(kind);
    }
  });

  it("shows the screen's words as spoken: the body is what Alexa said, the question what she asked", () => {
    for (const [name, { response }] of shown) {
      const screen = shownScreen(response);
      if (!screen) continue;
      const said = outputText(response.response.outputSpeech);
      if (screen.kind === "question") {
        expect(said, name).toContain(screen.headline);
        expect(said.startsWith(screen.body), name).toBe(true);
      } else {
        expect(screen.body, name).toBe(said);
      }
    }
  });

  it("launch: the clinic's name, its number, and the four things to touch", () => {
    const screen = shownScreen(shown.get("launch")?.response as ResponseEnvelope);
    expect(screen).toMatchObject({ kind: "launch", title: t("clinic:name"), numbers: [{ digits: PHONE }] });
    expect(screen?.buttons.map((b) => b.touch)).toEqual(["check", "causes", "treatments", "number"]);
  });

  it("the check: each question large, its place in the check, yes / no / not sure, and the emergency line", () => {
    RED_FLAGS.slice(0, -1).forEach((flag, index) => {
      const screen = shownScreen(
        shown.get(`check: no to question ${index + 1} (${flag.id})`)?.response as ResponseEnvelope,
      );
      const next = RED_FLAGS[index + 1];
      expect(screen?.kind).toBe("question");
      expect(screen?.headline).toBe(t(`check:questions.${next?.id}.ask`));
      expect(screen?.progress).toBe(
        t("screen:progress", { position: index + 2, total: questionCount(RED_FLAGS) }),
      );
      expect(screen?.buttons.map((b) => b.touch)).toEqual(["yes", "no", "unsure"]);
      expect(screen?.footer).toBe(t("check:ifEmergency"));
    });
  });

  it("every outcome: the emergency red with 911 first and largest, the others the clinic's number largest", () => {
    RED_FLAGS.forEach((flag, index) => {
      const screen = shownScreen(
        shown.get(`check: yes to question ${index + 1} (${flag.id})`)?.response as ResponseEnvelope,
      );
      expect(screen?.kind).toBe("outcome");
      expect(screen?.title).toBe(t(`check:outcomes.${flag.tier}.cardTitle`));
      const emergency = flag.tier === "emergency";
      expect(screen?.tone).toBe(emergency ? "emergency" : "plain");
      expect(screen?.numbers.map((n) => n.digits)).toEqual(emergency ? [EMERGENCY, PHONE] : [PHONE]);
    });
    const last = RED_FLAGS.length;
    const allNo = shownScreen(
      shown.get(`check: no to question ${last} (${RED_FLAGS[last - 1]?.id})`)?.response as ResponseEnvelope,
    );
    expect(allNo).toMatchObject({
      kind: "outcome",
      tone: "plain",
      title: t("check:outcomes.none.cardTitle"),
    });
    expect(allNo?.numbers.map((n) => n.digits)).toEqual([PHONE]);
  });

  it("with nothing pending, offers the launch's choices to touch; a yes-or-no offer, Yes and No", () => {
    const screen = shownScreen(shown.get("offer: no")?.response as ResponseEnvelope);
    expect(screen?.buttons.map((b) => b.touch)).toEqual(["check", "causes", "treatments", "number"]);
    // Help and the fallback end by offering the clinic's number (issue 10: never a dead end).
    for (const name of ["topic: overview", "help", "fallback"]) {
      const offer = shownScreen(shown.get(name)?.response as ResponseEnvelope);
      expect(
        offer?.buttons.map((b) => b.touch),
        name,
      ).toEqual(["yes", "no"]);
    }
  });

  it("a list page that has more shows More; the number has its own screen", () => {
    const list = shownScreen(shown.get("topic: causes")?.response as ResponseEnvelope);
    expect(list).toMatchObject({ kind: "topic", buttons: [{ touch: "more" }] });
    const number = shownScreen(shown.get("the number")?.response as ResponseEnvelope);
    expect(number).toMatchObject({ kind: "number", numbers: [{ digits: PHONE }] });
  });

  it("gets no screen beside Alexa's permission prompt", async () => {
    const envelope = onShow(
      intentRequest(
        { skillId: RECORDING_SKILL_ID, attributes: writeState({ pending: { kind: "reminder" } }) },
        AMAZON.yes,
      ),
    );
    const response = await throughBundle(envelope);
    expect(response.response.directives?.map((d) => d.type)).toEqual(["Connections.SendRequest"]);
  });
});

describe("the APL documents", () => {
  const validator = new StaticAplTemplateValidator();
  // The validator says on the console which components it has no extra rules for; its findings are
  // what it returns.
  beforeAll(() => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
  });

  it.each(SCREEN_KINDS)("%s passes Amazon's APL validator with nothing to report", async (kind) => {
    expect(DOCUMENTS[kind]).toMatchObject({ type: "APL", version: APL_VERSION });
    expect(await validator.validate(DOCUMENTS[kind])).toEqual([]);
  });

  it("the validator catches a broken document (the control)", async () => {
    const broken = structuredClone(DOCUMENTS.question) as {
      mainTemplate: { items: Record<string, unknown>[] };
    };
    const root = broken.mainTemplate.items[0] as Record<string, unknown>;
    root.fontSize = "big";
    root.wrap = "sideways";
    const problems = await validator.validate(broken);
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(["/mainTemplate/items/0"]));
  });

  it("size the type for round hubs and for TV, apart from the landscape hubs", () => {
    const whens = (DOCUMENTS.launch.resources as { when?: string }[]).map((r) => r.when ?? "");
    expect(whens.some((w) => w.includes("viewport.shape == 'round'"))).toBe(true);
    expect(whens.some((w) => w.includes("viewport.mode == 'tv'"))).toBe(true);
  });

  it("hold layout only: no word of content is written in them", () => {
    const documents = JSON.stringify(DOCUMENTS);
    for (const word of [t("clinic:name"), PHONE, t("screen:buttons.yes"), t("screen:buttons.check")]) {
      expect(documents).not.toContain(`"${word}"`);
    }
  });
});

describe("a touch", () => {
  /** Every button on every screen, with the session it was shown in. */
  const touches = () =>
    [...shown.entries()].flatMap(([name, { response }]) =>
      (shownScreen(response)?.buttons ?? []).map((button) => ({ name, button, response })),
    );

  it("is the same as saying what it stands for, on every screen, through the bundle", async () => {
    const all = touches();
    expect(new Set(all.map((x) => x.button.touch))).toEqual(new Set(Object.keys(TOUCH_INTENTS)));
    for (const { name, button, response } of all) {
      if (response.response.shouldEndSession) continue;
      const options = {
        skillId: RECORDING_SKILL_ID,
        attributes: response.sessionAttributes ?? {},
        newSession: false,
      };
      const touched = await throughBundle(onShow(userEvent(options, [button.touch])));
      const said = await throughBundle(onShow(intentRequest(options, TOUCH_INTENTS[button.touch])));
      expect(asRecorded(touched), `${name}: [ ${button.label} ]`).toBe(asRecorded(said));
    }
  });

  it("the skill does not know is never an answer: in the check, the question is asked again", async () => {
    const { response } = shown.get("check: start") as { response: ResponseEnvelope };
    const options = {
      skillId: RECORDING_SKILL_ID,
      attributes: response.sessionAttributes ?? {},
      newSession: false,
    };
    const fallback = await inProcess(onShow(intentRequest(options, AMAZON.fallback)));
    for (const args of [["maybeLater"], [], [42], [{ touch: "yes" }], ["AMAZON.YesIntent"], ["__proto__"]]) {
      const odd = await inProcess(onShow(userEvent(options, args)));
      expect(asRecorded(odd), JSON.stringify(args)).toBe(asRecorded(fallback));
      expect(outputText(odd.response.outputSpeech)).toContain(t("check:notAnAnswer"));
    }
  });

  it("outside a session is answered with nothing and logged as silent", async () => {
    const envelope = onShow(userEvent({ skillId: RECORDING_SKILL_ID }, ["yes"]));
    delete envelope.session;
    logLines.length = 0;
    const response = await inProcess(envelope);
    expect(response.response).toEqual({});
    // (A silent request's line is written by its handler and by the response log, as for SessionEndedRequest.)
    expect(logLines.length).toBeGreaterThan(0);
    for (const line of logLines) {
      expect(line).toMatchObject({ outcome: "silent", requestType: envelope.request.type });
    }
  });
});

describe("every locale", () => {
  it.each(SUPPORTED_LOCALES)(
    "%s: the screen's words come through the locale's translator",
    async (locale) => {
      const tr = translatorFor(locale);
      const response = await inProcess(
        onShow(launchRequest({ skillId: RECORDING_SKILL_ID, locale, newSession: true })),
      );
      const screen = shownScreen(response);
      expect(screen?.title).toBe(tr("clinic:name"));
      expect(screen?.buttons.map((b) => b.label)).toEqual(
        screen?.buttons.map((b) => tr(`screen:buttons.${b.touch}`)),
      );
    },
  );
});
