// The conversation around the topics: launch, help, repeat, yes / no / more to what was offered,
// start over, stop, fallback, and the apology when something fails.
import type { Translate } from "../i18n/translator";
import type { Offer } from "../state/session-state";
import { beginCheck } from "./check-dialog";
import { type Context, clinicCard, menuTurn, offerNumberTurn, openTurn, type Turn } from "./context";
import { listPage, stopList } from "./lists";
import { answerTopic } from "./topics";

/** Welcome, the disclaimer, and an offer of the check (so "yes" starts it). */
export function launch(ctx: Context): Turn {
  const turn = openTurn(ctx.t, "conversation:launch", { pending: { kind: "offer", offer: "check" } });
  return { ...turn, screen: { kind: "launch" } };
}

function accept(ctx: Context, offer: Offer): Turn {
  switch (offer) {
    case "check":
      return beginCheck(ctx, false);
    case "number":
      return answerTopic(ctx, { kind: "clinicNumber" });
    case "causes":
    case "selfCare":
    case "specialistCare":
      return answerTopic(ctx, { kind: offer });
  }
}

export function yes(ctx: Context): Turn {
  const { pending } = ctx.state;
  if (pending?.kind === "offer") return accept(ctx, pending.offer);
  if (pending?.kind === "list") return listPage(ctx, pending.list, pending.page);
  return menuTurn(ctx.t, ctx.t("conversation:noPendingAnswer"));
}

export function no(ctx: Context): Turn {
  const { pending } = ctx.state;
  const stopped = pending?.kind === "list" ? stopList(ctx, pending.list) : undefined;
  if (stopped) return stopped;
  const lead = ctx.state.pending ? ctx.t("conversation:okay") : ctx.t("conversation:noPendingAnswer");
  return menuTurn(ctx.t, lead);
}

export function more(ctx: Context): Turn {
  const { pending } = ctx.state;
  if (pending?.kind === "list") return listPage(ctx, pending.list, pending.page);
  return menuTurn(ctx.t, ctx.t("conversation:nothingMore"));
}

/** "Maybe" outside the check: nothing is assumed; the last question is asked again. */
export function unsure(ctx: Context): Turn {
  const { said } = ctx.state;
  if (ctx.state.pending && said) {
    return {
      reply: {
        end: false,
        speech: ctx.t("conversation:unsureOffer"),
        question: said.question,
        reprompt: said.reprompt,
      },
      state: ctx.state,
    };
  }
  return menuTurn(ctx.t, ctx.t("conversation:noPendingAnswer"));
}

export function help(ctx: Context): Turn {
  const { t, state } = ctx;
  if (state.pending?.kind === "list") {
    return {
      reply: {
        end: false,
        speech: t("conversation:listHelp"),
        question: t("conversation:more"),
        reprompt: t("conversation:moreReprompt"),
      },
      state,
    };
  }
  return offerNumberTurn(t, "conversation:help");
}

export function repeat(ctx: Context): Turn {
  const { said } = ctx.state;
  if (!said) return menuTurn(ctx.t, ctx.t("conversation:nothingToRepeat"));
  return { reply: { end: false, ...said }, state: ctx.state };
}

export function startOver(ctx: Context): Turn {
  return menuTurn(ctx.t, ctx.t("conversation:okay"));
}

/** Never a dead end: what the skill does, the check, the emergency line, and the number offered (content). */
export function fallback(ctx: Context): Turn {
  return offerNumberTurn(ctx.t, "conversation:fallback");
}

export function goodbye(ctx: Context): Turn {
  return { reply: { end: true, speech: ctx.t("conversation:goodbye"), card: clinicCard(ctx.t) }, state: {} };
}

/** Something failed: apologise, give the number and the emergency line, and keep listening. */
export function apology(t: Translate): Turn {
  const turn = openTurn(t, "conversation:error", {});
  return { ...turn, reply: { ...turn.reply, card: clinicCard(t) } };
}
