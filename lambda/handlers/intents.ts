// Every intent the skill handles, by name. The model test holds this list against interaction-model/.
import type { Touch } from "../dialog/screen";
import type { Topic } from "../dialog/topics";

export const AMAZON = {
  help: "AMAZON.HelpIntent",
  stop: "AMAZON.StopIntent",
  cancel: "AMAZON.CancelIntent",
  home: "AMAZON.NavigateHomeIntent",
  fallback: "AMAZON.FallbackIntent",
  yes: "AMAZON.YesIntent",
  no: "AMAZON.NoIntent",
  repeat: "AMAZON.RepeatIntent",
  startOver: "AMAZON.StartOverIntent",
  more: "AMAZON.MoreIntent",
} as const;

export const CHECK_INTENT = "CheckSymptomsIntent";
export const UNSURE_INTENT = "UnsureIntent";
/** "Remind me to call the clinic", optionally with a date and a time (AMAZON.DATE, AMAZON.TIME). */
export const REMINDER_INTENT = "ReminderIntent";
/** A red-flag sign said out loud; its `symptom` slot's ids are the red-flag ids. */
export const SYMPTOM_INTENT = "SymptomIntent";
export const SYMPTOM_SLOT = "symptom";
/** The yes, no or not sure said with a sign ("no, but I fell"): SymptomAnswerType's ids. */
export const SYMPTOM_ANSWER_SLOT = "answer";
/** A call for help: "call an ambulance", "I think I'm having a stroke". */
export const EMERGENCY_INTENT = "EmergencyIntent";

/** Questions the article does not answer (ice or heat, stretches, hours, insurance, dosing). */
export const NOT_COVERED_INTENT = "NotCoveredIntent";

/** Which topic each topic intent asks about; `slot` reads a slot's resolved id. */
export const TOPIC_INTENTS: Readonly<Record<string, (slot: (name: string) => string | undefined) => Topic>> =
  {
    OverviewIntent: () => ({ kind: "overview" }),
    CausesIntent: () => ({ kind: "causes" }),
    CauseIntent: (slot) => ({ kind: "cause", id: slot("cause") }),
    WhenToSeeSpecialistIntent: () => ({ kind: "whenToSee" }),
    SpecialistCareIntent: () => ({ kind: "specialistCare" }),
    TreatmentIntent: (slot) => ({ kind: "treatment", id: slot("treatment") }),
    SelfCareIntent: () => ({ kind: "selfCare" }),
    ClinicNumberIntent: () => ({ kind: "clinicNumber" }),
    ClinicLocationIntent: () => ({ kind: "clinicLocation" }),
    [NOT_COVERED_INTENT]: () => ({ kind: "notCovered" }),
  };

export const HANDLED_INTENTS: ReadonlySet<string> = new Set([
  ...Object.values(AMAZON),
  CHECK_INTENT,
  UNSURE_INTENT,
  REMINDER_INTENT,
  SYMPTOM_INTENT,
  EMERGENCY_INTENT,
  ...Object.keys(TOPIC_INTENTS),
]);

/** The intent each button on the screen stands for: a touch is handled exactly as saying it. */
export const TOUCH_INTENTS: Readonly<Record<Touch, string>> = {
  check: CHECK_INTENT,
  causes: "CausesIntent",
  treatments: "SpecialistCareIntent",
  number: "ClinicNumberIntent",
  more: AMAZON.more,
  yes: AMAZON.yes,
  no: AMAZON.no,
  unsure: UNSURE_INTENT,
};
