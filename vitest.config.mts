import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
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
  },
});
