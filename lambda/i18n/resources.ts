// Every locale's content as written in content/ (no file or network reads at run time). The clinic's
// name, number and the emergency number are the same in every language: written once, in
// content/facts.json, and served in each locale's `clinic` namespace.
import enCheck from "../../content/en-US/check.json";
import enClinic from "../../content/en-US/clinic.json";
import enConversation from "../../content/en-US/conversation.json";
import enReminders from "../../content/en-US/reminders.json";
import enScreen from "../../content/en-US/screen.json";
import enTopics from "../../content/en-US/topics.json";
import esCheck from "../../content/es-US/check.json";
import esClinic from "../../content/es-US/clinic.json";
import esConversation from "../../content/es-US/conversation.json";
import esReminders from "../../content/es-US/reminders.json";
import esScreen from "../../content/es-US/screen.json";
import esTopics from "../../content/es-US/topics.json";
import facts from "../../content/facts.json";
import type { Locale } from "./locales.mts";

export { DEFAULT_LOCALE, type Locale, SUPPORTED_LOCALES } from "./locales.mts";
/** The namespace of a key written without one. */
export const DEFAULT_NAMESPACE = "conversation";

/** A locale's `clinic` namespace: the facts every language shares, then its own words. */
function clinicWith<T extends object>(words: T): typeof facts & T {
  return { ...facts, ...words };
}

// The calls are marked pure so that a bundle that never reads `resources` (the Lambda's, which carries
// the prepared content instead) leaves all of this out.
export const resources = {
  "en-US": {
    check: enCheck,
    clinic: /* @__PURE__ */ clinicWith(enClinic),
    conversation: enConversation,
    reminders: enReminders,
    screen: enScreen,
    topics: enTopics,
  },
  "es-US": {
    check: esCheck,
    clinic: /* @__PURE__ */ clinicWith(esClinic),
    conversation: esConversation,
    reminders: esReminders,
    screen: esScreen,
    topics: esTopics,
  },
} as const satisfies Record<Locale, Record<string, object>>;
