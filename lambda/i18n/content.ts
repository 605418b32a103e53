// The content the translator serves, one locale at a time (prepare-content.ts). In process (tests, the
// simulator, the server) every locale is prepared from content/ when this module is first imported.
// In the Lambda bundle, scripts/build.mts puts a loader in this module's place (content-files.ts): each
// namespace of each locale's prepared content is a file beside the bundle, read the first time a request
// needs a text from it, so a request never loads another locale's content and a new locale adds files,
// not bytes to what an English request loads.
import { type LocaleContent, prepareContent } from "./prepare-content";
import { type Locale, resources } from "./resources";

const CONTENT = prepareContent(resources);

/** The prepared content of one supported locale. */
export function contentFor(locale: Locale): LocaleContent {
  const content = CONTENT[locale];
  if (!content) throw new Error(`No content for ${locale}`);
  return content;
}
