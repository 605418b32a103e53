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
