// The red-flag check as spoken turns: the pure state machine's steps, put into words.
import {
  type Answer,
  answerQuestion,
  type CheckStep,
  type RedFlag,
  startCheck,
} from "../check/red-flag-check";
import { RED_FLAGS } from "../content-lookup/red-flags";
import type { Translate } from "../i18n/translator";
import { type Card, type Reply, sentences } from "../speech/reply";
import type { CheckPlace } from "../state/session-state";
import { type Context, clinicCard, menuTurn, type Turn } from "./context";

type AskStep = Extract<CheckStep, { kind: "ask" }>;
type OutcomeStep = Extract<CheckStep, { kind: "outcome" }>;

function question(t: Translate, flag: RedFlag, plainer = false): string {
  return t(`check:questions.${flag.id}.${plainer ? "plainer" : "ask"}`);
}

/** Asks `step`'s question after `lead`; an unrecognised answer gets the plainer wording. */
function ask(t: Translate, step: AskStep, lead?: string): Turn {
  const reply: Reply = {
    end: false,
    speech: sentences(lead, step.again ? t("check:notAnAnswer") : undefined),
    question: question(t, step.flag, step.again),
    reprompt: sentences(question(t, step.flag), t("check:pleaseAnswer")),
  };
  return { reply, state: { check: { index: step.index, questionId: step.flag.id } } };
}

function askAgain(ctx: Context, place: CheckPlace, lead?: string): Turn {
  const flag = RED_FLAGS[place.index] as RedFlag;
  return ask(ctx.t, { kind: "ask", index: place.index, flag, again: false }, lead);
}

function said(t: Translate, step: OutcomeStep): string {
  if (!step.trigger) return t("check:said.allNo", { count: step.asked });
  const about = t(`check:questions.${step.trigger.flag.id}.about`);
  return t(`check:said.${step.trigger.answer}`, { about });
}

function outcomeCard(t: Translate, step: OutcomeStep, advice: string): Card {
  const answers = RED_FLAGS.slice(0, step.asked).map((flag, i) => {
    const answer =
      step.trigger?.index === i
        ? t(step.trigger.answer === "yes" ? "check:card.answerYes" : "check:card.answerUnsure")
        : t("check:card.answerNo");
    return `- ${t(`check:questions.${flag.id}.about`)}: ${answer}`;
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
      reprompt: t("reminders:offerReprompt"),
      card: outcomeCard(t, step, speech),
    },
    state: { pending: { kind: "reminder" } },
  };
}

function toTurn(t: Translate, step: CheckStep, lead?: string): Turn {
  return step.kind === "ask" ? ask(t, step, lead) : outcome(t, step);
}

/** What will happen, then the first question, in one turn. */
export function beginCheck(ctx: Context): Turn {
  const { t } = ctx;
  const lead = sentences(t("check:intro", { count: RED_FLAGS.length }), t("check:first"));
  return toTurn(t, startCheck(RED_FLAGS), lead);
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
  return toTurn(ctx.t, startCheck(RED_FLAGS), ctx.t("check:startOver"));
}

/** The saved place could not be trusted: start again rather than risk skipping a question. */
export function recoverLostCheck(ctx: Context): Turn {
  return toTurn(ctx.t, startCheck(RED_FLAGS), ctx.t("check:restart"));
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
