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

/**
 * Every id entity resolution matched for the slot (ER_SUCCESS_MATCH), across authorities, in the order
 * sent; empty when it did not resolve. Alexa may send several values for one spoken phrase.
 */
export function resolvedSlotIds(envelope: unknown, slot: string): string[] {
  const authorities = path(
    envelope,
    "request",
    "intent",
    "slots",
    slot,
    "resolutions",
    "resolutionsPerAuthority",
  );
  if (!Array.isArray(authorities)) return [];
  return authorities
    .filter((authority) => path(authority, "status", "code") === "ER_SUCCESS_MATCH")
    .flatMap((authority) => {
      const values = field(authority, "values");
      return Array.isArray(values) ? values.map((value) => path(value, "value", "id")) : [];
    })
    .filter((id): id is string => typeof id === "string");
}

/** The slot value's first matched id (ER_SUCCESS_MATCH); otherwise undefined. */
export function resolvedSlotId(envelope: unknown, slot: string): string | undefined {
  return resolvedSlotIds(envelope, slot)[0];
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
