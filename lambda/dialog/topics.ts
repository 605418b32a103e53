// Answers about the article's topics and the clinic, as full turns or (inside the check) one brief line.
import { CAUSE_IDS, causeGroup, TREATMENT_IDS } from "../content-lookup/lists";
import type { Translate } from "../i18n/translator";
import { type Context, clinicCard, offerNumberTurn, openTurn, type Turn } from "./context";
import { listPage } from "./lists";

export type Topic =
  | { kind: "overview" }
  | { kind: "causes" }
  | { kind: "cause"; id: string | undefined }
  | { kind: "whenToSee" }
  | { kind: "specialistCare" }
  | { kind: "treatment"; id: string | undefined }
  | { kind: "selfCare" }
  | { kind: "clinicNumber" }
  | { kind: "clinicLocation" }
  | { kind: "notCovered" };

function isCause(id: string | undefined): id is string {
  return id !== undefined && CAUSE_IDS.includes(id);
}

function isTreatment(id: string | undefined): id is string {
  return id !== undefined && TREATMENT_IDS.includes(id);
}

/**
 * A cause or treatment, whichever the id names (a name heard in the other's carrier still reaches
 * it); a name the skill has nothing on gets the honest line that the article doesn't cover it.
 */
function namedItem(ctx: Context, id: string | undefined): Turn {
  if (isCause(id)) return cause(ctx, id);
  if (isTreatment(id)) return treatment(ctx, id);
  return offerNumberTurn(ctx.t, "topics:notCovered");
}

function cause(ctx: Context, id: string): Turn {
  const { t } = ctx;
  const group = causeGroup(id) === "spine" ? "spine" : "everyday";
  return {
    reply: {
      end: false,
      speech: t(`topics:cause.${id}.speech`),
      question: t(`topics:causeFollowUp.${group}.question`),
      reprompt: t(`topics:causeFollowUp.${group}.reprompt`),
    },
    state: { pending: { kind: "offer", offer: group === "spine" ? "specialistCare" : "selfCare" } },
  };
}

function treatment(ctx: Context, id: string): Turn {
  const { t } = ctx;
  return {
    reply: {
      end: false,
      speech: t(`topics:treatment.${id}.speech`),
      question: t("topics:treatmentFollowUp.question"),
      reprompt: t("topics:treatmentFollowUp.reprompt"),
    },
    state: { pending: { kind: "offer", offer: "number" } },
  };
}

/** The clinic's number, read twice, on a card, with an offer to repeat it. */
export function clinicNumber(ctx: Context): Turn {
  const turn = openTurn(ctx.t, "clinic:number", { pending: { kind: "offer", offer: "number" } });
  return { ...turn, reply: { ...turn.reply, card: clinicCard(ctx.t) }, screen: { kind: "number" } };
}

export function answerTopic(ctx: Context, topic: Topic): Turn {
  switch (topic.kind) {
    case "overview":
      return openTurn(ctx.t, "topics:overview", { pending: { kind: "offer", offer: "causes" } });
    case "causes":
      return listPage(ctx, "causes", 0);
    case "cause":
    case "treatment":
      return namedItem(ctx, topic.id);
    case "whenToSee":
      return listPage(ctx, "warningSigns", 0);
    case "specialistCare":
      return listPage(ctx, "treatments", 0);
    case "selfCare":
      return listPage(ctx, "selfCare", 0);
    case "clinicNumber":
      return clinicNumber(ctx);
    case "clinicLocation":
      return offerNumberTurn(ctx.t, "clinic:location");
    case "notCovered":
      return offerNumberTurn(ctx.t, "topics:notCovered");
  }
}

/** Topics that get one line inside the red-flag check, before its question is asked again. */
export type BriefTopic = Exclude<Topic, { kind: "cause" | "treatment" }>;

/**
 * A cause or treatment named inside the check gets no snippet. Named on its own ("weight", said to
 * the fever question) it reaches the skill exactly as "tell me about weight" does, because Alexa does
 * not say which sample matched; there it is more likely a try at an answer than a question, so like
 * anything else that is not an answer, the question is asked again, more plainly.
 */
export function hasBriefAnswer(topic: Topic): topic is BriefTopic {
  return topic.kind !== "cause" && topic.kind !== "treatment";
}

/** One line answering `topic`, for use inside the red-flag check before its question is asked again. */
export function briefAnswer(t: Translate, topic: BriefTopic): string {
  switch (topic.kind) {
    case "overview":
      return t("topics:overview.speech");
    case "causes":
      return t("topics:causes.briefInCheck");
    case "whenToSee":
      return t("topics:whenToSee.briefInCheck");
    case "specialistCare":
      return t("topics:specialistCare.briefInCheck");
    case "selfCare":
      return t("topics:selfCare.briefInCheck");
    case "clinicNumber":
      return t("clinic:number.speech");
    case "clinicLocation":
      return t("clinic:location.speech");
    case "notCovered":
      return t("topics:notCovered.briefInCheck");
  }
}
