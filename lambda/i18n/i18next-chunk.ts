// In the Lambda bundle, this module takes i18next-setup.ts's place (scripts/build.mts): i18next, with
// i18next-setup.ts, is a chunk of its own beside the bundle, loaded (require(), synchronously, as a
// translator is) only when a text that takes values is first translated. A request that needs none,
// a launch for one, never loads it.
import { createRequire } from "node:module";
import type { createI18n as CreateI18n } from "./i18next-setup";

/** The chunk's file name, beside the bundle. */
export const I18NEXT_CHUNK_NAME = "i18next.cjs";

/** createI18n from the chunk beside `file` (a path or file URL), loaded on its first call. */
export function i18nextBeside(file: string): typeof CreateI18n {
  return (resources) => {
    const chunk = createRequire(file)(`./${I18NEXT_CHUNK_NAME}`) as { createI18n: typeof CreateI18n };
    return chunk.createI18n(resources);
  };
}

export const createI18n = i18nextBeside(import.meta.url);
