// What the Lambda bundle loads from beside it (scripts/build.mts LAMBDA_CHUNKS), and when: a request
// reads its own locale's content and names files and no other locale's, and loads i18next only for a text that
// takes values, so a launch loads neither i18next nor another locale's content. Each case runs the
// built bundle from a copy of dist/lambda/ holding only the files named.
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { questionCount } from "../lambda/check/red-flag-check";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { I18NEXT_CHUNK_NAME } from "../lambda/i18n/i18next-chunk";
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from "../lambda/i18n/resources";
import { translatorFor } from "../lambda/i18n/translator";
import { contentFiles, namesFile } from "../scripts/build.mts";
import { intentRequest, launchRequest } from "../simulator/envelopes";
import { bundleWithOnly, useBundle } from "./support/bundle";
import { cause } from "./support/fills";
import { heard, TEST_SKILL_ID } from "./support/skill";

useBundle();

describe.each(SUPPORTED_LOCALES)("the Lambda bundle, %s", (locale) => {
  const options = { skillId: TEST_SKILL_ID, locale };
  const t = translatorFor(locale);
  const contentOf = (l: typeof locale) => [...contentFiles(l), namesFile(l)].map((file) => basename(file));
  const ownContent = (file: string) => contentOf(locale).includes(file);

  it("answers texts without values from its own locale's content file alone, without i18next", async () => {
    const alone = await bundleWithOnly(ownContent);
    expect(heard(await alone(launchRequest(options), {})).text).toContain(t("conversation:launch.speech"));
    expect(
      heard(await alone(intentRequest(options, "CauseIntent", cause("spinalStenosis")), {})).text,
    ).toContain(t("topics:cause.spinalStenosis.speech"));
    // Only a text with values looks for i18next; its absence is an error like any other: an apology.
    const check = heard(await alone(intentRequest(options, "CheckSymptomsIntent"), {}));
    expect(check.text).toContain(t("conversation:error.speech"));
  });

  it("fills in texts with values with i18next from beside it", async () => {
    const withI18next = await bundleWithOnly(
      (file) => ownContent(file) || contentOf(DEFAULT_LOCALE).includes(file) || file === I18NEXT_CHUNK_NAME,
    );
    const check = heard(await withI18next(intentRequest(options, "CheckSymptomsIntent"), {}));
    expect(check.text).toContain(t("check:intro", { count: questionCount(RED_FLAGS) }));
  });
});
