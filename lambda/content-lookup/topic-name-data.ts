// Every cause's and treatment's names and synonyms, per locale, read from the
// interaction model: the one place they live. In process (tests, the simulator) they are read here; in the Lambda bundle,
// scripts/build.mts puts the result in this module's place as data, so the model stays out of it.
import enUS from "../../interaction-model/en-US.json";
import esUS from "../../interaction-model/es-US.json";
import type { Locale } from "../i18n/resources";
import { CAUSE_IDS, TREATMENT_IDS } from "./lists";
import { normaliseName, type TopicName } from "./topic-names";

interface ModelValues {
  interactionModel: {
    languageModel: { types?: { values: { id?: string; name: { value: string; synonyms?: string[] } }[] }[] };
  };
}

/** The names of the values with these ids in `model`'s slot types, normalised for the lookup. */
export function namesIn(model: ModelValues, ids: readonly string[]): TopicName[] {
  const items = new Set(ids);
  return (model.interactionModel.languageModel.types ?? [])
    .flatMap((type) => type.values)
    .filter((value) => value.id !== undefined && items.has(value.id))
    .map((value) => ({
      id: value.id ?? "",
      names: [...new Set([value.name.value, ...(value.name.synonyms ?? [])].map(normaliseName))],
    }));
}

const ITEM_IDS = [...CAUSE_IDS, ...TREATMENT_IDS];

/** The causes and treatments, by name. */
export const TOPIC_NAMES: Readonly<Record<Locale, readonly TopicName[]>> = {
  "en-US": namesIn(enUS, ITEM_IDS),
  "es-US": namesIn(esUS, ITEM_IDS),
};
