// Checks JSON against the Swagger definitions that ask-smapi-model ships (spec.json): the same
// definitions its TypeScript types are generated from, with the limits the types cannot express
// (maxLength, maxItems, patterns, enums). Stricter than Swagger in one way: a property an object's
// definition does not declare is reported, so a misspelt field cannot slip through.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minProperties?: number;
  maxProperties?: number;
  discriminator?: string;
}

const specFile = createRequire(import.meta.url).resolve("ask-smapi-model/spec.json");
const definitions: Record<string, Schema> = JSON.parse(readFileSync(specFile, "utf8")).definitions;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typeProblem(type: string | undefined, value: unknown): boolean {
  switch (type) {
    case "object":
      return !isRecord(value);
    case "array":
      return !Array.isArray(value);
    case "string":
      return typeof value !== "string";
    case "boolean":
      return typeof value !== "boolean";
    case "integer":
      return !Number.isInteger(value);
    case "number":
      return typeof value !== "number";
    default:
      return false;
  }
}

function check(schema: Schema, value: unknown, at: string, problems: string[]): void {
  if (schema.$ref) {
    const name = schema.$ref.replace("#/definitions/", "");
    const target = definitions[name];
    if (!target) problems.push(`${at}: unknown definition ${name}`);
    else check(target, value, at, problems);
    return;
  }
  if (typeProblem(schema.type, value)) {
    problems.push(`${at}: expected ${schema.type}, got ${JSON.stringify(value)}`);
    return;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    const shown =
      schema.enum.length > 8 ? `${schema.enum.slice(0, 8).join(", ")}, ...` : schema.enum.join(", ");
    problems.push(`${at}: ${JSON.stringify(value)} is not one of ${shown}`);
  }
  if (typeof value === "string") {
    if (schema.minLength !== undefined && value.length < schema.minLength) {
      problems.push(`${at}: shorter than ${schema.minLength} characters`);
    }
    if (schema.maxLength !== undefined && value.length > schema.maxLength) {
      problems.push(`${at}: ${value.length} characters, over ${schema.maxLength}`);
    }
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) {
      problems.push(`${at}: does not match ${schema.pattern}`);
    }
  }
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum)
      problems.push(`${at}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum)
      problems.push(`${at}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      problems.push(`${at}: fewer than ${schema.minItems} items`);
    }
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      problems.push(`${at}: ${value.length} items, over ${schema.maxItems}`);
    }
    if (schema.items) {
      const items = schema.items;
      value.forEach((item, i) => {
        check(items, item, `${at}[${i}]`, problems);
      });
    }
  }
  if (isRecord(value)) checkObject(schema, value, at, problems);
}

function checkObject(schema: Schema, value: Record<string, unknown>, at: string, problems: string[]): void {
  const keys = Object.keys(value);
  if (schema.minProperties !== undefined && keys.length < schema.minProperties) {
    problems.push(`${at}: fewer than ${schema.minProperties} properties`);
  }
  if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) {
    problems.push(`${at}: more than ${schema.maxProperties} properties`);
  }
  for (const name of schema.required ?? []) {
    if (!(name in value)) problems.push(`${at}: missing required ${name}`);
  }
  for (const key of keys) {
    const declared = schema.properties?.[key];
    if (declared) check(declared, value[key], `${at}.${key}`, problems);
    else if (isRecord(schema.additionalProperties)) {
      check(schema.additionalProperties, value[key], `${at}.${key}`, problems);
    } else if (schema.properties && schema.additionalProperties !== true && !schema.discriminator) {
      problems.push(`${at}.${key}: not a property of this object`);
    }
  }
}

/** Problems with `value` as an instance of the named ask-smapi-model definition; empty when it fits. */
export function smapiProblems(definition: string, value: unknown): string[] {
  const problems: string[] = [];
  check({ $ref: `#/definitions/${definition}` }, value, "$", problems);
  return problems;
}
