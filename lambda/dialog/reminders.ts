// A reminder to call the clinic, in words: Alexa asking for the permission, then set, refused or
// failed. Whatever happens, the person hears the number, gets it on a card, and can go on asking.
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

function withNumber(ctx: Context, lead: string): Turn {
  const turn = menuTurn(ctx.t, lead);
  return { ...turn, reply: { ...turn.reply, card: clinicCard(ctx.t) } };
}

/** `when` is the time as said in the request's locale. */
export function reminderSet(ctx: Context, when: string): Turn {
  return withNumber(ctx, ctx.t("reminders:set", { when }));
}

/** The person said no to the permission, or did not answer: no second ask. */
export function reminderRefused(ctx: Context): Turn {
  return withNumber(ctx, ctx.t("reminders:refused"));
}

export function reminderFailed(ctx: Context): Turn {
  return withNumber(ctx, ctx.t("reminders:failed"));
}
