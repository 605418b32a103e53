// `npm run build`: the Lambda bundle and the ASK CLI skill package.
//   dist/lambda/index.js (+ .map)   one minified esbuild bundle, an ES module exporting `handler`
//   dist/lambda/package.json        {"type":"module"}, so Node loads index.js as the ES module it is
//   dist/lambda/reminders.mjs       the reminders chunk (Alexa's API clients), beside the bundle; the
//                                   bundle import()s it only when a reminder is requested
//   dist/lambda/i18next.cjs         the i18next chunk, required only when a text takes values
//   dist/lambda/content-<locale>.<namespace>.json  each supported locale's prepared content, a file
//                                   per namespace, read when a request first needs a text from it
//   dist/lambda/names-<locale>.json  each supported locale's cause, treatment and sign names, read
//                                   the first time a request looks a name up
//   dist/meta/lambda.json           esbuild's metafile: what the bundle contains
//   dist/meta/reminders.json        the same for the reminders chunk
//   dist/meta/i18next.json          the same for the i18next chunk
//   dist/lambda/screens.mjs         the screens chunk (APL documents and the screen builder), imported
//                                   only to answer a device with a screen
//   dist/meta/screens.json          the same for the screens chunk
//   dist/skill-package/             skill.json + interactionModels/custom/<locale>.json
//   dist/server/main.js             the self-hosted HTTPS endpoint (its packages stay in node_modules)
import { copyFileSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type BuildOptions, build as esbuild, type Plugin } from "esbuild";
import { type LocaleNames, namesFileName } from "../lambda/content-lookup/name-files.ts";
import { SYMPTOM_NAMES } from "../lambda/content-lookup/symptom-names.ts";
import { TOPIC_NAMES } from "../lambda/content-lookup/topic-name-data.ts";
import { contentFor } from "../lambda/i18n/content.ts";
import { contentFileName, type Namespaces } from "../lambda/i18n/content-files.ts";
import { I18NEXT_CHUNK_NAME } from "../lambda/i18n/i18next-chunk.ts";
import { type Locale, SUPPORTED_LOCALES } from "../lambda/i18n/resources.ts";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const BUNDLE = join(ROOT, "dist/lambda/index.js");
export const METAFILE = join(ROOT, "dist/meta/lambda.json");
export const REMINDERS_CHUNK = join(ROOT, "dist/lambda/reminders.mjs");
export const REMINDERS_METAFILE = join(ROOT, "dist/meta/reminders.json");
export const I18NEXT_CHUNK = join(ROOT, "dist/lambda", I18NEXT_CHUNK_NAME);
export const I18NEXT_METAFILE = join(ROOT, "dist/meta/i18next.json");
/** Where the bundle finds one namespace of a locale's prepared content. */
export const contentFile = (locale: string, namespace: string): string =>
  join(ROOT, "dist/lambda", contentFileName(locale, namespace));
/** Where the bundle finds a locale's cause, treatment and sign names. */
export const namesFile = (locale: string): string => join(ROOT, "dist/lambda", namesFileName(locale));
/** A locale's content files: one per namespace. */
export const contentFiles = (locale: Locale): string[] =>
  Object.keys(contentFor(locale)).map((namespace) => contentFile(locale, namespace));
/** The chunk's source, and how the skill imports it (lambda/handlers/reminder-handlers.ts). */
const REMINDERS_SOURCE = join(ROOT, "lambda/reminders/reminder-api.ts");
const REMINDERS_IMPORT = /^\.\.\/reminders\/reminder-api$/;
export const SCREENS_CHUNK = join(ROOT, "dist/lambda/screens.mjs");
export const SCREENS_METAFILE = join(ROOT, "dist/meta/screens.json");
/** The screens chunk's source, and how the skill imports it (lambda/skill/screen.ts). */
const SCREENS_SOURCE = join(ROOT, "lambda/screens/render-document.ts");
const SCREENS_IMPORT = /^\.\.\/screens\/render-document$/;
/**
 * What the bundle loads from beside it, by file name, only when a request needs it: each ships with
 * the bundle (scripts/package.mts).
 */
export const LAMBDA_CHUNKS: readonly string[] = [
  REMINDERS_CHUNK,
  SCREENS_CHUNK,
  I18NEXT_CHUNK,
  ...SUPPORTED_LOCALES.flatMap(contentFiles),
  ...SUPPORTED_LOCALES.map(namesFile),
];
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
 * Modules whose work the Lambda bundle has done apart, and what takes their place in it:
 * - content.ts prepares every locale's content from content/ (with the article quotes, which only
 *   tests read); in the bundle, content-files.ts reads a locale's content, prepared here at build
 *   time, from its files beside the bundle, a namespace at a time, told here which there are;
 * - i18next-setup.ts brings i18next; in the bundle, i18next-chunk.ts requires it from its own chunk
 *   the first time a text takes values.
 */
const CONTENT_SOURCE = join(ROOT, "lambda/i18n/content.ts");
const I18NEXT_SETUP_SOURCE = join(ROOT, "lambda/i18n/i18next-setup.ts");

const standIns: Plugin = {
  name: "stand-ins",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const source = `${resolve(args.resolveDir, args.path)}.ts`;
      if (source === I18NEXT_SETUP_SOURCE) return { path: join(ROOT, "lambda/i18n/i18next-chunk.ts") };
      return undefined;
    });
    build.onLoad({ filter: /[\\/]lambda[\\/]i18n[\\/]content\.ts$/ }, (args) => {
      if (args.path !== CONTENT_SOURCE) return undefined;
      const namespaces: Namespaces = Object.fromEntries(
        SUPPORTED_LOCALES.map((locale) => [locale, Object.keys(contentFor(locale))]),
      );
      return {
        contents: `import { contentReader } from "./content-files";
export const contentFor = contentReader(${JSON.stringify(namespaces)});`,
        loader: "ts",
        resolveDir: dirname(CONTENT_SOURCE),
      };
    });
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

/**
 * In the Lambda bundle, the names are a file per locale beside it instead (name-files.ts reads them),
 * so that a launch reads none and a new locale adds a file, not bytes to the bundle.
 */
const NAME_SOURCES = join(ROOT, "lambda/content-lookup");
const NAME_TABLES: Readonly<Record<string, string>> = {
  "topic-name-data.ts": "TOPIC_NAMES",
  "symptom-names.ts": "SYMPTOM_NAMES",
};
const nameFiles: Plugin = {
  name: "name-files",
  setup(build) {
    const filter = /[\\/]lambda[\\/]content-lookup[\\/](topic-name-data|symptom-names)\.ts$/;
    build.onLoad({ filter }, (args) => ({
      contents: `import { namesReader } from "./name-files";
export const { ${NAME_TABLES[basename(args.path)]} } = namesReader(${JSON.stringify(SUPPORTED_LOCALES)});`,
      loader: "ts",
      resolveDir: NAME_SOURCES,
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
    // nameFiles first: it, not modelNameData, takes the name modules' places in the bundle.
    plugins: [chunksApart, standIns, nameFiles, modelNameData],
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
    plugins: [standIns],
  });
  writeFileSync(SCREENS_METAFILE, JSON.stringify(screens.metafile));
  // CommonJS, so that the bundle can require() it synchronously (.cjs: whatever the package.json says).
  const i18next = await esbuild({
    ...LAMBDA_BUNDLE_OPTIONS,
    format: "cjs",
    banner: {},
    entryPoints: [join(ROOT, "lambda/i18n/i18next-setup.ts")],
    outfile: I18NEXT_CHUNK,
  });
  writeFileSync(I18NEXT_METAFILE, JSON.stringify(i18next.metafile));
  for (const locale of SUPPORTED_LOCALES) {
    const names: LocaleNames = { topics: TOPIC_NAMES[locale], signs: SYMPTOM_NAMES[locale] };
    writeFileSync(namesFile(locale), JSON.stringify(names));
    for (const [namespace, tree] of Object.entries(contentFor(locale))) {
      writeFileSync(contentFile(locale, namespace), JSON.stringify(tree));
    }
  }
}

/**
 * The server runs with production dependencies only (`npm ci --omit=dev`), so they are not bundled. It
 * prepares its content as it starts (content.ts): a long-lived process, it has no cold start to save.
 */
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
    plugins: [modelNameData],
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
  const kb = (file: string) => `${basename(file)} (${(statSync(file).size / 1024).toFixed(1)} KB)`;
  console.log(
    `built ${kb(BUNDLE)} beside ${LAMBDA_CHUNKS.map(kb).join(", ")} in ${dirname(BUNDLE)}, and ${SKILL_PACKAGE}`,
  );
}
