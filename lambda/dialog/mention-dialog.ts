// Symptoms said out loud, wherever the person is (after launch, in a topic or a list, one-shot, or in
// the middle of the check): a red-flag sign is a known yes, and a call for help is an emergency.
import { mentionSign } from "../check/red-flag-check";
import { RED_FLAGS } from "../content-lookup/red-flags";
import { sentences } from "../speech/reply";
import {
  checkTurn,
  emergencySpeech,
  knownSign,
  mentionedSign,
  openCheck,
  outcomeCard,
  outcomeScreen,
} from "./check-dialog";
import type { Context, Turn } from "./context";

/**
 * A red-flag sign said out loud, by id (the symptom slot's resolved id; undefined when it did not
 * resolve). `oneShot`: it opened the skill, so a check it starts begins with the disclaimer.
 */
export function sayMention(ctx: Context, id: string | undefined, oneShot: boolean): Turn {
  const index = RED_FLAGS.findIndex((flag) => flag.id === id);
  if (id === undefined || index === -1) return unclearMention(ctx, oneShot);
  const { t, state } = ctx;
  const mentioned = state.mentioned?.includes(id) ? state.mentioned : [...(state.mentioned ?? []), id];
  const next: Context = { ...ctx, state: { ...state, mentioned } };
  const said = mentionedSign(t, id);
  const turn = state.check
    ? checkTurn(
        next,
        mentionSign(RED_FLAGS, index, state.check.index, knownSign(state)),
        sentences(said, t("check:mention.counted"), t("check:backToCheck")),
      )
    : openCheck(
        next,
        sentences(oneShot ? t("conversation:disclaimer") : undefined, said, t("check:mention.start")),
      );
  return { ...turn, state: turn.reply.end ? turn.state : { ...turn.state, mentioned } };
}

/**
 * A symptom the model heard but could not name (the slot did not resolve, or a statement like "I can't
 * walk" that may or may not be a sign). It is never ignored: the check runs from its first question,
 * where the sign, whichever it is, will be asked about in the reviewed words.
 */
function unclearMention(ctx: Context, oneShot: boolean): Turn {
  const { t } = ctx;
  if (ctx.state.check) return openCheck(ctx, t("check:mention.unclearInCheck"));
  return openCheck(
    ctx,
    sentences(oneShot ? t("conversation:disclaimer") : undefined, t("check:mention.unclear")),
  );
}

/** A call for help ("call an ambulance"): the emergency outcome at once, whatever was going on. */
export function callForHelp(ctx: Context): Turn {
  const { t, state } = ctx;
  const speech = emergencySpeech(t, t("check:mention.askedForHelp"));
  const card = outcomeCard(t, "emergency", speech, state.check?.index ?? 0, state.mentioned ?? []);
  return { reply: { end: true, speech, card }, state: {}, screen: outcomeScreen("emergency") };
}
