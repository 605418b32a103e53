import { defineConfig } from "vitest/config";
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from "./lambda/i18n/locales.mts";

/**
 * The conversation scenarios, run once more in every other supported locale (tests/support/locale.ts)
 * with the same test code: each talks to the skill, in process and through the built bundle, and
 * reads what it expects from that locale's content.
 */
const SCENARIOS = [
  "tests/check.test.ts",
  "tests/symptoms.test.ts",
  "tests/mentioned-sign.test.ts",
  "tests/topics.test.ts",
  "tests/conversation.test.ts",
  "tests/reminders.test.ts",
  "tests/bundle.test.ts",
  "tests/symptom-model.test.ts",
];
/** Every supported locale but the default, which runs every test. */
const OTHER_LOCALES = SUPPORTED_LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

export default defineConfig({
  test: {
    environment: "node",
    globalSetup: ["tests/global-setup.ts"],
    // The JSON report lets .ci/run print a plain "N passed, N failed" line.
    reporters: ["default", "json"],
    outputFile: { json: "dist/test-results.json" },
    // `npm test` runs with --coverage, so these thresholds fail the run when they are missed.
    coverage: {
      provider: "v8",
      include: ["lambda/**"],
      // The bundle test loads dist/lambda/index.js; its source map would fold the bundled
      // node_modules into the report. Coverage is of the skill's own source, run in-process.
      exclude: ["dist/**", "node_modules/**"],
      reporter: ["text-summary", "text"],
      thresholds: { lines: 90, branches: 90 },
    },
    projects: [
      { extends: true, test: { name: DEFAULT_LOCALE, include: ["tests/**/*.test.ts"] } },
      ...OTHER_LOCALES.map((locale) => ({
        extends: true as const,
        test: { name: locale, include: SCENARIOS, env: { TEST_LOCALE: locale } },
      })),
    ],
  },
});
