// The names a person may say for each red-flag sign: the value and synonyms of each SymptomType value
// in the interaction model (its ids are the red-flag ids), as the lookup compares them (spoken-words.ts),
// each once. In the Lambda bundle, scripts/build.mts puts this in the module's place as data, so the
// bundle carries these few words, not the model.
import model from "../../interaction-model/en-US.json";
import { keyWords } from "./spoken-words";

interface TypeValue {
  id?: string;
  name: { value: string; synonyms?: string[] };
}

function namesOf(typeName: string): Record<string, string[]> {
  const types: { name: string; values: TypeValue[] }[] = model.interactionModel.languageModel.types;
  const values = types.find((type) => type.name === typeName)?.values ?? [];
  const names: Record<string, string[]> = {};
  for (const { id, name } of values) {
    if (id === undefined) continue;
    const keys = [name.value, ...(name.synonyms ?? [])].map((said) => keyWords(said).join(" "));
    names[id] = [...new Set(keys)].filter((key) => key !== "");
  }
  return names;
}

/** Every name of every sign, by red-flag id, as words to compare. */
export const SYMPTOM_NAMES: Readonly<Record<string, readonly string[]>> = namesOf("SymptomType");
