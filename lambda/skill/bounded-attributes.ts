// Session attributes arrive from the network, and the SDK deep-copies them (JSON.stringify, then
// JSON.parse) before any handler runs: nested a few thousand deep, that copy overflows the stack. So
// before the SDK sees a request, attributes too deep or too large are dropped, and the conversation
// starts afresh as it does for any attributes it cannot read. The bounds are far above anything the
// skill writes (one object four levels deep, under a kilobyte).

export const MAX_ATTRIBUTE_DEPTH = 32;
/** An estimate of the attributes' size as JSON, in characters. */
export const MAX_ATTRIBUTE_SIZE = 64 * 1024;

/** True when `value` is at most MAX_ATTRIBUTE_DEPTH deep and about MAX_ATTRIBUTE_SIZE as JSON. */
export function withinBounds(value: unknown): boolean {
  // A walk with a stack of its own: no recursion, so no input can overflow this check either. It
  // stops as soon as a bound is passed; every value visited adds to the size, so it always ends.
  const pending: [unknown, number][] = [[value, 0]];
  let size = 0;
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, depth] = next;
    size += typeof item === "string" ? item.length + 2 : 8;
    if (typeof item === "object" && item !== null) {
      if (depth >= MAX_ATTRIBUTE_DEPTH) return false;
      for (const key in item) {
        size += key.length + 4;
        if (size > MAX_ATTRIBUTE_SIZE) return false;
        pending.push([(item as Record<string, unknown>)[key], depth + 1]);
      }
    }
    if (size > MAX_ATTRIBUTE_SIZE) return false;
  }
  return true;
}

interface WithSession {
  session?: { attributes?: unknown };
}

/** `envelope` as it is, or with its session attributes emptied when they pass a bound. */
export function withBoundedAttributes<T extends WithSession>(envelope: T): T {
  const session = envelope?.session;
  if (!session || withinBounds(session.attributes)) return envelope;
  return { ...envelope, session: { ...session, attributes: {} } };
}
