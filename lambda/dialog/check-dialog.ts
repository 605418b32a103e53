// The red-flag check as spoken turns: the pure state machine's steps, put into words.
import {
  type Answer,
  type AskStep,
  answerQuestion,
  type CheckStep,
  type OutcomeStep,
  type RedFlag,
  startCheck,
} from "../check/red-flag-check";
import { RED_FLAGS } from "../content-lookup/red-flags";
import type { Translate } from "../i18n/translator";
import { type Card, type Reply, sentences } from "../speech/reply";
import type { CheckPlace } from "../state/session-state";
import { type Context, clinicCard, menuTurn, type Turn } from "./context";

function question(t: Translate, flag: RedFlag, plainer = false): string {
  return t(`check:questions.${flag.id}.${plainer ? "plainer" : "ask"}`);
}

/** Said if the person does not answer: the question again, how to answer, and the emergency line. */
export function questionReprompt(t: Translate, flag: RedFlag): string {
  return sentences(question(t, flag), t("check:pleaseAnswer"), t("check:ifEmergency"));
}

/** Asks `step`'s question after `lead`; an unrecognised answer gets the plainer wording. */
function ask(t: Translate, step: AskStep, lead?: string): Turn {
  const reply: Reply = {
    end: false,
    speech: sentences(lead, step.again ? t("check:notAnAnswer") : undefined),
    question: question(t, step.flag, step.again),
    reprompt: questionReprompt(t, step.flag),
  };
  return { reply, state: { check: { index: step.index, questionId: step.flag.id } } };
}

/**
 * The check's first question, with the clinic's card: if the session times out part way, the
 * number and the emergency line are still in the Alexa app.
 */
function opening(t: Translate, lead: string): Turn {
  const turn = ask(t, startCheck(RED_FLAGS), lead);
  return { ...turn, reply: { ...turn.reply, card: clinicCard(t) } };
}

function askAgain(ctx: Context, place: CheckPlace, lead?: string): Turn {
  const flag = RED_FLAGS[place.index] as RedFlag;
  return ask(ctx.t, { kind: "ask", index: place.index, flag, again: false }, lead);
}

/** What the person said, as a sentence about them. */
function said(t: Translate, step: OutcomeStep): string {
  if (!step.trigger) return t("check:said.allNo", { count: step.asked });
  const yes = t(`check:questions.${step.trigger.flag.id}.yes`);
  return t(`check:said.${step.trigger.answer}`, { yes });
}

function outcomeCard(t: Translate, step: OutcomeStep, advice: string): Card {
  // Each answer as a sentence about the person, never a bare topic and "yes" or "no".
  const answers = RED_FLAGS.slice(0, step.asked).map((flag, i) => {
    const clause = (form: "yes" | "no") => t(`check:questions.${flag.id}.${form}`);
    if (step.trigger?.index !== i) return `- ${t("check:card.answerNo", { no: clause("no") })}`;
    const key = step.trigger.answer === "yes" ? "check:card.answerYes" : "check:card.answerUnsure";
    return `- ${t(key, { yes: clause("yes") })}`;
  });
  return {
    title: t(`check:outcomes.${step.tier}.cardTitle`),
    text: [advice, "", t("check:card.answersHeading"), ...answers, "", t("check:card.footer")].join("\n"),
  };
}

function outcome(t: Translate, step: OutcomeStep): Turn {
  const restated = said(t, step);
  if (step.tier === "emergency") {
    // The first sentence is the instruction to get emergency care; nothing may come before it.
    const speech = sentences(
      t("check:outcomes.emergency.first"),
      restated,
      t("check:outcomes.emergency.advice"),
    );
    return { reply: { end: true, speech, card: outcomeCard(t, step, speech) }, state: {} };
  }
  const speech = sentences(restated, t(`check:outcomes.${step.tier}.advice`));
  return {
    reply: {
      end: false,
      speech,
      // A reminder to call: never after an emergency, which has returned above.
      question: t(`reminders:offerAfter.${step.tier}`),
      reprompt: t(`check:outcomes.${step.tier}.reprompt`),
      card: outcomeCard(t, step, speech),
    },
    state: { pending: { kind: "reminder" } },
  };
}

function toTurn(t: Translate, step: CheckStep): Turn {
  return step.kind === "ask" ? ask(t, step) : outcome(t, step);
}

/**
 * What will happen, then the first question, in one turn. A one-shot check ("ask back spasm guide,
 * is this serious") opens the skill, so it begins with the disclaimer the welcome would have given.
 */
export function beginCheck(ctx: Context, oneShot: boolean): Turn {
  const { t } = ctx;
  const intro = t("check:intro", { count: RED_FLAGS.length });
  return opening(t, sentences(oneShot ? t("conversation:disclaimer") : undefined, intro));
}

export function answerCheck(ctx: Context, place: CheckPlace, answer: Answer): Turn {
  return toTurn(ctx.t, answerQuestion(RED_FLAGS, place.index, answer));
}

export function repeatQuestion(ctx: Context, place: CheckPlace): Turn {
  return askAgain(ctx, place);
}

export function checkHelp(ctx: Context, place: CheckPlace): Turn {
  return askAgain(ctx, place, ctx.t("check:help"));
}

export function restartCheck(ctx: Context): Turn {
  return opening(ctx.t, ctx.t("check:startOver"));
}

/** The saved place could not be trusted: start again rather than risk skipping a question. */
export function recoverLostCheck(ctx: Context): Turn {
  return opening(ctx.t, ctx.t("check:restart"));
}

/** A question that is not an answer: a brief answer, then back to the same question. */
export function interruptCheck(ctx: Context, place: CheckPlace, brief: string): Turn {
  return askAgain(ctx, place, sentences(brief, ctx.t("check:backToCheck")));
}

/** Something failed mid-check: the apology (with the number), then the same question, so the place is kept. */
export function apologiseInCheck(ctx: Context, place: CheckPlace): Turn {
  return askAgain(ctx, place, ctx.t("conversation:error.speech"));
}

export function stopCheck(ctx: Context): Turn {
  return { reply: { end: true, speech: ctx.t("check:stop"), card: clinicCard(ctx.t) }, state: {} };
}

export function leaveCheck(ctx: Context): Turn {
  return menuTurn(ctx.t, ctx.t("check:left"));
}
