// Long lists are read a few items at a time (docs/design.md voice rules: at most 3 items a turn, and
// one breath: long names make a page of fewer).
import { wordCount } from "./voice-budget";

export const ITEMS_PER_PAGE = 3;

export interface ListGroup {
  /** Said before the group's first item, e.g. "First, 9 everyday factors". */
  title?: string;
  /** Say the title on every page of the group, not only its first (when it says what to do). */
  titleEveryPage?: boolean;
  /**
   * Say each item as a sentence of its own: items with commas and "or"s of their own ("a fall, a car
   * crash, or another serious injury"), joined in one list, could be heard as one item.
   */
  itemsAsSentences?: boolean;
  labels: readonly string[];
}

export interface ListPage {
  /** The group title when this page starts a group. */
  title?: string;
  labels: readonly string[];
  /** As the group says: each item a sentence of its own. */
  itemsAsSentences?: boolean;
  /** The group's last items: only then does the page close with "and". */
  endsGroup: boolean;
}

/**
 * Splits each group into pages of at most `size` items whose names take at most `maxWords` words
 * together (a page always holds at least one item); a page never spans two groups.
 */
export function paginate(
  groups: readonly ListGroup[],
  size = ITEMS_PER_PAGE,
  maxWords = Number.POSITIVE_INFINITY,
): ListPage[] {
  const pages: ListPage[] = [];
  for (const group of groups) {
    let start = 0;
    while (start < group.labels.length) {
      let end = start + 1;
      let used = wordCount(group.labels[start] ?? "");
      while (end < group.labels.length && end - start < size) {
        used += wordCount(group.labels[end] ?? "");
        if (used > maxWords) break;
        end++;
      }
      const labels = group.labels.slice(start, end);
      const page: ListPage = { labels, endsGroup: end >= group.labels.length };
      if ((start === 0 || group.titleEveryPage) && group.title !== undefined) page.title = group.title;
      if (group.itemsAsSentences) page.itemsAsSentences = true;
      pages.push(page);
      start = end;
    }
  }
  return pages;
}

// Creating an Intl.ListFormat costs far more than using one: keep one per locale.
const formats = new Map<string, Intl.ListFormat>();

function listFormat(locale: string): Intl.ListFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
    formats.set(locale, format);
  }
  return format;
}

/**
 * "a, b, and c" in the listener's language; "a, b, c" when more follow (plain commas: a unit list
 * in Spanish closes with "y", which would say the list has ended).
 */
function joinList(labels: readonly string[], locale: string, final: boolean): string {
  return final ? listFormat(locale).format(labels) : labels.join(", ");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One page as a sentence: "First, 9 everyday factors: a, b, c." or "A, b, and c."; with
 * `itemsAsSentences`, each item a sentence of its own: "Do this for any of these: a. B."
 */
export function pageSentence(page: ListPage, locale: string): string {
  if (page.itemsAsSentences) {
    const items = page.labels.map((label, i) => `${i === 0 && page.title ? label : capitalise(label)}.`);
    return page.title === undefined ? items.join(" ") : `${page.title}: ${items.join(" ")}`;
  }
  const items = joinList(page.labels, locale, page.endsGroup);
  return page.title === undefined ? `${capitalise(items)}.` : `${page.title}: ${items}.`;
}
