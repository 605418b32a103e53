// Symptoms said out loud, wherever the person is (after launch, in a topic or a list, one-shot, or in
// the middle of the check): a red-flag sign is a known yes, and a call for help is an emergency.
import { mentionSign, startCheck } from "../check/red-flag-check";
import { RED_FLAGS } from "../content-lookup/red-flags";
import { sentences } from "../speech/reply";
import { checkTurn, emergencySpeech, knownSign, mentionedSign, outcomeCard } from "./check-dialog";
import { type Context, clinicCard, type Turn } from "./context";

/** A red-flag sign said out loud, by id (the symptom slot's resolved id; undefined when it did not resolve). */
export function sayMention(ctx: Context, id: string | undefined): Turn {
  const index = RED_FLAGS.findIndex((flag) => flag.id === id);
  if (id === undefined || index === -1) return unclearMention(ctx);
  const { t, state } = ctx;
  const place = state.check;
  const mentioned = state.mentioned?.includes(id) ? state.mentioned : [...(state.mentioned ?? []), id];
  const next: Context = { ...ctx, state: { ...state, mentioned } };
  const step = mentionSign(RED_FLAGS, index, place?.index, knownSign(state));
  const said = mentionedSign(t, id);
  const turn = place
    ? checkTurn(next, step, sentences(said, t("check:mention.counted"), t("check:backToCheck")))
    : withCard(checkTurn(next, step, sentences(said, t("check:mention.start"))), ctx);
  return { ...turn, state: turn.reply.end ? turn.state : { ...turn.state, mentioned } };
}

/**
 * A symptom the model heard but could not name (the slot did not resolve, or a statement like "I can't
 * walk" that may or may not be a sign). It is never ignored: the check runs from its first question,
 * where the sign, whichever it is, will be asked about in the reviewed words.
 */
function unclearMention(ctx: Context): Turn {
  const { t, state } = ctx;
  const step = startCheck(RED_FLAGS, knownSign(state));
  if (state.check) return checkTurn(ctx, step, t("check:mention.unclearInCheck"));
  return withCard(checkTurn(ctx, step, t("check:mention.unclear")), ctx);
}

/** A call for help ("call an ambulance"): the emergency outcome at once, whatever was going on. */
export function callForHelp(ctx: Context): Turn {
  const { t, state } = ctx;
  const speech = emergencySpeech(t, t("check:mention.askedForHelp"));
  const card = outcomeCard(t, "emergency", speech, state.check?.index ?? 0, state.mentioned ?? []);
  return { reply: { end: true, speech, card }, state: {} };
}

/**
 * The first question of a check started by a sign carries the clinic's card, as the check's first turn
 * does, so a session that times out still leaves the number and the emergency line in the Alexa app.
 */
function withCard(turn: Turn, ctx: Context): Turn {
  if (turn.reply.end || turn.reply.card) return turn;
  return { ...turn, reply: { ...turn.reply, card: clinicCard(ctx.t) } };
}
