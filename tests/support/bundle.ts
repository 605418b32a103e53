// The built Lambda bundle (dist/lambda/index.js, made by the global setup), loaded as Lambda loads it.
import fs, { copyFileSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, expect, vi } from "vitest";
import { BUNDLE } from "../../scripts/build.mts";
import { isSilentRequest, responseProblems } from "./response-checks";
import { TEST_SKILL_ID } from "./skill";

export type LambdaHandler = (event: RequestEnvelope, context: object) => Promise<ResponseEnvelope>;

export const { handler: bundleHandler } = (await import(pathToFileURL(BUNDLE).href)) as {
  handler: LambdaHandler;
};

/** Sends `envelope` through the bundle's handler (SKILL_ID must be set) and checks the response. */
export async function invokeBundle(envelope: RequestEnvelope): Promise<ResponseEnvelope> {
  const response = await bundleHandler(envelope, {});
  const silent = isSilentRequest(envelope);
  expect(await responseProblems(response, { silent, locale: envelope.request.locale })).toEqual([]);
  return response;
}

/** The bundle's log lines, parsed, while useBundle() holds them off stdout. */
export const bundleLogLines: Record<string, unknown>[] = [];

/**
 * Holds what the bundle writes to stdout (file descriptor 1, where its log line goes) off the test
 * output, giving each line to `onLine`; writes to other descriptors go through.
 */
export function holdStdoutLines(onLine: (line: string) => void = () => {}): void {
  const write = fs.writeSync.bind(fs) as (...args: unknown[]) => number;
  vi.spyOn(fs, "writeSync").mockImplementation(((fd: number, data: unknown, ...rest: unknown[]) => {
    if (fd !== 1) return write(fd, data, ...rest);
    const text = String(data);
    for (const line of text.split("\n").filter(Boolean)) onLine(line);
    return Buffer.byteLength(text);
  }) as typeof fs.writeSync);
}

/**
 * For a file (or a describe) that sends through the bundle: SKILL_ID set to `skillId` and given back
 * after, and its JSON log line per request off stdout, kept in bundleLogLines.
 */
export function useBundle(skillId: string = TEST_SKILL_ID): void {
  const saved = process.env.SKILL_ID;
  beforeAll(() => {
    process.env.SKILL_ID = skillId;
    holdStdoutLines((line) => bundleLogLines.push(JSON.parse(line) as Record<string, unknown>));
  });
  afterAll(() => {
    process.env.SKILL_ID = saved;
    vi.restoreAllMocks();
  });
}

/**
 * The bundle loaded from a copy of dist/lambda/ holding only the files `keep` keeps besides the bundle
 * itself: what a request needs from beside the bundle, it finds missing there.
 */
export async function bundleWithOnly(keep: (file: string) => boolean): Promise<LambdaHandler> {
  const dir = mkdtempSync(join(tmpdir(), "bundle-alone-"));
  const bundle = basename(BUNDLE);
  for (const file of readdirSync(dirname(BUNDLE)).filter(
    (f) => [bundle, `${bundle}.map`, "package.json"].includes(f) || keep(f),
  )) {
    copyFileSync(join(dirname(BUNDLE), file), join(dir, file));
  }
  const loaded = (await import(pathToFileURL(join(dir, bundle)).href)) as {
    handler?: LambdaHandler;
    default?: { handler?: LambdaHandler };
  };
  const handler = loaded.handler ?? loaded.default?.handler;
  if (!handler) throw new Error("the copied bundle exports no handler");
  return handler;
}
