// The red-flag check as spoken turns: the pure state machine's steps, put into words.
import {
  type Answer,
  type AskStep,
  answerQuestion,
  type CheckStep,
  notAnAnswerAt,
  type OutcomeStep,
  questionCount,
  type RedFlag,
  startCheck,
} from "../check/red-flag-check";
import { RED_FLAGS } from "../content-lookup/red-flags";
import type { Translate } from "../i18n/translator";
import { type Card, type Reply, sentences } from "../speech/reply";
import type { CheckPlace, SessionState } from "../state/session-state";
import { type Context, clinicCard, menuTurn, type Turn } from "./context";
import type { Screen } from "./screen";

/** The position of the most urgent sign said out loud this session, if any. */
export function knownSign(state: SessionState): number | undefined {
  const positions = (state.mentioned ?? []).map((id) => RED_FLAGS.findIndex((flag) => flag.id === id));
  const found = positions.filter((i) => i >= 0);
  return found.length > 0 ? Math.min(...found) : undefined;
}

/** A sign said out loud, as a sentence about the person: "You mentioned a fever." */
export function mentionedSign(t: Translate, id: string): string {
  return t("check:mention.said", { mentioned: t(`check:questions.${id}.mentioned`) });
}

function question(t: Translate, flag: RedFlag, plainer = false): string {
  return t(`check:questions.${flag.id}.${plainer ? "plainer" : "ask"}`);
}

/** Said if the person does not answer: the question again, how to answer, and the emergency line. */
export function questionReprompt(t: Translate, flag: RedFlag): string {
  return sentences(question(t, flag), t("check:pleaseAnswer"), t("check:ifEmergency"));
}

/**
 * What comes before the plainer question after something that was not an answer: `notCaught` (by
 * default "Sorry, I didn't catch that."), then how to answer. Nothing unrecognised counts as no.
 */
export function notAnAnswer(t: Translate, notCaught = t("check:notAnAnswer")): string {
  return sentences(notCaught, t("check:pleaseAnswer"));
}

/**
 * Asks `step`'s question after `lead`. After something that was not an answer (`step.again`): the
 * `notCaught` apology and how to answer, then the plainer wording.
 */
function ask(t: Translate, step: AskStep, lead?: string, notCaught?: string): Turn {
  const reply: Reply = {
    end: false,
    speech: sentences(lead, step.again ? notAnAnswer(t, notCaught) : undefined),
    question: question(t, step.flag, step.again),
    reprompt: questionReprompt(t, step.flag),
  };
  return { reply, state: { check: { index: step.index, questionId: step.flag.id } } };
}

/**
 * The check's first question after `lead`, with the clinic's card: if the session times out part way,
 * the number and the emergency line are still in the Alexa app. With a sign said out loud it is the
 * first question that could raise the tier, or the outcome at once when none could.
 */
export function openCheck(ctx: Context, lead: string): Turn {
  const step = startCheck(RED_FLAGS, knownSign(ctx.state));
  if (step.kind === "outcome") return outcome(ctx, step);
  const turn = ask(ctx.t, step, lead);
  return { ...turn, reply: { ...turn.reply, card: clinicCard(ctx.t) } };
}

function askAgain(ctx: Context, place: CheckPlace, lead?: string): Turn {
  const flag = RED_FLAGS[place.index] as RedFlag;
  return ask(ctx.t, { kind: "ask", index: place.index, flag, again: false }, lead);
}

/**
 * What gave the tier, as a sentence about the person. (A less urgent yes said together with a sign,
 * `alsoYes`, is on the card: the turn stays one breath.)
 */
function said(t: Translate, step: OutcomeStep): string {
  if (!step.trigger) return t("check:said.allNo", { count: step.asked });
  if (step.trigger.answer === "mentioned") return mentionedSign(t, step.trigger.flag.id);
  const yes = t(`check:questions.${step.trigger.flag.id}.yes`);
  return t(`check:said.${step.trigger.answer}`, { yes });
}

/**
 * The card after an outcome: the advice, then each answer and each sign said out loud as a sentence
 * about the person (never a bare topic and "yes" or "no"), then the clinic. `answered` questions were
 * answered, from the first; all no but the one `step` stopped at, if any.
 */
export function outcomeCard(
  t: Translate,
  tier: OutcomeStep["tier"],
  advice: string,
  answered: number,
  mentioned: readonly string[],
  step?: OutcomeStep,
): Card {
  const answers = RED_FLAGS.slice(0, answered).flatMap((flag, i) => {
    const clause = (form: "yes" | "no") => t(`check:questions.${flag.id}.${form}`);
    const trigger = step?.trigger;
    const positive = trigger?.answer === "mentioned" ? step?.alsoYes : trigger;
    if (positive?.index === i && positive.answer !== "mentioned") {
      const key = positive.answer === "yes" ? "check:card.answerYes" : "check:card.answerUnsure";
      return [`- ${t(key, { yes: clause("yes") })}`];
    }
    // A sign said out loud after a no to its question: what they said last stands.
    if (mentioned.includes(flag.id)) return [];
    return [`- ${t("check:card.answerNo", { no: clause("no") })}`];
  });
  const signs = mentioned.map((id) => `- ${mentionedSign(t, id)}`);
  return {
    title: t(`check:outcomes.${tier}.cardTitle`),
    text: [advice, "", t("check:card.answersHeading"), ...answers, ...signs, "", t("check:card.footer")].join(
      "\n",
    ),
  };
}

export function outcomeScreen(tier: OutcomeStep["tier"]): Screen {
  return { kind: "outcome", tier };
}

/** Emergency advice: the first sentence says to get emergency care (nothing may come before it). */
export function emergencySpeech(t: Translate, restated: string): string {
  return sentences(t("check:outcomes.emergency.first"), restated, t("check:outcomes.emergency.advice"));
}

function outcome(ctx: Context, step: OutcomeStep): Turn {
  const { t } = ctx;
  const restated = said(t, step);
  const card = (speech: string) =>
    outcomeCard(t, step.tier, speech, step.asked, ctx.state.mentioned ?? [], step);
  if (step.tier === "emergency") {
    const speech = emergencySpeech(t, restated);
    return { reply: { end: true, speech, card: card(speech) }, state: {}, screen: outcomeScreen(step.tier) };
  }
  const speech = sentences(restated, t(`check:outcomes.${step.tier}.advice`));
  return {
    reply: {
      end: false,
      speech,
      // A reminder to call: never after an emergency, which has returned above.
      question: t(`reminders:offerAfter.${step.tier}`),
      reprompt: t(`check:outcomes.${step.tier}.reprompt`),
      card: card(speech),
    },
    state: { pending: { kind: "reminder", after: step.tier } },
    screen: outcomeScreen(step.tier),
  };
}

/**
 * The turn for a step of the check: its question after `lead`, or its outcome (which restates what
 * gave the tier; every sign said out loud is on its card).
 */
export function checkTurn(ctx: Context, step: CheckStep, lead?: string): Turn {
  return step.kind === "ask" ? ask(ctx.t, step, lead) : outcome(ctx, step);
}

/**
 * What will happen, then the first question, in one turn. A one-shot check ("ask back spasm guide,
 * is this serious") opens the skill, so it begins with the disclaimer the welcome would have given.
 */
export function beginCheck(ctx: Context, oneShot: boolean): Turn {
  const { t } = ctx;
  const intro = t("check:intro", { count: questionCount(RED_FLAGS, knownSign(ctx.state)) });
  return openCheck(ctx, sentences(oneShot ? t("conversation:disclaimer") : undefined, intro));
}

export function answerCheck(ctx: Context, place: CheckPlace, answer: Answer): Turn {
  return checkTurn(ctx, answerQuestion(RED_FLAGS, place.index, answer, knownSign(ctx.state)));
}

/**
 * Something said at `place` that is not an answer, apologised for with `notCaught` ("I didn't quite
 * catch that sign"): the same re-ask as any unrecognised answer, the place kept.
 */
export function notAnAnswerInCheck(ctx: Context, place: CheckPlace, notCaught: string): Turn {
  return ask(ctx.t, notAnAnswerAt(RED_FLAGS, place.index), undefined, notCaught);
}

/** The question at `place` again, after `lead` if any: the place is kept. */
export function repeatQuestion(ctx: Context, place: CheckPlace, lead?: string): Turn {
  return askAgain(ctx, place, lead);
}

export function checkHelp(ctx: Context, place: CheckPlace): Turn {
  return askAgain(ctx, place, ctx.t("check:help"));
}

export function restartCheck(ctx: Context): Turn {
  return openCheck(ctx, ctx.t("check:startOver"));
}

/** The saved place could not be trusted: start again rather than risk skipping a question. */
export function recoverLostCheck(ctx: Context): Turn {
  return openCheck(ctx, ctx.t("check:restart"));
}

/** A question that is not an answer: a brief answer, then back to the same question. */
export function interruptCheck(ctx: Context, place: CheckPlace, brief: string): Turn {
  return askAgain(ctx, place, sentences(brief, ctx.t("check:backToCheck")));
}

/** Something failed mid-check: the apology (with the number), then the same question, so the place is kept. */
export function apologiseInCheck(ctx: Context, place: CheckPlace): Turn {
  return askAgain(ctx, place, ctx.t("conversation:error.speech"));
}

/**
 * Leaving the check at `place` (stop, or `end` false for "go home") after a sign was said out loud:
 * that sign's advice, as if every question left were no, then what leaving without one says (warning
 * signs, the emergency line), so leaving never lowers what the person hears. Undefined without a sign.
 */
function leaveWithSign(ctx: Context, place: CheckPlace, lead: string, end: boolean): Turn | undefined {
  const known = knownSign(ctx.state);
  const flag = known === undefined ? undefined : RED_FLAGS[known];
  if (!flag) return undefined;
  const { t } = ctx;
  const restated = mentionedSign(t, flag.id);
  const emergency = flag.tier === "emergency";
  const speech = emergency
    ? emergencySpeech(t, restated)
    : sentences(
        lead,
        restated,
        t(`check:outcomes.${flag.tier}.advice`),
        t("check:getCare"),
        t("check:ifEmergency"),
      );
  const card = outcomeCard(t, flag.tier, speech, place.index, ctx.state.mentioned ?? []);
  const screen = outcomeScreen(flag.tier);
  if (end || emergency) return { reply: { end: true, speech, card }, state: {}, screen };
  const turn = menuTurn(t, speech);
  return { ...turn, reply: { ...turn.reply, card }, screen };
}

export function stopCheck(ctx: Context, place: CheckPlace): Turn {
  const { t } = ctx;
  return (
    leaveWithSign(ctx, place, t("check:mention.stopped"), true) ?? {
      reply: { end: true, speech: t("check:stop"), card: clinicCard(t) },
      state: {},
    }
  );
}

export function leaveCheck(ctx: Context, place: CheckPlace): Turn {
  const { t } = ctx;
  return leaveWithSign(ctx, place, t("check:mention.left"), false) ?? menuTurn(t, t("check:left"));
}
