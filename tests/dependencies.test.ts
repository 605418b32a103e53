// What the Lambda bundle is made of, read from esbuild's metafile (written by `npm run build`, which
// the global setup runs before the tests): only the production dependencies, and only those the
// Lambda needs.
//
// package.json lists five production dependencies. Three are the skill's: ask-sdk-core (the request
// dispatch), ask-sdk-model (the request and response types; in the bundle a stand-in replaces its
// run-time code, see tests/sdk-model-stand-in.test.ts) and i18next (the content). ask-sdk-express-adapter and express are production dependencies
// too, but only of the self-hosted HTTPS server (server/), which runs the same skill builder behind
// Express. They must never reach the Lambda bundle: Lambda invokes the handler directly, so they
// would only add bytes and load time to every cold start. Keeping them in "dependencies" (not
// "devDependencies") is right because `npm ci --omit=dev` must still give the server what it runs;
// this test is what keeps them out of the Lambda.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  BUNDLE,
  I18NEXT_CHUNK,
  I18NEXT_METAFILE,
  METAFILE,
  REMINDERS_CHUNK,
  REMINDERS_METAFILE,
  ROOT,
  SCREENS_CHUNK,
  SCREENS_METAFILE,
} from "../scripts/build.mts";
import { bundledInputs, packageOf, readMetafile } from "../scripts/bundle-contents.mts";

interface PackageJson {
  dependencies?: Record<string, string>;
}

const readPackage = (dir: string): PackageJson =>
  JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as PackageJson;

const SERVER_ONLY = ["ask-sdk-express-adapter", "express"];
const production = Object.keys(readPackage(ROOT).dependencies ?? {});
const lambdaDependencies = production.filter((name) => !SERVER_ONLY.includes(name));

/** `roots` and everything they depend on at run time, per the installed packages' own package.json. */
function closure(roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...Object.keys(readPackage(join(ROOT, "node_modules", name)).dependencies ?? {}));
  }
  return seen;
}

const metafile = readMetafile(METAFILE);
const bundledFiles = bundledInputs(metafile, BUNDLE).map((input) => input.file);

const bundledPackages = [...new Set(bundledFiles.map(packageOf).filter((p) => p !== undefined))].sort();

describe("the Lambda bundle's dependencies", () => {
  it("reads a metafile for the bundle", () => {
    expect(bundledFiles.length, `no output for ${BUNDLE} in ${METAFILE}`).toBeGreaterThan(0);
  });

  it("contains no package that is not a production dependency (or one of theirs)", () => {
    const allowed = closure(lambdaDependencies);
    const strangers = bundledPackages.filter((p) => !allowed.has(p));
    expect(
      strangers,
      `bundled but not production dependencies of the Lambda (${[...allowed].join(", ")}): ` +
        `${strangers.join(", ")}. Move the import out of lambda/, or add the package to ` +
        `"dependencies" with its reason in the README.`,
    ).toEqual([]);
  });

  it("contains neither the self-hosted server's packages nor anything only they need", () => {
    const lambdaOnly = closure(lambdaDependencies);
    const serverOnly = [...closure(SERVER_ONLY)].filter((p) => !lambdaOnly.has(p));
    expect(bundledPackages.filter((p) => serverOnly.includes(p))).toEqual([]);
  });

  it("contains only the skill's own code and content besides its dependencies", () => {
    const ours = bundledFiles.filter((file) => packageOf(file) === undefined);
    expect(ours.filter((file) => !/^(lambda|content)\//.test(file))).toEqual([]);
  });

  it("makes no network module part of the skill's own code", () => {
    const network = /^(node:)?(http|https|http2|net|tls|dgram|dns)$/;
    const offenders = Object.entries(metafile.inputs)
      .filter(([file]) => packageOf(file) === undefined)
      .flatMap(([file, input]) =>
        input.imports.filter((i) => network.test(i.path)).map((i) => `${file} → ${i.path}`),
      );
    expect(offenders).toEqual([]);
  });
});

describe("the reminders chunk", () => {
  const chunkFiles = bundledInputs(readMetafile(REMINDERS_METAFILE), REMINDERS_CHUNK).map(
    (input) => input.file,
  );

  it("holds the code that calls Alexa's API, which the bundle does not", () => {
    expect(chunkFiles).toContain("lambda/reminders/reminder-api.ts");
    expect(bundledFiles.filter((file) => file.startsWith("lambda/reminders/"))).toEqual([]);
  });

  it("contains only production dependencies of the Lambda besides the skill's own code", () => {
    const allowed = closure(lambdaDependencies);
    const packages = [...new Set(chunkFiles.map(packageOf).filter((p) => p !== undefined))];
    expect(packages.filter((p) => !allowed.has(p))).toEqual([]);
    expect(chunkFiles.filter((file) => packageOf(file) === undefined && !file.startsWith("lambda/"))).toEqual(
      [],
    );
  });
});

describe("the i18next chunk", () => {
  const chunkFiles = bundledInputs(readMetafile(I18NEXT_METAFILE), I18NEXT_CHUNK).map((input) => input.file);

  it("holds i18next, which the bundle loads from it only when a text takes values", () => {
    expect(chunkFiles.map(packageOf)).toContain("i18next");
    expect(bundledPackages).not.toContain("i18next");
  });

  it("holds nothing but i18next and the one way the skill sets it up: no content", () => {
    const packages = [...new Set(chunkFiles.map(packageOf).filter((p) => p !== undefined))];
    expect(packages).toEqual(["i18next"]);
    const ours = chunkFiles.filter((file) => packageOf(file) === undefined);
    expect(ours).toContain("lambda/i18n/i18next-setup.ts");
    expect(ours.filter((file) => !file.startsWith("lambda/i18n/"))).toEqual([]);
  });
});

describe("the screens chunk", () => {
  const chunkFiles = bundledInputs(readMetafile(SCREENS_METAFILE), SCREENS_CHUNK).map((input) => input.file);

  it("holds the APL documents and the screen builder, which the bundle does not", () => {
    expect(chunkFiles).toEqual(
      expect.arrayContaining(["lambda/screens/render-document.ts", "lambda/screens/documents.ts"]),
    );
    expect(bundledFiles.filter((file) => file.startsWith("lambda/screens/"))).toEqual([]);
  });

  it("holds no content of its own (the words come through the bundle's translator) and no package", () => {
    expect(
      chunkFiles.filter((file) => file.startsWith("lambda/i18n/") || file.startsWith("content/en-US/")),
    ).toEqual([]);
    expect(chunkFiles.filter((file) => packageOf(file) !== undefined)).toEqual([]);
  });
});

describe("the statistical resolver's library (NLP.js, for `npm run nlu` and the simulator)", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as PackageJson & {
    devDependencies?: Record<string, string>;
  };
  const nlpjs = Object.keys(pkg.devDependencies ?? {}).filter((name) => name.startsWith("@nlpjs/"));

  it("is a development dependency only, pinned to exact versions", () => {
    expect(nlpjs).toEqual(expect.arrayContaining(["@nlpjs/nlu", "@nlpjs/core", "@nlpjs/lang-en"]));
    expect(Object.keys(pkg.dependencies ?? {}).filter((name) => name.startsWith("@nlpjs/"))).toEqual([]);
    expect(nlpjs.filter((name) => !/^\d+\.\d+\.\d+$/.test(pkg.devDependencies?.[name] ?? ""))).toEqual([]);
  });

  it("reaches neither the Lambda bundle nor its chunks, nor anything only it needs", () => {
    const lambdaOnly = closure(lambdaDependencies);
    const nlpOnly = [...closure(nlpjs)].filter((p) => !lambdaOnly.has(p));
    const chunkPackages = [
      ...bundledInputs(readMetafile(REMINDERS_METAFILE), REMINDERS_CHUNK),
      ...bundledInputs(readMetafile(SCREENS_METAFILE), SCREENS_CHUNK),
    ]
      .map((input) => packageOf(input.file))
      .filter((p) => p !== undefined);
    expect(nlpOnly.length).toBeGreaterThan(0);
    expect([...bundledPackages, ...chunkPackages].filter((p) => nlpOnly.includes(p))).toEqual([]);
  });
});
