// Reading a list a page at a time: how many there are first, then "want to hear more?".
import { LISTS, type ListId } from "../content-lookup/lists";
import type { Locale } from "../i18n/locales.mts";
import type { Translate } from "../i18n/translator";
import { ITEMS_PER_PAGE, type ListGroup, type ListPage, pageSentence, paginate } from "../speech/list-pages";
import { sentences } from "../speech/reply";
import { inWords, WORDS_BEFORE_QUESTION } from "../speech/voice-budget";
import type { Offer } from "../state/session-state";
import { type Context, menuTurn, type Turn } from "./context";

interface ListText {
  /** Content key holding intro, groups, outro, question and reprompt. */
  key: string;
  hasOutro: boolean;
  /** What a "yes" to the closing question accepts, if it is a yes / no question. */
  closingOffer?: Offer;
  /**
   * Each group's title says what to do (call the emergency number now, a doctor today): every page of
   * the group says it again.
   */
  titleEveryPage?: boolean;
  /** Each item is said as a sentence of its own (its names have commas and "or"s of their own). */
  itemsAsSentences?: boolean;
}

const LIST_TEXT: Readonly<Record<ListId, ListText>> = {
  causes: { key: "topics:causes", hasOutro: true },
  treatments: { key: "topics:specialistCare", hasOutro: false },
  selfCare: { key: "topics:selfCare", hasOutro: true, closingOffer: "number" },
  warningSigns: {
    key: "topics:whenToSee",
    hasOutro: false,
    closingOffer: "check",
    titleEveryPage: true,
    itemsAsSentences: true,
  },
};

/**
 * The content key of an item's spoken name in `list`. A warning sign is named in its question's
 * reviewed words, the phrase the check restates it with ("new trouble starting or stopping
 * urination"), so the list and the check never say a sign two ways, and a new question is listed.
 */
export function labelKey(list: ListId, id: string): string {
  switch (list) {
    case "causes":
      return `topics:cause.${id}.label`;
    case "treatments":
      return `topics:treatment.${id}.label`;
    case "selfCare":
      return `topics:selfCare.items.${id}`;
    case "warningSigns":
      return `check:questions.${id}.mentioned`;
  }
}

function groups(t: Translate, list: ListId): ListGroup[] {
  const text = LIST_TEXT[list];
  return LISTS[list].map((g) => {
    const labels = g.items.map((id) => t(labelKey(list, id)));
    const title = t(`${text.key}.groups.${g.group}`, { count: labels.length });
    return { title, labels, titleEveryPage: text.titleEveryPage, itemsAsSentences: text.itemsAsSentences };
  });
}

/**
 * `list` in `locale`'s words, a page a turn: at most three items, and no more of them than one
 * breath holds (docs/design.md "Voice rules").
 */
export function listPages(
  t: Translate,
  locale: Locale,
  list: ListId,
): { all: ListGroup[]; pages: ListPage[] } {
  const all = groups(t, list);
  return { all, pages: paginate(all, ITEMS_PER_PAGE, inWords(WORDS_BEFORE_QUESTION, locale)) };
}

export function listPage(ctx: Context, list: ListId, page: number): Turn {
  const { t } = ctx;
  const text = LIST_TEXT[list];
  const { all, pages } = listPages(t, ctx.locale, list);
  const current = pages[page];
  if (current === undefined) return menuTurn(t, t("conversation:nothingMore"));
  const isLast = page === pages.length - 1;
  const count = all.reduce((n, g) => n + g.labels.length, 0);
  const speech = sentences(
    page === 0 ? t(`${text.key}.intro`, { count }) : undefined,
    pageSentence(current, ctx.locale),
    isLast && text.hasOutro ? t(`${text.key}.outro`) : undefined,
  );
  if (!isLast) {
    return {
      reply: {
        end: false,
        speech,
        question: t("conversation:more"),
        reprompt: t("conversation:moreReprompt"),
      },
      state: { pending: { kind: "list", list, page: page + 1 } },
    };
  }
  return {
    reply: { end: false, speech, question: t(`${text.key}.question`), reprompt: t(`${text.key}.reprompt`) },
    state: text.closingOffer ? { pending: { kind: "offer", offer: text.closingOffer } } : {},
  };
}

/**
 * "No" to "want to hear more?": a list that closes with an offer (the warning signs offer the check,
 * self-care the number) still closes with its last words and that offer, so stopping early never
 * skips "see a specialist" or the check. Other lists leave it to the menu (undefined).
 */
export function stopList(ctx: Context, list: ListId): Turn | undefined {
  const { t } = ctx;
  const text = LIST_TEXT[list];
  if (!text.closingOffer) return undefined;
  return {
    reply: {
      end: false,
      speech: sentences(t("conversation:okay"), text.hasOutro ? t(`${text.key}.outro`) : undefined),
      question: t(`${text.key}.question`),
      reprompt: t(`${text.key}.reprompt`),
    },
    state: { pending: { kind: "offer", offer: text.closingOffer } },
  };
}
