// Symptoms said out loud, wherever the person is (after launch, in a topic or a list, one-shot, or in
// the middle of the check): a red-flag sign is a known yes, and a call for help is an emergency.
import { type Answer, answerQuestion, mentionSign } from "../check/red-flag-check";
import type { HeardSymptom } from "../content-lookup/heard-symptom";
import { RED_FLAGS } from "../content-lookup/red-flags";
import { sentences } from "../speech/reply";
import {
  checkTurn,
  emergencySpeech,
  knownSign,
  mentionedSign,
  notAnAnswerInCheck,
  openCheck,
  outcomeCard,
  outcomeScreen,
} from "./check-dialog";
import type { Context, Turn } from "./context";

/**
 * What a symptom statement said: a sign (by red-flag id), a call for help, or `undefined` when it named
 * nothing the skill knows. `answer` is the yes, no or not sure said with it ("no, but I fell"), if any.
 * `oneShot`: it opened the skill, so a check it starts begins with the disclaimer.
 */
export function sayMention(
  ctx: Context,
  heard: HeardSymptom | undefined,
  answer: Answer | undefined,
  oneShot: boolean,
): Turn {
  if (heard?.kind === "help") return callForHelp(ctx);
  const index = RED_FLAGS.findIndex((flag) => flag.id === heard?.id);
  if (heard === undefined || index === -1) return unclearMention(ctx, answer, oneShot);
  const { t, state } = ctx;
  const id = heard.id;
  const mentioned = state.mentioned?.includes(id) ? state.mentioned : [...(state.mentioned ?? []), id];
  const next: Context = { ...ctx, state: { ...state, mentioned } };
  const said = mentionedSign(t, id);
  let turn: Turn;
  if (state.check) {
    // The sign wins; the yes or no said with it answers the question being asked, as it was said.
    const step = answer
      ? answerQuestion(RED_FLAGS, state.check.index, answer, knownSign(next.state))
      : mentionSign(RED_FLAGS, index, state.check.index, knownSign(state));
    turn = checkTurn(next, step, sentences(said, t("check:mention.counted"), t("check:backToCheck")));
  } else {
    turn = openCheck(
      next,
      sentences(oneShot ? t("conversation:disclaimer") : undefined, said, t("check:mention.start")),
    );
  }
  return { ...turn, state: turn.reply.end ? turn.state : { ...turn.state, mentioned } };
}

/**
 * A symptom the model heard but that names nothing the skill knows (the lookup found no sign and no
 * call for help, or a statement like "I can't walk" that may or may not be a sign). It is never
 * ignored and never a no. Before the check, the check runs from its first question, where the sign,
 * whichever it is, will be asked about in the reviewed words. In the check, the place is kept: a kind
 * line, then the same question as after any unrecognised answer, more plainly, with how to answer (or,
 * with a yes or not sure said with it, that answer as said).
 */
function unclearMention(ctx: Context, answer: Answer | undefined, oneShot: boolean): Turn {
  const { t, state } = ctx;
  const lead = t("check:mention.unclearInCheck");
  if (state.check) {
    // A yes or "not sure" said with it counts; a no does not: the words it came with may be the very
    // sign being asked about ("no, but I can't walk"), and unrecognised never counts as no.
    return answer && answer !== "no"
      ? checkTurn(ctx, answerQuestion(RED_FLAGS, state.check.index, answer, knownSign(state)), lead)
      : notAnAnswerInCheck(ctx, state.check, lead);
  }
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
