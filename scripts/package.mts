// `npm run package`: a fresh build, then everything `ask deploy` (ASK CLI v2) needs.
//   dist/ask/skill-package/    skill.json (completed below), interactionModels/custom/<locale>.json,
//                              assets/images/*.png (rendered from assets/icon.svg)
//   dist/ask/lambda/index.mjs  the bundle, an ES module by its name: Lambda's Node runtime, finding no
//                              index.js for the handler "index.handler", loads index.mjs with import()
//   dist/ask/lambda/<chunks>   what the bundle loads from beside it when a request needs it (build.mts
//                              LAMBDA_CHUNKS: the reminders and screens chunks, i18next, each locale's
//                              content); no package.json, so the CLI zips them all as they are
//   ask-resources.json         at the project root, where the CLI looks; generated, never committed
//                              (it holds the skill's id)
// Settings come from the environment; an empty value counts as unset:
//   SKILL_ID                        the skill's id, given to the Lambda as SKILL_ID; when unset, read
//                                   from .ask/ask-states.json, which `ask deploy` writes
//   ENDPOINT_URL                    an https URL: the skill is self-hosted there instead of on Lambda
//   ENDPOINT_SSL_CERTIFICATE_TYPE   with ENDPOINT_URL: Trusted (default), Wildcard or SelfSigned
//   PRIVACY_POLICY_URL              https URL, added to the manifest when set
//   TERMS_OF_USE_URL                https URL, added to the manifest when set
//   AWS_REGION                      the Lambda's AWS region; us-east-1 by default
//   ASK_DEFAULT_PROFILE             the ASK CLI profile; "default" by default
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Resvg } from "@resvg/resvg-js";
import type { v1 } from "ask-smapi-model";
import { BUNDLE, buildAll, copyInteractionModels, LAMBDA_CHUNKS, ROOT } from "./build.mts";
import { SKILL_ID_PATTERN } from "./skill-id.mts";

type Manifest = v1.skill.Manifest.SkillManifestEnvelope;
type Env = Readonly<Record<string, string | undefined>>;

export const LAMBDA_DEPLOYER = "@ask-cli/lambda-deployer";
export const LAMBDA_SETTINGS = {
  runtime: "nodejs22.x",
  handler: "index.handler",
  /** Seconds. Alexa waits 8 seconds for an answer; the CLI's default would be 15. */
  timeout: 7,
  /** MB. Lambda gives CPU in proportion to memory, which shortens cold starts. */
  memorySize: 512,
} as const;
export const DEFAULT_AWS_REGION = "us-east-1";
/**
 * The bundle's name in the Lambda's code folder. A package.json saying "type": "module" would make
 * the ASK CLI run `npm install` there instead of zipping the folder as it is; the .mjs name says it.
 */
export const LAMBDA_FILE = "index.mjs";
/** The icon sizes Alexa asks for, by manifest field. */
export const ICON_SIZES = { smallIconUri: 108, largeIconUri: 512 } as const;

const SSL_CERTIFICATE_TYPES: readonly v1.skill.Manifest.SSLCertificateType[] = [
  "Trusted",
  "Wildcard",
  "SelfSigned",
];
const LAMBDA_ARN = /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[\w-]+(:[\w$-]+)?$/;
const FILE_URI = "file://";

export class PackageError extends Error {
  override name = "PackageError";
}

// ---------------------------------------------------------------- settings

/**
 * How the skill is deployed:
 * - lambda: `ask deploy` uploads the skill package and creates or updates the Lambda;
 * - https: the skill is hosted at ENDPOINT_URL; `ask deploy` uploads the skill package only;
 * - first-deploy: the skill has no id yet; `ask deploy` uploads the skill package only, which creates
 *   the skill, so that the next `npm run package` knows its id. No Lambda is ever deployed without it.
 */
export type Mode = "lambda" | "https" | "first-deploy";

export interface Settings {
  mode: Mode;
  profile: string;
  skillId?: string;
  endpoint?: v1.skill.Manifest.SkillManifestEndpoint;
  privacyPolicyUrl?: string;
  termsOfUseUrl?: string;
  awsRegion: string;
}

/** What the ASK CLI recorded in .ask/ask-states.json for one profile. */
export interface AskState {
  skillId?: string;
  lambdaArn?: string;
}

function setting(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function httpsUrl(env: Env, name: string): string | undefined {
  const value = setting(env, name);
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new PackageError(`${name} is not a URL: "${value}"`);
  }
  if (url.protocol !== "https:") throw new PackageError(`${name} must be an https URL: "${value}"`);
  return value;
}

function field(value: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>(
    (node, key) =>
      typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined,
    value,
  );
}

/** The skill id and Lambda ARN the ASK CLI recorded for `profile`, if the file exists. */
export function readAskState(statesFile: string, profile: string): AskState {
  if (!existsSync(statesFile)) return {};
  const states: unknown = JSON.parse(readFileSync(statesFile, "utf8"));
  const entry = field(states, "profiles", profile);
  const skillId = field(entry, "skillId");
  const lambdaArn = field(
    entry,
    "skillInfrastructure",
    LAMBDA_DEPLOYER,
    "deployState",
    "default",
    "lambda",
    "arn",
  );
  return {
    skillId: typeof skillId === "string" && skillId !== "" ? skillId : undefined,
    lambdaArn: typeof lambdaArn === "string" && LAMBDA_ARN.test(lambdaArn) ? lambdaArn : undefined,
  };
}

function httpsEndpoint(env: Env, uri: string): v1.skill.Manifest.SkillManifestEndpoint {
  const type = setting(env, "ENDPOINT_SSL_CERTIFICATE_TYPE") ?? "Trusted";
  const sslCertificateType = SSL_CERTIFICATE_TYPES.find((known) => known === type);
  if (!sslCertificateType) {
    throw new PackageError(
      `ENDPOINT_SSL_CERTIFICATE_TYPE must be one of ${SSL_CERTIFICATE_TYPES.join(", ")}`,
    );
  }
  return { uri, sslCertificateType };
}

export function readSettings(env: Env, statesFile: string): Settings {
  const profile = setting(env, "ASK_DEFAULT_PROFILE") ?? "default";
  const state = readAskState(statesFile, profile);
  const common = {
    profile,
    privacyPolicyUrl: httpsUrl(env, "PRIVACY_POLICY_URL"),
    termsOfUseUrl: httpsUrl(env, "TERMS_OF_USE_URL"),
    awsRegion: setting(env, "AWS_REGION") ?? DEFAULT_AWS_REGION,
  };

  const endpointUrl = httpsUrl(env, "ENDPOINT_URL");
  if (endpointUrl) return { ...common, mode: "https", endpoint: httpsEndpoint(env, endpointUrl) };

  const fromEnv = setting(env, "SKILL_ID");
  if (fromEnv && state.skillId && fromEnv !== state.skillId) {
    throw new PackageError(
      `SKILL_ID (${fromEnv}) is not the skill the ASK CLI deploys for profile "${profile}" (${state.skillId})`,
    );
  }
  if (fromEnv && !state.skillId) {
    throw new PackageError(
      `SKILL_ID is set, but the ASK CLI has no skill for profile "${profile}" in .ask/ask-states.json, so ` +
        "`ask deploy` would create a new skill. Link this project to the skill with `ask init` first, or " +
        "unset SKILL_ID to create the skill.",
    );
  }
  const skillId = fromEnv ?? state.skillId;
  if (!skillId) return { ...common, mode: "first-deploy" };
  if (!SKILL_ID_PATTERN.test(skillId))
    throw new PackageError(`SKILL_ID does not look like a skill id: "${skillId}"`);
  // Once the Lambda exists, keep its ARN in the manifest: the CLI only fills it in after a Lambda deploy.
  return {
    ...common,
    mode: "lambda",
    skillId,
    endpoint: state.lambdaArn ? { uri: state.lambdaArn } : undefined,
  };
}

// ---------------------------------------------------------------- manifest

/** The manifest to deploy: skill.json with the endpoint and the privacy and terms URLs filled in. */
export function completeManifest(base: Manifest, settings: Settings): Manifest {
  const manifest: Manifest = structuredClone(base);
  const custom = manifest.manifest?.apis?.custom;
  if (!custom) throw new PackageError("skill.json has no manifest.apis.custom");
  delete custom.endpoint;
  if (settings.endpoint) custom.endpoint = settings.endpoint;

  const privacy = manifest.manifest?.privacyAndCompliance;
  if (!privacy) throw new PackageError("skill.json has no manifest.privacyAndCompliance");
  const urls: v1.skill.Manifest.SkillManifestLocalizedPrivacyAndCompliance = {};
  if (settings.privacyPolicyUrl) urls.privacyPolicyUrl = settings.privacyPolicyUrl;
  if (settings.termsOfUseUrl) urls.termsOfUseUrl = settings.termsOfUseUrl;
  delete privacy.locales;
  if (Object.keys(urls).length > 0) {
    const locales = Object.keys(manifest.manifest?.publishingInformation?.locales ?? {});
    privacy.locales = Object.fromEntries(locales.map((locale) => [locale, { ...urls }]));
  }
  return manifest;
}

/** Every icon the manifest points at inside the skill package, with the size it must be. */
export function iconFiles(manifest: Manifest): { path: string; size: number }[] {
  const icons: { path: string; size: number }[] = [];
  for (const info of Object.values(manifest.manifest?.publishingInformation?.locales ?? {})) {
    for (const [key, size] of Object.entries(ICON_SIZES)) {
      const uri = info[key as keyof typeof ICON_SIZES];
      if (uri?.startsWith(FILE_URI)) icons.push({ path: uri.slice(FILE_URI.length), size });
    }
  }
  return icons;
}

export function renderIcon(svg: Buffer, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: "width", value: size }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
}

// ---------------------------------------------------------------- ask-resources.json

/** `dir` relative to the folder of ask-resources.json, as the CLI wants it: "./a/b". */
function fromResources(resourcesFile: string, dir: string): string {
  return `./${relative(dirname(resourcesFile), dir).split(sep).join("/")}`;
}

export function askResources(
  settings: Settings,
  paths: { resourcesFile: string; skillPackage: string; lambda: string },
): Record<string, unknown> {
  const profile: Record<string, unknown> = {
    skillMetadata: { src: fromResources(paths.resourcesFile, paths.skillPackage) },
  };
  if (settings.mode === "lambda") {
    profile.code = { default: { src: fromResources(paths.resourcesFile, paths.lambda) } };
    profile.skillInfrastructure = {
      type: LAMBDA_DEPLOYER,
      userConfig: {
        runtime: LAMBDA_SETTINGS.runtime,
        handler: LAMBDA_SETTINGS.handler,
        awsRegion: settings.awsRegion,
        lambda: {
          description: "Back Spasm Guide Alexa skill",
          timeout: LAMBDA_SETTINGS.timeout,
          memorySize: LAMBDA_SETTINGS.memorySize,
          environmentVariables: { SKILL_ID: settings.skillId },
        },
      },
    };
  }
  return { askcliResourcesVersion: "2020-03-31", profiles: { [settings.profile]: profile } };
}

// ---------------------------------------------------------------- writing it all

export interface PackageOptions {
  env: Env;
  /** Receives skill-package/ and lambda/; emptied first. */
  outDir: string;
  /** The ASK CLI reads ask-resources.json from the project root. */
  resourcesFile: string;
  /** The ASK CLI's record of what it deployed. */
  statesFile: string;
  /** The built Lambda bundle; dist/lambda/index.js by default. */
  bundle?: string;
  /** Where skill.json, interaction-model/ and assets/ are; the repository by default. */
  root?: string;
}

export interface Packaged {
  settings: Settings;
  manifest: Manifest;
  resources: Record<string, unknown>;
  skillPackage: string;
  lambda: string;
}

function writeJson(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

export function packageSkill({
  env,
  outDir,
  resourcesFile,
  statesFile,
  bundle = BUNDLE,
  root = ROOT,
}: PackageOptions): Packaged {
  const settings = readSettings(env, statesFile);
  const base = JSON.parse(readFileSync(join(root, "skill.json"), "utf8")) as Manifest;
  const manifest = completeManifest(base, settings);
  if (!existsSync(bundle)) throw new PackageError(`no bundle at ${bundle}: run the build first`);

  const skillPackage = join(outDir, "skill-package");
  const lambda = join(outDir, "lambda");
  rmSync(outDir, { recursive: true, force: true });

  writeJson(join(skillPackage, "skill.json"), manifest);
  copyInteractionModels(skillPackage, root);
  const svg = readFileSync(join(root, "assets/icon.svg"));
  for (const icon of iconFiles(manifest)) {
    const target = join(skillPackage, icon.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, renderIcon(svg, icon.size));
  }

  mkdirSync(lambda, { recursive: true });
  copyFileSync(bundle, join(lambda, LAMBDA_FILE));
  // The chunks are built beside the bundle, which loads each by its file name.
  for (const name of LAMBDA_CHUNKS.map((chunk) => basename(chunk))) {
    const chunk = join(dirname(bundle), name);
    if (!existsSync(chunk)) throw new PackageError(`no ${name} at ${chunk}: run the build first`);
    copyFileSync(chunk, join(lambda, name));
  }

  const resources = askResources(settings, { resourcesFile, skillPackage, lambda });
  writeJson(resourcesFile, resources);
  return { settings, manifest, resources, skillPackage, lambda };
}

const NEXT_STEP: Readonly<Record<Mode, string>> = {
  lambda: "Next: ask deploy (uploads the skill package, deploys the Lambda, points the skill at it).",
  https:
    "Next: ask deploy (uploads the skill package; the endpoint is ENDPOINT_URL, served by npm run serve).",
  "first-deploy":
    "The skill has no id yet, so this package deploys the skill package only.\n" +
    "Next: ask deploy (creates the skill), then npm run package and ask deploy again (deploys the Lambda).",
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildAll();
    const packaged = packageSkill({
      env: process.env,
      outDir: join(ROOT, "dist/ask"),
      resourcesFile: join(ROOT, "ask-resources.json"),
      statesFile: join(ROOT, ".ask/ask-states.json"),
    });
    const { settings } = packaged;
    console.log(
      `packaged for ${settings.mode}: ${relative(ROOT, packaged.skillPackage)}, ask-resources.json`,
    );
    if (settings.skillId) console.log(`skill id: ${settings.skillId}`);
    if (settings.endpoint) console.log(`endpoint: ${settings.endpoint.uri}`);
    if (!settings.privacyPolicyUrl)
      console.log("no PRIVACY_POLICY_URL: the manifest has no privacy policy link");
    if (!settings.termsOfUseUrl) console.log("no TERMS_OF_USE_URL: the manifest has no terms of use link");
    console.log(NEXT_STEP[settings.mode]);
  } catch (error) {
    console.error(error instanceof PackageError ? error.message : error);
    process.exit(1);
  }
}
