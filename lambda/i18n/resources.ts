// Every locale's content as written in content/ (no file or network reads at run time).
import check from "../../content/en-US/check.json";
import clinic from "../../content/en-US/clinic.json";
import conversation from "../../content/en-US/conversation.json";
import reminders from "../../content/en-US/reminders.json";
import screen from "../../content/en-US/screen.json";
import topics from "../../content/en-US/topics.json";

export const SUPPORTED_LOCALES = ["en-US"] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en-US";
/** The namespace of a key written without one. */
export const DEFAULT_NAMESPACE = "conversation";

export const resources = {
  "en-US": { check, clinic, conversation, reminders, screen, topics },
} as const;
