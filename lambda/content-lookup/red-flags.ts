// The red-flag questions' order and tiers, from content/red-flags.json (the words are per locale).
import rawFlags from "../../content/red-flags.json";
import { type RedFlag, TIERS, type Tier } from "../check/red-flag-check";

function isTier(value: unknown): value is Tier {
  return (TIERS as readonly unknown[]).includes(value);
}

function validate(raw: unknown): RedFlag[] {
  if (!Array.isArray(raw) || raw.length === 0)
    throw new Error("content/red-flags.json must be a non-empty list");
  return raw.map((entry, i) => {
    const { id, tier } = (entry ?? {}) as { id?: unknown; tier?: unknown };
    if (typeof id !== "string" || id === "" || !isTier(tier)) {
      throw new Error(`content/red-flags.json entry ${i} needs an id and a tier (${TIERS.join(", ")})`);
    }
    return { id, tier };
  });
}

/** Most urgent first. */
export const RED_FLAGS: readonly RedFlag[] = validate(rawFlags);
