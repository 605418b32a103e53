// What a bundle holds, read from esbuild's metafile: used by the benchmark's size table and by the
// test that keeps the Lambda bundle to its production dependencies.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./build.mts";

interface Metafile {
  inputs: Record<string, { imports: { path: string }[] }>;
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

export function readMetafile(path: string): Metafile {
  return JSON.parse(readFileSync(path, "utf8")) as Metafile;
}

/** The source files that put bytes into `bundle`, with how many. */
export function bundledInputs(metafile: Metafile, bundle: string): { file: string; bytes: number }[] {
  const output = Object.entries(metafile.outputs).find(([file]) => join(ROOT, file) === bundle)?.[1];
  return Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file, input]) => ({ file, bytes: input.bytesInOutput }));
}

/** The package a bundled file belongs to (the innermost node_modules folder), or undefined for ours. */
export function packageOf(file: string): string | undefined {
  const parts = file.split(/(?:^|\/)node_modules\//);
  if (parts.length < 2) return undefined;
  const [first = "", second = ""] = (parts.at(-1) ?? "").split("/");
  return first.startsWith("@") ? `${first}/${second}` : first;
}
