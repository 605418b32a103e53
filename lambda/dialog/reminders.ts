// A reminder to call the clinic, in words: Alexa asking for the permission, then set, refused or
// failed. Whatever happens, the person hears the number, gets it on a card, and can go on asking.
import { sentences } from "../speech/reply";
import type { OutcomeTier } from "../state/session-state";
import { type Context, clinicCard, menuTurn, type Turn } from "./context";

/** The permission a skill needs to create reminders. */
export const REMINDERS_PERMISSION = "alexa::alerts:reminders:skill:readwrite";

/** One short line, then Alexa asks for the permission; its answer comes back as a new request. */
export function askReminderPermission(ctx: Context, token: string): Turn {
  return {
    reply: { end: true, speech: ctx.t("reminders:askPermission") },
    state: {},
    askFor: { scope: REMINDERS_PERMISSION, token },
  };
}

/**
 * `lead`, then what the outcome the reminder followed must not lose (`after`): after an urgent one, the
 * tier's own words, today, and the emergency number if it gets worse, so a reminder for tomorrow never softens "today".
 */
function withNumber(ctx: Context, lead: string, after?: OutcomeTier): Turn {
  const { t } = ctx;
  const urgent = after === "urgent";
  const turn = menuTurn(
    t,
    sentences(
      lead,
      urgent ? t("check:outcomes.urgent.today") : undefined,
      urgent ? t("check:outcomes.urgent.worse") : undefined,
    ),
  );
  return { ...turn, reply: { ...turn.reply, card: clinicCard(ctx.t) } };
}

/** `when` is the time as said in the request's locale. */
export function reminderSet(ctx: Context, when: string, after?: OutcomeTier): Turn {
  return withNumber(ctx, ctx.t("reminders:set", { when }), after);
}

/** The person said no to the permission, or did not answer: no second ask. */
export function reminderRefused(ctx: Context, after?: OutcomeTier): Turn {
  return withNumber(ctx, ctx.t("reminders:refused"), after);
}

export function reminderFailed(ctx: Context, after?: OutcomeTier): Turn {
  return withNumber(ctx, ctx.t("reminders:failed"), after);
}
