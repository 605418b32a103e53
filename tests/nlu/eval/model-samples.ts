// Whether an utterance is a sample of an interaction model, with each {slot} filled by every value
// and synonym of its slot type. Reads whatever intents and types the models have, so it keeps
// working as they grow.
import { type LanguageModel, type ModelIntent, normalise } from "../../support/model";

export interface SampleHit {
  intent: string;
  sample: string;
}

/** How a one-shot request starts ("ask back spasm guide for ..."); Alexa passes on the rest. */
const LAUNCH_WORDS = "(?:ask|tell|open|launch|start|use|talk to)";
/** Words that may join the invocation name to the request; Alexa may or may not keep them. */
const JOINER = /^(?:to|for|about|if|whether|that|and) /;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function slotPattern(model: LanguageModel, intent: ModelIntent, slotName: string): string {
  const slot = intent.slots?.find((s) => s.name.toLowerCase() === slotName);
  const type = model.types?.find((t) => t.name === slot?.type);
  // A built-in type (AMAZON.NUMBER, ...) lists no values in the model: any words fill it.
  if (!type) return ".+";
  const phrases = type.values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]);
  return `(?:${phrases.map((phrase) => escapeRegExp(normalise(phrase))).join("|")})`;
}

function samplePattern(model: LanguageModel, intent: ModelIntent, sample: string): RegExp {
  // normalise keeps braces and lower-cases slot names; odd parts are slot names, even parts words.
  const parts = normalise(sample).split(/\{([^}]*)\}/);
  const source = parts
    .map((part, i) => (i % 2 === 1 ? slotPattern(model, intent, part) : escapeRegExp(part)))
    .join("");
  return new RegExp(`^${source}$`);
}

/** The utterance, and for a one-shot ("ask <invocation> for X") the request Alexa would pass on. */
function requestsIn(utterance: string, invocationNames: string[]): string[] {
  const requests = [utterance];
  for (const name of invocationNames) {
    const rest = new RegExp(`^${LAUNCH_WORDS} ${escapeRegExp(name)} (.+)$`).exec(utterance)?.[1];
    if (rest) requests.push(rest, rest.replace(JOINER, ""));
  }
  return requests;
}

/** A function telling which sample of these models, if any, an utterance is (after normalising). */
export function sampleMatcher(models: LanguageModel[]): (utterance: string) => SampleHit | undefined {
  const samples = models.flatMap((model) =>
    model.intents.flatMap((intent) =>
      (intent.samples ?? []).map((sample) => ({
        intent: intent.name,
        sample,
        pattern: samplePattern(model, intent, sample),
      })),
    ),
  );
  const invocationNames = models.map((model) => normalise(model.invocationName));
  return (utterance) => {
    const requests = requestsIn(normalise(utterance), invocationNames);
    const hit = samples.find(({ pattern }) => requests.some((request) => pattern.test(request)));
    return hit && { intent: hit.intent, sample: hit.sample };
  };
}
