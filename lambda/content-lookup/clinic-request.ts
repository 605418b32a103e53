// A request for the clinic's number or whereabouts said where a cause or treatment goes ("what is the
// clinic number", "what about the address", "háblame de la dirección"): the carrier is a topic's, the
// words are the clinic's. Looked up only when the words name no cause or treatment. Pure.
import type { Locale } from "../i18n/resources";
import { normaliseName } from "./topic-names";

export type ClinicRequest = "clinicNumber" | "clinicLocation";

/** Words that ask for the number or the place, as normaliseName leaves them (singular, no accents). */
const CLINIC_WORDS: Readonly<Record<Locale, Readonly<Record<ClinicRequest, readonly string[]>>>> = {
  "en-US": {
    clinicNumber: ["number", "phone", "telephone", "call"],
    clinicLocation: ["address", "where", "location", "located", "direction"],
  },
  "es-US": {
    clinicNumber: ["numero", "telefono", "llamar", "llamo"],
    clinicLocation: ["direccion", "donde", "ubicacion", "ubicada", "ubicado", "queda"],
  },
};

/** The clinic's number or place, when `heard` asks for one (the number first), else undefined. */
export function clinicRequestIn(heard: string, locale: Locale): ClinicRequest | undefined {
  const words = new Set(normaliseName(heard).split(" "));
  const asks = (request: ClinicRequest) => CLINIC_WORDS[locale][request].some((word) => words.has(word));
  if (asks("clinicNumber")) return "clinicNumber";
  if (asks("clinicLocation")) return "clinicLocation";
  return undefined;
}
