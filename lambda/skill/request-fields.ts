// Safe reads of a request envelope that may be malformed: anything can arrive, nothing here throws.

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function path(value: unknown, ...keys: string[]): unknown {
  return keys.reduce(field, value);
}

export function requestType(envelope: unknown): string | undefined {
  const type = path(envelope, "request", "type");
  return typeof type === "string" ? type : undefined;
}

export function intentName(envelope: unknown): string | undefined {
  const name = path(envelope, "request", "intent", "name");
  return typeof name === "string" ? name : undefined;
}

/** True when the request opens a session: the skill was invoked with it ("ask back spasm guide, ..."). */
export function isNewSession(envelope: unknown): boolean {
  return path(envelope, "session", "new") === true;
}

export function requestLocale(envelope: unknown): unknown {
  return path(envelope, "request", "locale");
}

/** The slot value's id when entity resolution matched it (ER_SUCCESS_MATCH); otherwise undefined. */
export function resolvedSlotId(envelope: unknown, slot: string): string | undefined {
  const authorities = path(
    envelope,
    "request",
    "intent",
    "slots",
    slot,
    "resolutions",
    "resolutionsPerAuthority",
  );
  if (!Array.isArray(authorities)) return undefined;
  for (const authority of authorities) {
    if (path(authority, "status", "code") !== "ER_SUCCESS_MATCH") continue;
    const values = field(authority, "values");
    const id = Array.isArray(values) ? path(values[0], "value", "id") : undefined;
    if (typeof id === "string") return id;
  }
  return undefined;
}

/** A string in the request body at `keys` (e.g. "payload", "status"); undefined for anything else. */
export function requestString(envelope: unknown, ...keys: string[]): string | undefined {
  const value = path(envelope, "request", ...keys);
  return typeof value === "string" ? value : undefined;
}

/** A string under context.System at `keys` (e.g. "apiEndpoint"); undefined for anything else. */
export function systemString(envelope: unknown, ...keys: string[]): string | undefined {
  const value = path(envelope, "context", "System", ...keys);
  return typeof value === "string" ? value : undefined;
}

/** What the person said in a slot (for built-in types such as AMAZON.DATE, Alexa's value for it). */
export function slotValue(envelope: unknown, slot: string): string | undefined {
  return requestString(envelope, "intent", "slots", slot, "value");
}

/** The names of the request's slots that carry a value. */
export function filledSlots(envelope: unknown): string[] {
  const slots = path(envelope, "request", "intent", "slots");
  if (typeof slots !== "object" || slots === null) return [];
  return Object.keys(slots).filter((name) => slotValue(envelope, name) !== undefined);
}

/** A touch on the skill's screen, sent by the document's SendEvent command. */
export const USER_EVENT = "Alexa.Presentation.APL.UserEvent";

/** The first of a UserEvent's SendEvent arguments; undefined for anything else. */
export function firstArgument(envelope: unknown): unknown {
  const args = path(envelope, "request", "arguments");
  return Array.isArray(args) ? args[0] : undefined;
}

/** True when the device can show APL documents (it lists the interface among its supported ones). */
export function supportsScreen(envelope: unknown): boolean {
  const apl = path(envelope, "context", "System", "device", "supportedInterfaces", "Alexa.Presentation.APL");
  return typeof apl === "object" && apl !== null;
}

/** True when the request belongs to an open session. */
export function inSession(envelope: unknown): boolean {
  return typeof path(envelope, "session") === "object" && path(envelope, "session") !== null;
}
