// `npm run build`: the Lambda bundle and the ASK CLI skill package.
//   dist/lambda/index.js (+ .map)   one minified esbuild bundle, an ES module exporting `handler`
//   dist/lambda/package.json        {"type":"module"}, so Node loads index.js as the ES module it is
//   dist/lambda/reminders.mjs       the reminders chunk (Alexa's API clients), beside the bundle; the
//                                   bundle import()s it only when a reminder is requested
//   dist/meta/lambda.json           esbuild's metafile: what the bundle contains
//   dist/meta/reminders.json        the same for the reminders chunk
//   dist/lambda/screens.mjs         the screens chunk (APL documents and the screen builder), imported
//                                   only to answer a device with a screen
//   dist/meta/screens.json          the same for the screens chunk
//   dist/skill-package/             skill.json + interactionModels/custom/<locale>.json
//   dist/server/main.js             the self-hosted HTTPS endpoint (its packages stay in node_modules)
import { copyFileSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type BuildOptions, build as esbuild, type Plugin } from "esbuild";
import { SYMPTOM_NAMES } from "../lambda/content-lookup/symptom-names.ts";
import { TOPIC_NAMES } from "../lambda/content-lookup/topic-name-data.ts";
import { CONTENT } from "../lambda/i18n/content.ts";
import { SUPPORTED_LOCALES } from "../lambda/i18n/resources.ts";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const BUNDLE = join(ROOT, "dist/lambda/index.js");
export const METAFILE = join(ROOT, "dist/meta/lambda.json");
export const REMINDERS_CHUNK = join(ROOT, "dist/lambda/reminders.mjs");
export const REMINDERS_METAFILE = join(ROOT, "dist/meta/reminders.json");
/** The chunk's source, and how the skill imports it (lambda/handlers/reminder-handlers.ts). */
const REMINDERS_SOURCE = join(ROOT, "lambda/reminders/reminder-api.ts");
const REMINDERS_IMPORT = /^\.\.\/reminders\/reminder-api$/;
export const SCREENS_CHUNK = join(ROOT, "dist/lambda/screens.mjs");
export const SCREENS_METAFILE = join(ROOT, "dist/meta/screens.json");
/** The screens chunk's source, and how the skill imports it (lambda/skill/screen.ts). */
const SCREENS_SOURCE = join(ROOT, "lambda/screens/render-document.ts");
const SCREENS_IMPORT = /^\.\.\/screens\/render-document$/;
export const SKILL_PACKAGE = join(ROOT, "dist/skill-package");
export const SERVER = join(ROOT, "dist/server/main.js");

/** How a Lambda bundle is made; the benchmark bundles its baseline with exactly these. */
export const LAMBDA_BUNDLE_OPTIONS: BuildOptions = {
  bundle: true,
  platform: "node",
  // Runs on Node 20 and on the Lambda nodejs22.x runtime.
  target: "node20",
  // An ES module, which Lambda's Node runtime loads with import() (docs/performance.md); import() of a
  // CommonJS file would first scan the whole file for its exports. The SDK's CommonJS code still calls
  // require() for Node's own modules, so the bundle makes one.
  format: "esm",
  banner: { js: 'import{createRequire}from"node:module";const require=createRequire(import.meta.url);' },
  minify: true,
  // Real class and function names survive minifying, so an error's name in a log line means something.
  keepNames: true,
  sourcemap: true,
  metafile: true,
  legalComments: "none",
  logLevel: "warning",
  // ask-sdk-model is types only for a skill without an API client: its run-time code stays out.
  alias: { "ask-sdk-model": join(ROOT, "lambda/skill/sdk-model-stand-in.ts") },
};

/**
 * Keeps the chunks out of the bundle: each dynamic import stays an import() of the chunk's file beside
 * the bundle, so only a reminder request loads the reminders chunk, and only a device with a screen
 * the screens chunk.
 */
const chunksApart: Plugin = {
  name: "chunks-apart",
  setup(build) {
    build.onResolve({ filter: REMINDERS_IMPORT }, () => ({
      path: `./${basename(REMINDERS_CHUNK)}`,
      external: true,
    }));
    build.onResolve({ filter: SCREENS_IMPORT }, () => ({
      path: `./${basename(SCREENS_CHUNK)}`,
      external: true,
    }));
  },
};

/**
 * The content, prepared here at build time (lambda/i18n/prepare-content.ts: quotes left out, texts
 * without values resolved and checked), goes into the bundle as data in lambda/i18n/content.ts's place.
 */
export const preparedContent: Plugin = {
  name: "prepared-content",
  setup(build) {
    build.onLoad({ filter: /[\\/]lambda[\\/]i18n[\\/]content\.ts$/ }, () => ({
      contents: `export const CONTENT = ${JSON.stringify(CONTENT)};`,
      loader: "js",
    }));
  },
};

/**
 * Names read from the interaction model at build time go into the bundle as data in their modules'
 * places (the causes' and treatments' in topic-name-data.ts, the signs' in symptom-names.ts), so the
 * bundle carries these few words, not the model.
 */
const MODEL_NAME_DATA: Readonly<Record<string, string>> = {
  "topic-name-data.ts": `export const TOPIC_NAMES = ${JSON.stringify(TOPIC_NAMES)};`,
  "symptom-names.ts": `export const SYMPTOM_NAMES = ${JSON.stringify(SYMPTOM_NAMES)};`,
};
export const modelNameData: Plugin = {
  name: "model-name-data",
  setup(build) {
    const filter = /[\\/]lambda[\\/]content-lookup[\\/](topic-name-data|symptom-names)\.ts$/;
    build.onLoad({ filter }, (args) => ({
      contents: MODEL_NAME_DATA[basename(args.path)],
      loader: "js",
    }));
  },
};

/** Marks the `.js` files in `dir` as ES modules for Node, as a bundle built with LAMBDA_BUNDLE_OPTIONS is. */
export function markAsModules(dir: string): void {
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ type: "module" })}\n`);
}

export async function buildLambda(): Promise<void> {
  rmSync(dirname(BUNDLE), { recursive: true, force: true });
  mkdirSync(dirname(METAFILE), { recursive: true });
  const bundle = await esbuild({
    ...LAMBDA_BUNDLE_OPTIONS,
    entryPoints: [join(ROOT, "lambda/index.ts")],
    outfile: BUNDLE,
    plugins: [chunksApart, preparedContent, modelNameData],
  });
  markAsModules(dirname(BUNDLE));
  writeFileSync(METAFILE, JSON.stringify(bundle.metafile));
  // The chunk keeps the real ask-sdk-model (the bundle's options swap it for a stand-in): its service
  // clients are what it is for. An ES module by its name (.mjs), like the bundle.
  const chunk = await esbuild({
    ...LAMBDA_BUNDLE_OPTIONS,
    alias: {},
    entryPoints: [REMINDERS_SOURCE],
    outfile: REMINDERS_CHUNK,
  });
  writeFileSync(REMINDERS_METAFILE, JSON.stringify(chunk.metafile));
  // The screens chunk is given the words by the bundle's translator: it holds no content of its own.
  const screens = await esbuild({
    ...LAMBDA_BUNDLE_OPTIONS,
    entryPoints: [SCREENS_SOURCE],
    outfile: SCREENS_CHUNK,
    plugins: [preparedContent],
  });
  writeFileSync(SCREENS_METAFILE, JSON.stringify(screens.metafile));
}

/** The server runs with production dependencies only (`npm ci --omit=dev`), so they are not bundled. */
export async function buildServer(): Promise<void> {
  rmSync(dirname(SERVER), { recursive: true, force: true });
  await esbuild({
    entryPoints: [join(ROOT, "server/main.mts")],
    outfile: SERVER,
    bundle: true,
    packages: "external",
    platform: "node",
    target: "node20",
    format: "cjs",
    sourcemap: true,
    logLevel: "warning",
    plugins: [preparedContent, modelNameData],
  });
}

/** Copies each supported locale's interaction-model/<locale>.json into `skillPackage`, as the ASK CLI wants it. */
export function copyInteractionModels(skillPackage: string, root = ROOT): void {
  const models = join(skillPackage, "interactionModels/custom");
  mkdirSync(models, { recursive: true });
  for (const locale of SUPPORTED_LOCALES) {
    copyFileSync(join(root, "interaction-model", `${locale}.json`), join(models, `${locale}.json`));
  }
}

export function buildSkillPackage(): void {
  rmSync(SKILL_PACKAGE, { recursive: true, force: true });
  mkdirSync(SKILL_PACKAGE, { recursive: true });
  copyFileSync(join(ROOT, "skill.json"), join(SKILL_PACKAGE, "skill.json"));
  copyInteractionModels(SKILL_PACKAGE);
}

export async function buildAll(): Promise<void> {
  await buildLambda();
  await buildServer();
  buildSkillPackage();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildAll();
  const kb = (file: string) => `${(statSync(file).size / 1024).toFixed(1)} KB`;
  console.log(
    `built ${BUNDLE} (${kb(BUNDLE)}), ${REMINDERS_CHUNK} (${kb(REMINDERS_CHUNK)}), ${SCREENS_CHUNK} (${kb(SCREENS_CHUNK)}) and ${SKILL_PACKAGE}`,
  );
}
