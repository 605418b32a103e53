// Checks JSON against the Swagger definitions that ask-smapi-model ships (spec.json): the definitions
// its TypeScript types are generated from, with the limits the types cannot express (maxLength,
// maxItems, patterns, enums), validated by ajv. Stricter than Swagger in one way: an object whose
// definition lists its properties may hold no others, so a misspelt field cannot slip through.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv from "ajv";

interface Definition {
  type?: string;
  properties?: object;
  additionalProperties?: unknown;
  discriminator?: string;
  required?: string[];
  allOf?: Definition[];
  $ref?: string;
  if?: object;
  then?: object;
  "x-discriminator-value"?: string;
}

const specFile = createRequire(import.meta.url).resolve("ask-smapi-model/spec.json");
const { definitions } = JSON.parse(readFileSync(specFile, "utf8")) as {
  definitions: Record<string, Definition>;
};
for (const definition of Object.values(definitions)) {
  // Polymorphic definitions (with a discriminator) are extended by others, so they stay open.
  const closable = definition.type === "object" && definition.properties && !definition.discriminator;
  if (closable && definition.additionalProperties === undefined) definition.additionalProperties = false;
}

// A polymorphic definition (each interface in the manifest's apis.custom.interfaces, each slot
// validation...) is checked by ajv only as its base, which holds nothing but the discriminator: the
// subtype's fields (the APL interface's supportedViewports) would go unchecked. So each subtype Swagger
// names by its discriminator's value is checked whenever that value appears, closed like the others.
// A value no subtype names (CAN_FULFILL_INTENT_REQUEST, which Alexa documents but the definitions lack)
// is still only the base.
const REF = "#/definitions/";
for (const subtype of Object.values(definitions)) {
  const value = subtype["x-discriminator-value"];
  const parts = subtype.allOf ?? [];
  const baseName = parts.find((part) => part.$ref?.startsWith(REF))?.$ref?.slice(REF.length);
  const base = baseName ? definitions[baseName] : undefined;
  if (value === undefined || !base?.discriminator) continue;
  const own = parts.filter((part) => !part.$ref);
  const properties = Object.assign({}, base.properties, ...own.map((part) => part.properties ?? {}));
  const required = own.flatMap((part) => part.required ?? []);
  const then = { type: "object", properties, required, additionalProperties: false };
  const when = { properties: { [base.discriminator]: { const: value } }, required: [base.discriminator] };
  base.allOf = [...(base.allOf ?? []), { if: when, then }];
}

// Swagger 2.0 carries keywords JSON Schema does not know (discriminator, x-…): not strict about those.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ definitions }, "smapi");

/** Problems with `value` as an instance of the named ask-smapi-model definition; empty when it fits. */
export function smapiProblems(definition: string, value: unknown): string[] {
  const validate = ajv.getSchema(`smapi#/definitions/${definition}`);
  if (!validate) return [`no definition ${definition} in ask-smapi-model`];
  if (validate(value)) return [];
  return (validate.errors ?? []).map(
    (e) => `$${e.instancePath.replaceAll("/", ".")}: ${e.message} ${JSON.stringify(e.params)}`,
  );
}
