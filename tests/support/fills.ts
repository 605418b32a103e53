// Slot fills as Alexa sends them, named for what the person said.
import type { SlotFill } from "../../simulator/envelopes";

export const cause = (id: string, value = id): { cause: SlotFill } => ({
  cause: { value, type: "CauseType", id },
});
export const unknownCause = (value: string): { cause: SlotFill } => ({ cause: { value, type: "CauseType" } });
export const treatment = (id: string, value = id): { treatment: SlotFill } => ({
  treatment: { value, type: "TreatmentType", id },
});
export const unknownTreatment = (value: string): { treatment: SlotFill } => ({
  treatment: { value, type: "TreatmentType" },
});
export const symptom = (id: string, value = id): { symptom: SlotFill } => ({
  symptom: { value, type: "SymptomType", id },
});
export const unknownSymptom = (value: string): { symptom: SlotFill } => ({
  symptom: { value, type: "SymptomType" },
});
