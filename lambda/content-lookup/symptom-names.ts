// The names a person may say for each red-flag sign: the value and synonyms of each SymptomType value
// in the interaction model (its ids are the red-flag ids). In the Lambda bundle, scripts/build.mts
// puts this list in the module's place as data, so the bundle carries these names, not the model.
import model from "../../interaction-model/en-US.json";

interface TypeValue {
  id?: string;
  name: { value: string; synonyms?: string[] };
}

function namesOf(typeName: string): [name: string, id: string][] {
  const types: { name: string; values: TypeValue[] }[] = model.interactionModel.languageModel.types;
  const values = types.find((type) => type.name === typeName)?.values ?? [];
  return values.flatMap(({ id, name }) =>
    id === undefined
      ? []
      : [name.value, ...(name.synonyms ?? [])].map((said): [string, string] => [said, id]),
  );
}

/** Every name of every sign, with the sign's red-flag id. */
export const SYMPTOM_NAMES: readonly (readonly [name: string, id: string])[] = namesOf("SymptomType");
