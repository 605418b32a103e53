// Which items each spoken list holds, in order, from content/lists.json (the words are per locale).
import rawLists from "../../content/lists.json";

export type ListId = keyof typeof rawLists;
export const LIST_IDS = Object.keys(rawLists) as ListId[];

export interface ListGroupIds {
  /** Key of the group's title under the list's content. */
  group: string;
  items: readonly string[];
}

export const LISTS: Readonly<Record<ListId, readonly ListGroupIds[]>> = rawLists;

export const CAUSE_IDS: readonly string[] = LISTS.causes.flatMap((g) => g.items);
export const TREATMENT_IDS: readonly string[] = LISTS.treatments.flatMap((g) => g.items);

export function isListId(value: unknown): value is ListId {
  return typeof value === "string" && (LIST_IDS as readonly string[]).includes(value);
}

/** The group a cause belongs to ("everyday" or "spine"). */
export function causeGroup(causeId: string): string | undefined {
  return LISTS.causes.find((g) => g.items.includes(causeId))?.group;
}
