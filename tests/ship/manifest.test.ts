// The manifest and the interaction model, held against ask-smapi-model's definitions and the limits
// Amazon documents for certification; and the endpoint in each deploy mode.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { getViewportProfiles } from "apl-suggester";
import type { v1 } from "ask-smapi-model";
import { describe, expect, it } from "vitest";
import { REMINDERS_PERMISSION } from "../../lambda/dialog/reminders";
import { type Locale, SUPPORTED_LOCALES } from "../../lambda/i18n/resources";
import { completeManifest, PackageError, readSettings, type Settings } from "../../scripts/package.mts";
import { SHOW_DEVICE } from "../../simulator/envelopes";
import { EMERGENCY } from "../support/content";
import { modelFor, normalise, readJson } from "../support/model";
import { scratchDir } from "../support/scratch-dir";
import { smapiProblems } from "./smapi-schema";

type Manifest = v1.skill.Manifest.SkillManifestEnvelope;
const MANIFEST = "v1.skill.Manifest.SkillManifestEnvelope";
const base = readJson<Manifest>("skill.json");
const manifest = base.manifest as v1.skill.Manifest.SkillManifest;
const publishing = manifest.publishingInformation as v1.skill.Manifest.SkillManifestPublishingInformation;
const published = (locale: Locale) =>
  publishing.locales?.[locale] as v1.skill.Manifest.SkillManifestLocalizedPublishingInformation;

type Viewport = v1.skill.Manifest.ViewportSpecification;
const VIEWPORT = "v1.skill.Manifest.ViewportSpecification";
const aplInterface = manifest.apis?.custom?.interfaces?.find((i) => i.type === "ALEXA_PRESENTATION_APL");
const VIEWPORTS: Viewport[] =
  (aplInterface && "supportedViewports" in aplInterface ? aplInterface.supportedViewports : undefined) ?? [];

/** Alexa's viewport profiles as Amazon's APL tooling (apl-suggester) defines them: mode, shape, sizes in dp. */
const PROFILES = [...getViewportProfiles().values()];

/** The profile whose mode, shape and size ranges the declared viewport repeats exactly; else undefined. */
function profileOf(viewport: Viewport): string | undefined {
  return PROFILES.find(
    (p) =>
      p.mode?.toUpperCase() === viewport.mode &&
      p.shape.toUpperCase() === viewport.shape &&
      p.dpSizeRange.minWidth === viewport.minWidth &&
      p.dpSizeRange.maxWidth === viewport.maxWidth &&
      p.dpSizeRange.minHeight === viewport.minHeight &&
      p.dpSizeRange.maxHeight === viewport.maxHeight,
  )?.id;
}
const DECLARED_PROFILES = PROFILES.filter((p) => VIEWPORTS.some((v) => profileOf(v) === p.id));

/** Whether a device's screen (in dp) is one the declared viewport takes. */
function fits(
  v: Viewport,
  device: { mode?: string; shape?: string; width: number; height: number },
): boolean {
  return (
    v.mode === device.mode &&
    v.shape === device.shape &&
    device.width >= (v.minWidth ?? 0) &&
    device.width <= (v.maxWidth ?? 0) &&
    device.height >= (v.minHeight ?? 0) &&
    device.height <= (v.maxHeight ?? 0)
  );
}

/** What each language's store page must say: the skill's name, and Amazon's health disclaimer in its words. */
const STORE: Readonly<Record<Locale, { name: string; disclaimer: readonly string[] }>> = {
  "en-US": {
    name: "Back Spasm Guide",
    disclaimer: [
      "for information only",
      "not a substitute for professional medical advice, diagnosis or treatment",
      `If you think you may have a medical emergency, call ${EMERGENCY}`,
    ],
  },
  "es-US": {
    name: "Guía de espasmos de espalda",
    disclaimer: [
      "es solo para información",
      "No sustituye el consejo, el diagnóstico ni el tratamiento de un profesional médico",
      `Si cree que puede tener una emergencia médica, llame al ${EMERGENCY}`,
    ],
  },
};

/** How a person opens the skill, or asks it something in one go, in each language. */
const LAUNCH: Readonly<Record<Locale, { open: string; ask: string; joiners: string }>> = {
  "en-US": { open: "open", ask: "(?:open|ask)", joiners: "(?:to|for)" },
  "es-US": { open: "abre", ask: "(?:abre|pídele a|pregúntale a)", joiners: "(?:que)" },
};

const SKILL_ID = "amzn1.ask.skill.12345678-90ab-4cde-8f01-23456789abcd";
const LAMBDA_ARN = "arn:aws:lambda:us-east-1:123456789012:function:ask-backspasmguide-default";

/** A .ask/ask-states.json as the ASK CLI writes it, in a fresh folder; no argument: no file. */
function statesFile(state?: { skillId?: string; lambdaArn?: string }): string {
  const file = join(scratchDir("ask-states-"), "ask-states.json");
  if (state) {
    const deployState = state.lambdaArn ? { default: { lambda: { arn: state.lambdaArn } } } : {};
    const profile = {
      skillId: state.skillId,
      skillInfrastructure: { "@ask-cli/lambda-deployer": { deployState } },
    };
    writeFileSync(
      file,
      JSON.stringify({ askcliStatesVersion: "2020-03-31", profiles: { default: profile } }),
    );
  }
  return file;
}

function settings(env: Record<string, string>, state?: { skillId?: string; lambdaArn?: string }): Settings {
  return readSettings(env, statesFile(state));
}

describe("skill.json", () => {
  it("fits ask-smapi-model's SkillManifestEnvelope", () => {
    expect(smapiProblems(MANIFEST, base)).toEqual([]);
  });

  it("is published in every supported locale, and no other", () => {
    expect(Object.keys(publishing.locales ?? {}).sort()).toEqual([...SUPPORTED_LOCALES].sort());
  });

  it.each(SUPPORTED_LOCALES)("%s stays within the documented limits", (locale) => {
    const info = published(locale);
    expect(info.name).toBe(STORE[locale].name);
    expect(info.summary?.length).toBeLessThanOrEqual(160);
    expect(info.description?.length).toBeLessThanOrEqual(4000);
    expect(info.examplePhrases?.length).toBeGreaterThanOrEqual(1);
    expect(info.examplePhrases?.length).toBeLessThanOrEqual(4);
    expect(info.keywords?.length).toBeGreaterThanOrEqual(1);
    expect(info.keywords?.length).toBeLessThanOrEqual(30);
    expect(publishing.testingInstructions?.length).toBeGreaterThan(0);
    expect(publishing.testingInstructions?.length).toBeLessThanOrEqual(4000);
  });

  it.each(SUPPORTED_LOCALES)(
    "%s carries the health disclaimer Amazon asks for in the description",
    (locale) => {
      for (const phrase of STORE[locale].disclaimer) expect(published(locale).description).toContain(phrase);
    },
  );

  it("is a health skill distributed in the US only", () => {
    expect(publishing.category).toBe("HEALTH_AND_FITNESS");
    expect(publishing.isAvailableWorldwide).toBe(false);
    expect(publishing.distributionCountries).toEqual(["US"]);
  });

  it("declares no purchases, no personal information, no children, export compliance and no ads", () => {
    expect(manifest.privacyAndCompliance).toMatchObject({
      allowsPurchases: false,
      usesPersonalInfo: false,
      isChildDirected: false,
      isExportCompliant: true,
      containsAds: false,
    });
  });

  it("hard-codes no URL: privacy, terms and endpoint are filled in when packaging", () => {
    expect(JSON.stringify(base)).not.toMatch(/https?:\/\//);
    expect(manifest.privacyAndCompliance?.locales).toBeUndefined();
    expect(manifest.apis?.custom?.endpoint).toBeUndefined();
  });

  it("asks for the reminders permission and nothing else, and answers CanFulfillIntentRequest", () => {
    expect(manifest.permissions).toEqual([{ name: REMINDERS_PERMISSION }]);
    expect(manifest.apis?.custom?.interfaces?.map((i) => i.type)).toEqual([
      "CAN_FULFILL_INTENT_REQUEST",
      "ALEXA_PRESENTATION_APL",
    ]);
  });

  it("declares screens for round and rectangular hubs and for TV, the simulator's Echo Show among them", () => {
    const kinds = new Set(VIEWPORTS.map((v) => `${v.mode} ${v.shape}`));
    expect([...kinds].sort()).toEqual(["HUB RECTANGLE", "HUB ROUND", "TV RECTANGLE"]);
    // The viewport in dp, as Alexa measures it: pixels at 160 dpi.
    const show = SHOW_DEVICE.viewport;
    const dp = (px: number | undefined) => ((px ?? 0) * 160) / (show.dpi ?? 160);
    const device = {
      mode: show.mode,
      shape: show.shape,
      width: dp(show.pixelWidth),
      height: dp(show.pixelHeight),
    };
    expect(VIEWPORTS.filter((v) => fits(v, device))).toHaveLength(1);
  });

  it("declares each screen as exactly one of Alexa's viewport profiles, and fits ask-smapi-model's ViewportSpecification", () => {
    for (const viewport of VIEWPORTS) {
      expect(smapiProblems(VIEWPORT, viewport)).toEqual([]);
      expect(profileOf(viewport), JSON.stringify(viewport)).toBeDefined();
    }
  });

  // Alexa requires every APL skill to support hub round small, hub landscape medium and large, and TV
  // fullscreen, and recommends hub landscape small. Declaring a profile says the screens were tried on
  // it: the portrait and extra-large hub layouts have not been, so they are not declared.
  it("declares the viewport profiles Alexa requires of an APL skill and the small landscape hub, and no others", () => {
    expect(VIEWPORTS.map(profileOf)).toEqual([
      "hubRound",
      "hubLandscapeSmall",
      "hubLandscapeMedium",
      "hubLandscape",
      "tvFullscreen",
    ]);
  });

  it.each(
    DECLARED_PROFILES.flatMap((profile) =>
      profile.exampleDevices.map((device) => [device.name, profile, device] as const),
    ),
  )("%s gets a screen: it falls within one declared viewport", (_, profile, device) => {
    const size = { mode: profile.mode?.toUpperCase(), shape: profile.shape.toUpperCase() };
    expect(
      VIEWPORTS.filter((v) => fits(v, { ...size, width: device.width, height: device.height })),
    ).toHaveLength(1);
  });

  it.each(SUPPORTED_LOCALES)("%s points at the package's icons", (locale) => {
    expect(published(locale).smallIconUri).toBe(`file://assets/images/${locale}_smallIconUri.png`);
    expect(published(locale).largeIconUri).toBe(`file://assets/images/${locale}_largeIconUri.png`);
  });
});

describe.each(SUPPORTED_LOCALES)("%s example phrases", (locale) => {
  const model = modelFor(locale);
  const INVOCATION = model.invocationName;
  const { open, ask, joiners } = LAUNCH[locale];
  const samples = new Set(model.intents.flatMap((intent) => intent.samples ?? []).map(normalise));
  /** "Alexa, open <invocation>" alone, or "Alexa, open|ask <invocation> to|for <utterance>". */
  const PHRASE = new RegExp(`^Alexa, ${ask} ${INVOCATION}(?: (?:${joiners} )?(.+))?$`, "u");

  it("start with the launch phrase", () => {
    expect(published(locale).examplePhrases?.[0]).toBe(`Alexa, ${open} ${INVOCATION}`);
  });

  it.each(published(locale).examplePhrases ?? [])("%s matches a sample utterance", (phrase) => {
    const match = PHRASE.exec(phrase);
    expect(match, `"${phrase}" is not an "Alexa, ${ask} ${INVOCATION} ..." phrase`).not.toBeNull();
    const utterance = match?.[1];
    if (utterance !== undefined) expect(samples.has(normalise(utterance)), utterance).toBe(true);
  });
});

describe("the interaction models", () => {
  const MODEL_DATA = "v1.skill.interactionModel.InteractionModelData";
  const data = readJson<{ interactionModel: Record<string, unknown> }>("interaction-model/en-US.json");

  it.each(SUPPORTED_LOCALES)(
    "interaction-model/%s.json fits ask-smapi-model's InteractionModelData",
    (locale) => {
      const model = readJson<{ interactionModel: Record<string, unknown> }>(
        `interaction-model/${locale}.json`,
      );
      expect(smapiProblems(MODEL_DATA, model)).toEqual([]);
    },
  );

  // Alexa documents name-free skill launch phrases as a "_nameFreeInteraction" container in the model,
  // but ask-smapi-model (the definitions the ASK tools validate against) has no such field, and the
  // toolkit is open only to skills already live with a record of engagement (docs/deploy.md). So the
  // model carries none; when the definitions accept the container, this test fails and says so.
  it("carries no name-free launch phrases, which ask-smapi-model's definitions do not accept yet", () => {
    expect(data.interactionModel).not.toHaveProperty("_nameFreeInteraction");
    const withPhrases = structuredClone(data);
    withPhrases.interactionModel._nameFreeInteraction = {
      ingressPoints: [
        { type: "LAUNCH", sampleUtterances: { format: "RAW_TEXT", values: ["back spasm help"] } },
      ],
    };
    expect(smapiProblems(MODEL_DATA, withPhrases).join("\n")).toMatch(
      /additional properties.*_nameFreeInteraction/,
    );
  });
});

describe("the packaged manifest's endpoint", () => {
  const endpointOf = (s: Settings) => completeManifest(base, s).manifest?.apis?.custom?.endpoint;

  it("is left for the ASK CLI to fill before the Lambda exists", () => {
    expect(endpointOf(settings({}))).toBeUndefined();
    expect(endpointOf(settings({ SKILL_ID }, { skillId: SKILL_ID }))).toBeUndefined();
  });

  it("keeps the Lambda ARN the ASK CLI recorded, with no certificate type", () => {
    const s = settings({}, { skillId: SKILL_ID, lambdaArn: LAMBDA_ARN });
    expect(s.mode).toBe("lambda");
    expect(endpointOf(s)).toEqual({ uri: LAMBDA_ARN });
  });

  it("is ENDPOINT_URL with a certificate type for self-hosting", () => {
    const url = "https://skill.example.org/";
    expect(endpointOf(settings({ ENDPOINT_URL: url }))).toEqual({ uri: url, sslCertificateType: "Trusted" });
    const wildcard = settings({ ENDPOINT_URL: url, ENDPOINT_SSL_CERTIFICATE_TYPE: "Wildcard" });
    expect(endpointOf(wildcard)).toEqual({ uri: url, sslCertificateType: "Wildcard" });
  });

  it("fits the definition in every mode", () => {
    const modes = [
      settings({}),
      settings({}, { skillId: SKILL_ID, lambdaArn: LAMBDA_ARN }),
      settings({
        ENDPOINT_URL: "https://skill.example.org/alexa",
        ENDPOINT_SSL_CERTIFICATE_TYPE: "SelfSigned",
      }),
    ];
    for (const mode of modes) expect(smapiProblems(MANIFEST, completeManifest(base, mode))).toEqual([]);
  });

  it("refuses endpoints and settings Alexa would not accept", () => {
    const url = "https://skill.example.org/";
    expect(() => settings({ ENDPOINT_URL: "http://skill.example.org/" })).toThrow(PackageError);
    expect(() => settings({ ENDPOINT_URL: "not a url" })).toThrow(PackageError);
    expect(() => settings({ ENDPOINT_URL: url, ENDPOINT_SSL_CERTIFICATE_TYPE: "Any" })).toThrow(PackageError);
    expect(() => settings({ PRIVACY_POLICY_URL: "http://example.org/privacy" })).toThrow(PackageError);
    expect(() => settings({}, { skillId: "amzn1.ask.skill.oops" })).toThrow(PackageError);
  });
});

describe("privacy policy and terms of use", () => {
  it("come from PRIVACY_POLICY_URL and TERMS_OF_USE_URL, for every locale", () => {
    const env = {
      PRIVACY_POLICY_URL: "https://example.org/privacy",
      TERMS_OF_USE_URL: "https://example.org/terms",
    };
    const packaged = completeManifest(base, settings(env)).manifest?.privacyAndCompliance;
    expect(packaged?.locales).toEqual(
      Object.fromEntries(
        SUPPORTED_LOCALES.map((locale) => [
          locale,
          { privacyPolicyUrl: env.PRIVACY_POLICY_URL, termsOfUseUrl: env.TERMS_OF_USE_URL },
        ]),
      ),
    );
    expect(packaged?.isChildDirected).toBe(false);
  });

  it("are each left out when unset", () => {
    const onlyPrivacy = settings({ PRIVACY_POLICY_URL: "https://example.org/privacy", TERMS_OF_USE_URL: "" });
    expect(completeManifest(base, onlyPrivacy).manifest?.privacyAndCompliance?.locales).toEqual(
      Object.fromEntries(
        SUPPORTED_LOCALES.map((locale) => [locale, { privacyPolicyUrl: "https://example.org/privacy" }]),
      ),
    );
    expect(completeManifest(base, settings({})).manifest?.privacyAndCompliance?.locales).toBeUndefined();
  });
});

describe("the viewport checks bite", () => {
  /** Hub Landscape Small, as Alexa documents it. */
  const SMALL_HUB: Viewport = {
    mode: "HUB",
    shape: "RECTANGLE",
    minWidth: 960,
    maxWidth: 1279,
    minHeight: 100,
    maxHeight: 599,
  };
  const wrong = (change: Partial<Viewport>): Viewport => ({ ...SMALL_HUB, ...change });

  it("reports a viewport the definitions do not allow, inside the whole manifest too", () => {
    const broken = structuredClone(base);
    const apl = broken.manifest?.apis?.custom?.interfaces?.find((i) => i.type === "ALEXA_PRESENTATION_APL");
    const viewports = apl && "supportedViewports" in apl ? apl.supportedViewports : undefined;
    if (!viewports) throw new Error("no supportedViewports");
    viewports[0] = { ...viewports[0], mode: "PHONE", minWidth: 0 } as unknown as Viewport;
    const problems = smapiProblems(MANIFEST, broken).join("\n");
    expect(problems).toMatch(/supportedViewports\.0\.mode: must be equal to one of the allowed values/);
    expect(problems).toMatch(/supportedViewports\.0\.minWidth: must be >= 1/);
  });

  it("reports a range that is no profile's, even off by one, and a profile in the wrong mode", () => {
    expect(profileOf(SMALL_HUB)).toBe("hubLandscapeSmall");
    expect(profileOf(wrong({ maxWidth: 1280 }))).toBeUndefined();
    expect(profileOf(wrong({ maxHeight: 600 }))).toBeUndefined();
    expect(profileOf(wrong({ mode: "TV" }))).toBeUndefined();
    expect(profileOf(wrong({ shape: "ROUND" }))).toBeUndefined();
  });
});

describe("the ask-smapi-model schema check bites", () => {
  it("reports a misspelt field and a summary over 160 characters", () => {
    const broken = structuredClone(base);
    const locale = broken.manifest?.publishingInformation?.locales?.["en-US"] as unknown as Record<
      string,
      unknown
    >;
    locale.sumary = locale.summary;
    locale.summary = "x".repeat(161);
    const problems = smapiProblems(MANIFEST, broken).join("\n");
    expect(problems).toMatch(/must NOT have additional properties.*sumary/);
    expect(problems).toMatch(/summary: must NOT have more than 160 characters/);
  });
});
