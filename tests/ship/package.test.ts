// What `npm run package` leaves for `ask deploy`, written into a scratch folder from the bundle the
// test run built (tests/global-setup.ts), so this suite never rebuilds dist/ under other suites.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ui } from "ask-sdk-model";
import type { v1 } from "ask-smapi-model";
import { describe, expect, it } from "vitest";
import { questionCount } from "../../lambda/check/red-flag-check";
import { RED_FLAGS } from "../../lambda/content-lookup/red-flags";
import { SUPPORTED_LOCALES } from "../../lambda/i18n/resources";
import { BUNDLE, LAMBDA_CHUNKS, REMINDERS_CHUNK, SCREENS_CHUNK } from "../../scripts/build.mts";
import {
  ICON_SIZES,
  iconFiles,
  LAMBDA_DEPLOYER,
  LAMBDA_FILE,
  LAMBDA_SETTINGS,
  type Packaged,
  PackageError,
  packageSkill,
} from "../../scripts/package.mts";
import { intentRequest, launchRequest } from "../../simulator/envelopes";
import { outputText } from "../../simulator/readable";
import { t } from "../support/content";
import { readJson } from "../support/model";
import { scratchDir } from "../support/scratch-dir";
import { TEST_SKILL_ID } from "../support/skill";

const SKILL_ID = "amzn1.ask.skill.12345678-90ab-4cde-8f01-23456789abcd";
const LAMBDA_ARN = "arn:aws:lambda:us-east-1:123456789012:function:ask-backspasmguide-default";

interface Project {
  dir: string;
  packaged: Packaged;
  resources: Record<string, unknown>;
}

/** A scratch project folder: ask-resources.json at its root, the package in dist/ask/, as the CLI expects. */
function packageInto(env: Record<string, string>, state?: { skillId: string; lambdaArn?: string }): Project {
  const dir = scratchDir("package-");
  const statesFile = join(dir, ".ask/ask-states.json");
  if (state) {
    const deployState = state.lambdaArn ? { default: { lambda: { arn: state.lambdaArn } } } : {};
    const profile = { skillId: state.skillId, skillInfrastructure: { [LAMBDA_DEPLOYER]: { deployState } } };
    mkdirSync(dirname(statesFile));
    writeFileSync(
      statesFile,
      JSON.stringify({ askcliStatesVersion: "2020-03-31", profiles: { default: profile } }),
    );
  }
  const resourcesFile = join(dir, "ask-resources.json");
  const packaged = packageSkill({ env, outDir: join(dir, "dist/ask"), resourcesFile, statesFile });
  return { dir, packaged, resources: JSON.parse(readFileSync(resourcesFile, "utf8")) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("a Lambda deploy", () => {
  const { dir, resources } = packageInto({ SKILL_ID }, { skillId: SKILL_ID });
  const profile = (resources.profiles as Record<string, Record<string, unknown>>).default ?? {};
  const infrastructure = profile.skillInfrastructure as { type: string; userConfig: Record<string, unknown> };
  const lambda = infrastructure.userConfig.lambda as Record<string, unknown>;

  it("writes ask-resources.json for ASK CLI v2 at the project root", () => {
    expect(resources.askcliResourcesVersion).toBe("2020-03-31");
    expect(profile.skillMetadata).toEqual({ src: "./dist/ask/skill-package" });
    expect(profile.code).toEqual({ default: { src: "./dist/ask/lambda" } });
  });

  it("deploys with the Lambda deployer on nodejs22.x, within Alexa's 8 seconds", () => {
    expect(infrastructure.type).toBe("@ask-cli/lambda-deployer");
    expect(infrastructure.userConfig).toMatchObject({
      runtime: "nodejs22.x",
      handler: "index.handler",
      awsRegion: "us-east-1",
    });
    expect(lambda.timeout).toBeGreaterThan(0);
    expect(lambda.timeout).toBeLessThanOrEqual(7);
    expect(lambda.memorySize).toBeGreaterThanOrEqual(128);
    expect(lambda.environmentVariables).toEqual({ SKILL_ID });
  });

  it("gives the CLI a code folder holding only the bundle and its chunks, deployed as they are", () => {
    const code = join(dir, "dist/ask/lambda");
    expect(LAMBDA_CHUNKS).toEqual(expect.arrayContaining([REMINDERS_CHUNK, SCREENS_CHUNK]));
    expect(readdirSync(code).sort()).toEqual([LAMBDA_FILE, ...LAMBDA_CHUNKS.map((c) => basename(c))].sort());
    expect(readFileSync(join(code, LAMBDA_FILE)).equals(readFileSync(BUNDLE))).toBe(true);
    for (const chunk of LAMBDA_CHUNKS) {
      expect(readFileSync(join(code, basename(chunk))).equals(readFileSync(chunk)), chunk).toBe(true);
    }
  });

  it("names the bundle so that Lambda's runtime finds the handler and loads it as an ES module", async () => {
    // The runtime resolves "index.handler" to index.js, else index.mjs, which Node imports as an ES
    // module whatever package.json says; the code folder has none.
    expect(LAMBDA_FILE).toBe(`${LAMBDA_SETTINGS.handler.split(".")[0]}.mjs`);
    const file = pathToFileURL(join(dir, "dist/ask/lambda", LAMBDA_FILE)).href;
    const loaded = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const m = await import(${JSON.stringify(file)}); console.log(typeof m.handler);`,
      ],
      { encoding: "utf8" },
    );
    expect(loaded.stderr).toBe("");
    expect(loaded.stdout.trim()).toBe("function");
  });

  it("answers from the code folder alone, with what it loads from beside the bundle", () => {
    const file = pathToFileURL(join(dir, "dist/ask/lambda", LAMBDA_FILE)).href;
    const options = { skillId: TEST_SKILL_ID };
    // A launch reads the content file; the check's first question fills in a count, with i18next.
    const events = [launchRequest(options), intentRequest(options, "CheckSymptomsIntent")];
    const script = `const { handler } = await import(${JSON.stringify(file)});
      for (const event of JSON.parse(process.argv[1])) {
        process.stderr.write(JSON.stringify((await handler(event, {})).response.outputSpeech) + "\\n");
      }`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(events)], {
      encoding: "utf8",
      env: { ...process.env, SKILL_ID: TEST_SKILL_ID },
    });
    expect(run.status, run.stderr).toBe(0);
    const [launch, check] = run.stderr
      .trim()
      .split("\n")
      .map((line) => outputText(JSON.parse(line) as ui.OutputSpeech));
    expect(launch).toContain(t("conversation:launch.speech"));
    expect(check).toContain(t("check:intro", { count: questionCount(RED_FLAGS) }));
  });

  it("writes the skill package: manifest, interaction models and icons", () => {
    const skillPackage = join(dir, "dist/ask/skill-package");
    expect(existsSync(join(skillPackage, "skill.json"))).toBe(true);
    expect(readdirSync(join(skillPackage, "interactionModels/custom")).sort()).toEqual(
      SUPPORTED_LOCALES.map((locale) => `${locale}.json`).sort(),
    );
    for (const locale of SUPPORTED_LOCALES) {
      const packaged = readFileSync(join(skillPackage, "interactionModels/custom", `${locale}.json`), "utf8");
      expect(JSON.parse(packaged)).toEqual(readJson(`interaction-model/${locale}.json`));
    }
  });

  it("renders every icon the manifest points at, at 108×108 and 512×512", () => {
    const skillPackage = join(dir, "dist/ask/skill-package");
    const manifest = readJson<v1.skill.Manifest.SkillManifestEnvelope>("skill.json");
    const icons = iconFiles(manifest);
    expect(icons.map((icon) => icon.size).sort()).toEqual(
      SUPPORTED_LOCALES.flatMap(() => [ICON_SIZES.smallIconUri, ICON_SIZES.largeIconUri]).sort(),
    );
    for (const icon of icons) {
      expect(pngSize(join(skillPackage, icon.path))).toEqual({ width: icon.size, height: icon.size });
    }
  });
});

describe("the skill's id", () => {
  it("comes from the ASK CLI's state when SKILL_ID is unset, with the Lambda's ARN", () => {
    const { packaged } = packageInto({}, { skillId: SKILL_ID, lambdaArn: LAMBDA_ARN });
    expect(packaged.settings.skillId).toBe(SKILL_ID);
    expect(packaged.manifest.manifest?.apis?.custom?.endpoint).toEqual({ uri: LAMBDA_ARN });
  });

  it("must be the skill the ASK CLI deploys", () => {
    const other = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";
    expect(() => packageInto({ SKILL_ID }, { skillId: other })).toThrow(PackageError);
    expect(() => packageInto({ SKILL_ID })).toThrow(/ask init/);
  });

  it("is not needed for the first deploy, which creates the skill and deploys no Lambda", () => {
    const { packaged, resources } = packageInto({});
    expect(packaged.settings.mode).toBe("first-deploy");
    expect(resources.profiles).toEqual({ default: { skillMetadata: { src: "./dist/ask/skill-package" } } });
  });
});

describe("a self-hosted deploy", () => {
  it("uploads the skill package only, pointing at ENDPOINT_URL", () => {
    const { packaged, resources } = packageInto({ ENDPOINT_URL: "https://skill.example.org/" });
    expect(packaged.settings.mode).toBe("https");
    expect(resources.profiles).toEqual({ default: { skillMetadata: { src: "./dist/ask/skill-package" } } });
    const written: unknown = JSON.parse(readFileSync(join(packaged.skillPackage, "skill.json"), "utf8"));
    expect(written).toEqual(packaged.manifest);
    expect(packaged.manifest.manifest?.apis?.custom?.endpoint).toEqual({
      uri: "https://skill.example.org/",
      sslCertificateType: "Trusted",
    });
  });
});

describe("the ASK CLI profile", () => {
  it("is ASK_DEFAULT_PROFILE when set", () => {
    const { resources } = packageInto({ ASK_DEFAULT_PROFILE: "clinic" });
    expect(Object.keys(resources.profiles as object)).toEqual(["clinic"]);
  });
});
