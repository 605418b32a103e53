// The red-flag questions' order and tiers, from content/red-flags.json (the words are per locale).
import rawFlags from "../../content/red-flags.json";
import { type RedFlag, TIERS, type Tier } from "../check/red-flag-check";

function isTier(value: unknown): value is Tier {
  return (TIERS as readonly unknown[]).includes(value);
}

/**
 * The questions in `raw`, refused unless they are safe to run: each with an id (once) and a tier, and
 * most urgent first, because the check stops at the first yes and a more urgent question after a
 * less urgent one could go unasked (and a sign said out loud skips the questions of its own tier and
 * below, on the same reasoning).
 */
export function parseRedFlags(raw: unknown): RedFlag[] {
  if (!Array.isArray(raw) || raw.length === 0)
    throw new Error("content/red-flags.json must be a non-empty list");
  const flags = raw.map((entry, i): RedFlag => {
    const { id, tier } = (entry ?? {}) as { id?: unknown; tier?: unknown };
    if (typeof id !== "string" || id === "" || !isTier(tier)) {
      throw new Error(`content/red-flags.json entry ${i} needs an id and a tier (${TIERS.join(", ")})`);
    }
    return { id, tier };
  });
  flags.forEach((flag, i) => {
    if (flags.findIndex((f) => f.id === flag.id) !== i)
      throw new Error(`content/red-flags.json lists "${flag.id}" twice`);
    const before = flags[i - 1];
    if (before && TIERS.indexOf(before.tier) > TIERS.indexOf(flag.tier))
      throw new Error(
        `content/red-flags.json: "${flag.id}" (${flag.tier}) comes after a less urgent question`,
      );
  });
  return flags;
}

/** Most urgent first. */
export const RED_FLAGS: readonly RedFlag[] = parseRedFlags(rawFlags);

/** The most urgent of these red-flag ids (the first in the check's order); unknown ids are ignored. */
export function mostUrgent(ids: readonly string[]): string | undefined {
  return RED_FLAGS.find((flag) => ids.includes(flag.id))?.id;
}
