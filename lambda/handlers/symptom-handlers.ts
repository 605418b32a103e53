// Symptoms said out loud and calls for help. These come before every other handler, the check's
// included: whatever the person is doing, an emergency is heard at once and a sign is never ignored.
import { callForHelp, sayMention } from "../dialog/mention-dialog";
import { resolvedSlotId } from "../skill/request-fields";
import { handler, isIntent } from "./handler";
import { EMERGENCY_INTENT, SYMPTOM_INTENT, SYMPTOM_SLOT } from "./intents";

export const symptomHandlers = [
  handler((ctx) => isIntent(ctx, EMERGENCY_INTENT), callForHelp),
  handler(
    (ctx) => isIntent(ctx, SYMPTOM_INTENT),
    (ctx, input) => sayMention(ctx, resolvedSlotId(input.requestEnvelope, SYMPTOM_SLOT), ctx.newSession),
  ),
];
