// Which items each spoken list holds, in order, from content/lists.json (the words are per locale).
// The warning signs are the red-flag check's own signs, grouped by its tiers (content/red-flags.json),
// so the list sends each sign where the check's outcome for it would, named in the check's own words.
import rawLists from "../../content/lists.json";
import { TIERS } from "../check/red-flag-check";
import { RED_FLAGS } from "./red-flags";

export type ListId = keyof typeof rawLists | "warningSigns";

export interface ListGroupIds {
  /** Key of the group's title under the list's content. */
  group: string;
  items: readonly string[];
}

/** The red flags by tier, most urgent first; a tier without a sign is left out. */
const warningSigns: ListGroupIds[] = TIERS.map((tier) => ({
  group: tier,
  items: RED_FLAGS.filter((flag) => flag.tier === tier).map((flag) => flag.id),
})).filter((group) => group.items.length > 0);

export const LISTS: Readonly<Record<ListId, readonly ListGroupIds[]>> = { ...rawLists, warningSigns };
export const LIST_IDS = Object.keys(LISTS) as ListId[];

export const CAUSE_IDS: readonly string[] = LISTS.causes.flatMap((g) => g.items);
export const TREATMENT_IDS: readonly string[] = LISTS.treatments.flatMap((g) => g.items);

export function isListId(value: unknown): value is ListId {
  return typeof value === "string" && (LIST_IDS as readonly string[]).includes(value);
}

/** The group a cause belongs to ("everyday" or "spine"). */
export function causeGroup(causeId: string): string | undefined {
  return LISTS.causes.find((g) => g.items.includes(causeId))?.group;
}
