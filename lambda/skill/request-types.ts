// Every request type the skill knows, and what Alexa lets it answer to each: the one place this
// knowledge lives. Only a person talking to the skill (a launch, an intent, a touch on its screen in
// an open session) and Alexa's answer to the skill's own permission prompt are answered with speech;
// CanFulfillIntentRequest gets its verdict. Events that allow no speech (a touch after the session
// ended among them) get an empty response; any other type gets a quiet empty response.

export const LAUNCH_REQUEST = "LaunchRequest";
export const INTENT_REQUEST = "IntentRequest";
export const CAN_FULFILL_REQUEST = "CanFulfillIntentRequest";
/** Alexa's answer to a Connections.SendRequest directive (here, the reminders permission prompt). */
export const CONNECTIONS_RESPONSE = "Connections.Response";
export const SESSION_ENDED_REQUEST = "SessionEndedRequest";
/** A touch on the skill's screen, sent by the document's SendEvent command. */
export const USER_EVENT = "Alexa.Presentation.APL.UserEvent";

/** Request types Alexa sends that a skill may not answer with speech. */
const NO_SPEECH_TYPES: ReadonlySet<string> = new Set([
  SESSION_ENDED_REQUEST,
  "System.ExceptionEncountered",
  "Messaging.MessageReceived",
  "Dialog.API.Invoked",
]);

/** Families of events that allow no speech: playback, skill lifecycle, and reminder events. */
const NO_SPEECH_PREFIXES = ["AudioPlayer.", "PlaybackController.", "AlexaSkillEvent.", "Reminders."];

/** True for an event Alexa sends that allows no speech in its answer. */
export function allowsNoSpeech(type: string | undefined): boolean {
  if (type === undefined) return false;
  return NO_SPEECH_TYPES.has(type) || NO_SPEECH_PREFIXES.some((prefix) => type.startsWith(prefix));
}

/** True for a request from the person talking to the skill, which always gets an answer in speech. */
export function isSpokenTo(type: string | undefined): boolean {
  return type === LAUNCH_REQUEST || type === INTENT_REQUEST;
}
