// Symptoms said out loud and calls for help. These come before every other handler, the check's
// included: whatever the person is doing, an emergency is heard at once and a sign is never ignored.
import type { Answer } from "../check/red-flag-check";
import { type HeardSymptom, lookUpStatement } from "../content-lookup/heard-symptom";
import { mostUrgent } from "../content-lookup/red-flags";
import { callForHelp, sayMention } from "../dialog/mention-dialog";
import { resolveLocale } from "../i18n/translator";
import { requestLocale, resolvedSlotId, resolvedSlotIds, slotValue } from "../skill/request-fields";
import { handler, isIntent } from "./handler";
import { EMERGENCY_INTENT, SYMPTOM_ANSWER_SLOT, SYMPTOM_INTENT, SYMPTOM_SLOT } from "./intents";

/** SymptomAnswerType's ids, as answers to the check's question. */
const ANSWERS: Readonly<Record<string, Answer>> = { yes: "yes", no: "no", unsure: "unsure" };

/**
 * What the symptom slot said: the most urgent sign it resolved to; or, when it did not resolve, a call
 * for help or a sign named inside what was heard. The heard text is only looked up, never kept.
 */
function heardSymptom(envelope: unknown): HeardSymptom | undefined {
  const id = mostUrgent(resolvedSlotIds(envelope, SYMPTOM_SLOT));
  if (id !== undefined) return { kind: "sign", id };
  const text = slotValue(envelope, SYMPTOM_SLOT);
  return text === undefined ? undefined : lookUpStatement(text, resolveLocale(requestLocale(envelope)));
}

function heardAnswer(envelope: unknown): Answer | undefined {
  const id = resolvedSlotId(envelope, SYMPTOM_ANSWER_SLOT);
  return id !== undefined && Object.hasOwn(ANSWERS, id) ? ANSWERS[id] : undefined;
}

export const symptomHandlers = [
  handler((ctx) => isIntent(ctx, EMERGENCY_INTENT), callForHelp),
  handler(
    (ctx) => isIntent(ctx, SYMPTOM_INTENT),
    (ctx, input) =>
      sayMention(
        ctx,
        heardSymptom(input.requestEnvelope),
        heardAnswer(input.requestEnvelope),
        ctx.newSession,
      ),
  ),
];
