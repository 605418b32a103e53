// `npm run build`: the Lambda bundle and the ASK CLI skill package.
//   dist/lambda/index.js (+ .map)   one minified esbuild bundle exporting `handler`
//   dist/meta/lambda.json           esbuild's metafile: what the bundle contains
//   dist/skill-package/             skill.json + interactionModels/custom/<locale>.json
//   dist/server/main.js             the self-hosted HTTPS endpoint (its packages stay in node_modules)
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type BuildOptions, build as esbuild } from "esbuild";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const BUNDLE = join(ROOT, "dist/lambda/index.js");
export const METAFILE = join(ROOT, "dist/meta/lambda.json");
export const SKILL_PACKAGE = join(ROOT, "dist/skill-package");
export const SERVER = join(ROOT, "dist/server/main.js");

/** How a Lambda bundle is made; the benchmark bundles its baseline with exactly these. */
export const LAMBDA_BUNDLE_OPTIONS: BuildOptions = {
  bundle: true,
  platform: "node",
  // Runs on Node 20 and on the Lambda nodejs22.x runtime.
  target: "node20",
  format: "cjs",
  minify: true,
  sourcemap: true,
  metafile: true,
  legalComments: "none",
  logLevel: "warning",
};

export async function buildLambda(): Promise<void> {
  rmSync(dirname(BUNDLE), { recursive: true, force: true });
  const result = await esbuild({
    ...LAMBDA_BUNDLE_OPTIONS,
    entryPoints: [join(ROOT, "lambda/index.ts")],
    outfile: BUNDLE,
  });
  mkdirSync(dirname(METAFILE), { recursive: true });
  writeFileSync(METAFILE, JSON.stringify(result.metafile));
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
  });
}

export function buildSkillPackage(): void {
  rmSync(SKILL_PACKAGE, { recursive: true, force: true });
  const models = join(SKILL_PACKAGE, "interactionModels/custom");
  mkdirSync(models, { recursive: true });
  copyFileSync(join(ROOT, "skill.json"), join(SKILL_PACKAGE, "skill.json"));
  for (const file of readdirSync(join(ROOT, "interaction-model"))) {
    if (file.endsWith(".json")) copyFileSync(join(ROOT, "interaction-model", file), join(models, file));
  }
}

export async function buildAll(): Promise<void> {
  await buildLambda();
  await buildServer();
  buildSkillPackage();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildAll();
  console.log(`built ${BUNDLE} and ${SKILL_PACKAGE}`);
}
