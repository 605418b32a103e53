// The names a person may say for each red-flag sign, per locale: the value and synonyms of each
// SymptomType value in that locale's interaction model (its ids are the red-flag ids), as the lookup
// compares them (spoken-words.ts), each once. In the Lambda bundle, scripts/build.mts puts this in the module's place as data, so the
// bundle carries these few words, not the model.
import enUS from "../../interaction-model/en-US.json";
import esUS from "../../interaction-model/es-US.json";
import type { Locale } from "../i18n/resources";
import { keyWords } from "./spoken-words";

interface TypeValue {
  id?: string;
  name: { value: string; synonyms?: string[] };
}

interface Model {
  interactionModel: { languageModel: { types: { name: string; values: TypeValue[] }[] } };
}

function namesOf(model: Model, typeName: string): Record<string, string[]> {
  const types = model.interactionModel.languageModel.types;
  const values = types.find((type) => type.name === typeName)?.values ?? [];
  const names: Record<string, string[]> = {};
  for (const { id, name } of values) {
    if (id === undefined) continue;
    const keys = [name.value, ...(name.synonyms ?? [])].map((said) => keyWords(said).join(" "));
    names[id] = [...new Set(keys)].filter((key) => key !== "");
  }
  return names;
}

/** Every name of every sign, by locale and red-flag id, as words to compare. */
export const SYMPTOM_NAMES: Readonly<Record<Locale, Readonly<Record<string, readonly string[]>>>> = {
  "en-US": namesOf(enUS, "SymptomType"),
  "es-US": namesOf(esUS, "SymptomType"),
};
