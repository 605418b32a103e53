// The content the translator serves (prepare-content.ts): prepared here when this module is first
// imported in process; in the Lambda bundle, scripts/build.mts puts the prepared result in this
// module's place as data, so a cold start neither prepares content nor carries the quotes.
import { prepareContent } from "./prepare-content";
import { resources } from "./resources";

export const CONTENT = prepareContent(resources);
