// `npm run nlu`: how well the interaction model understands people, measured on the evaluation sets
// (tests/nlu/eval/<locale>.json, written apart from the samples, and its held-out part, written blind)
// with two resolvers: the simulator's literal one, and a statistical one trained here on the model's
// own samples and slot values (over several pairings of fills with samples: see DRAWS). With
// `--alexa`, a third column is Alexa's own reading, asked of the deployed model. Prints per-intent
// accuracy, the totals, and the emergency row (emergency statements that reach the emergency outcome
// through the real skill). Exits 1 when a target is missed. A benchmark, not a test.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type HeardSymptom, lookUpStatement } from "../lambda/content-lookup/heard-symptom.ts";
import { CAUSE_IDS } from "../lambda/content-lookup/lists.ts";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags.ts";
import {
  AMAZON,
  CHECK_INTENT,
  EMERGENCY_INTENT,
  NOT_COVERED_INTENT,
  SYMPTOM_INTENT,
  SYMPTOM_SLOT,
  UNSURE_INTENT,
} from "../lambda/handlers/intents.ts";
import { signNamed, topicFor } from "../lambda/handlers/topic-handlers.ts";
import { resolveLocale, translatorFor } from "../lambda/i18n/translator.ts";
import { createAlexaResolver } from "../simulator/alexa-profiler.ts";
import { intentRequest } from "../simulator/envelopes.ts";
import { createResolver, type InteractionModel, type Resolved } from "../simulator/resolver.ts";
import { runMain } from "../simulator/run-main.ts";
import { LocalSession } from "../simulator/session.ts";
import { createStatisticalResolver } from "../simulator/statistical-resolver.ts";
import { EVAL_LOCALES, EVAL_PARTS, type EvalEntry, readEvalSet } from "../tests/nlu/eval/eval-set.ts";
import { ROOT } from "./build.mts";
import { SKILL_ID_PATTERN } from "./skill-id.mts";

/** The targets of issue 10, as fractions. */
const TARGETS = { statistical: 0.9, literal: 0.5, emergency: 1 };

/** The label an intent gives without a slot, as the evaluation set writes it. */
const INTENT_LABELS: Readonly<Record<string, string>> = {
  OverviewIntent: "topic:overview",
  CausesIntent: "topic:causes",
  WhenToSeeSpecialistIntent: "topic:whenToSee",
  [CHECK_INTENT]: "check",
  SpecialistCareIntent: "topic:specialistCare",
  SelfCareIntent: "topic:selfCare",
  ClinicNumberIntent: "clinic:number",
  ClinicLocationIntent: "clinic:location",
  [NOT_COVERED_INTENT]: "notCovered",
  [EMERGENCY_INTENT]: "emergency",
  [UNSURE_INTENT]: "answer:unsure",
  [AMAZON.yes]: "answer:yes",
  [AMAZON.no]: "answer:no",
  [AMAZON.help]: "help",
  [AMAZON.repeat]: "repeat",
  [AMAZON.stop]: "stop",
  [AMAZON.cancel]: "stop",
  [AMAZON.startOver]: "startOver",
  [AMAZON.more]: "more",
  [AMAZON.home]: "home",
  [AMAZON.fallback]: "fallback",
};

/** A symptom statement as the evaluation set labels it: a call for help is the emergency. */
function heardLabel(heard: HeardSymptom | undefined): string | undefined {
  if (heard === undefined) return undefined;
  return heard.kind === "help" ? "emergency" : `symptom:${heard.id}`;
}

/** What the skill does with a resolution, as an evaluation label: topics as the skill reads them. */
function labelOf(resolved: Resolved, locale: string): string {
  if (resolved.kind === "launch") return "launch";
  if (resolved.intent === SYMPTOM_INTENT) {
    const fill = resolved.slots[SYMPTOM_SLOT];
    if (fill?.id !== undefined) return `symptom:${fill.id}`;
    // As the skill does: words the slot did not resolve are looked up, in the request's language.
    const heard = fill?.value === undefined ? undefined : lookUpStatement(fill.value, resolveLocale(locale));
    return heardLabel(heard) ?? "symptom:unnamed";
  }
  const envelope = intentRequest({ skillId: "", locale }, resolved.intent, resolved.slots);
  // As the skill does: a red-flag sign named in a topic's slot is the sign.
  const sign = heardLabel(topicFor(resolved.intent, envelope) ? signNamed(envelope) : undefined);
  if (sign) return sign;
  const topic = topicFor(resolved.intent, envelope);
  if (topic?.kind === "cause" || topic?.kind === "treatment") {
    if (topic.id === undefined) return "notCovered";
    return CAUSE_IDS.includes(topic.id) ? `cause:${topic.id}` : `treatment:${topic.id}`;
  }
  return INTENT_LABELS[resolved.intent] ?? resolved.intent;
}

/** The intent a label is a row of: the intent that gives it. */
function rowOf(label: string): string {
  const prefix = label.split(":")[0] ?? label;
  const byPrefix: Record<string, string> = {
    cause: "CauseIntent",
    treatment: "TreatmentIntent",
    symptom: SYMPTOM_INTENT,
  };
  if (byPrefix[prefix]) return byPrefix[prefix];
  return Object.entries(INTENT_LABELS).find(([, l]) => l === label)?.[0] ?? label;
}

const EMERGENCY_FLAGS = new Set(RED_FLAGS.filter((f) => f.tier === "emergency").map((f) => f.id));

/** Statements that must reach the emergency outcome: calls for help and emergency signs. */
function isEmergencyStatement(entry: EvalEntry): boolean {
  return entry.expect === "emergency" || EMERGENCY_FLAGS.has(entry.expect.replace(/^symptom:/, ""));
}

/** Whether the real skill, given this resolution after launch (or mid-check), gives the emergency outcome. */
async function givesEmergencyOutcome(
  resolved: Resolved,
  context: EvalEntry["context"],
  startCheck: Resolved,
  locale: string,
): Promise<boolean> {
  const turns: Resolved[] = [{ kind: "launch" }, ...(context === "check" ? [startCheck] : []), resolved];
  const first = translatorFor(locale)("check:outcomes.emergency.first");
  const session = new LocalSession({
    locale,
    log: () => {},
    resolver: {
      resolve: () => turns.shift() ?? { kind: "launch" },
      slotFill: (type, value) => ({ type, value }),
    },
  });
  let heard = (await session.send("")).heard;
  while (turns.length > 0) heard = (await session.send("")).heard;
  return heard.ended && heard.text.startsWith(first);
}

interface Scored {
  entry: EvalEntry;
  /** What the resolver gave, in each draw (one for the literal resolver). */
  labels: string[];
  /** Whether an emergency statement reached the emergency outcome, in each draw; else undefined. */
  emergency: boolean[] | undefined;
}

/** The share of draws that gave the expected label. */
const rightShare = (s: Scored) =>
  s.labels.filter((label) => label === s.entry.expect).length / s.labels.length;
/** An emergency statement counts only when it reaches the emergency outcome in every draw. */
const alwaysEmergency = (s: Scored) => s.emergency?.every(Boolean) === true;

type Resolve = (text: string) => Promise<Resolved>;

/** Each entry resolved by each of `draws` (resolvers trained alike but for their draw). */
async function score(set: EvalEntry[], draws: readonly Resolve[], startCheck: Resolved, locale: string) {
  const scored: Scored[] = [];
  for (const entry of set) {
    const resolutions = await Promise.all(draws.map((resolve) => resolve(entry.say)));
    const emergency = isEmergencyStatement(entry)
      ? await Promise.all(
          resolutions.map((resolved) => givesEmergencyOutcome(resolved, entry.context, startCheck, locale)),
        )
      : undefined;
    scored.push({ entry, labels: resolutions.map((resolved) => labelOf(resolved, locale)), emergency });
  }
  return scored;
}

const pct = (n: number, of: number) => (of === 0 ? "  -  " : `${((100 * n) / of).toFixed(1).padStart(5)}%`);

function table(results: Record<string, Scored[]>): Record<string, { right: number; of: number }> {
  const names = Object.keys(results);
  const rows = new Map<string, string[]>();
  for (const item of Object.values(results)[0] ?? []) {
    const row = rowOf(item.entry.expect);
    rows.set(row, [...(rows.get(row) ?? []), item.entry.expect]);
  }
  const head = `${"intent (expected)".padEnd(28)}${"n".padStart(5)}${names.map((n) => n.padStart(13)).join("")}`;
  console.log(head);
  console.log("-".repeat(head.length));
  const totals: Record<string, { right: number; of: number }> = {};
  for (const row of [...rows.keys()].sort()) {
    const cells = names.map((name) => {
      const inRow = (results[name] ?? []).filter((s) => rowOf(s.entry.expect) === row);
      const right = inRow.reduce((sum, s) => sum + rightShare(s), 0);
      return pct(right, inRow.length).padStart(13);
    });
    console.log(`${row.padEnd(28)}${String(rows.get(row)?.length).padStart(5)}${cells.join("")}`);
  }
  console.log("-".repeat(head.length));
  const all = names.map((name) => {
    const scored = results[name] ?? [];
    const right = scored.reduce((sum, s) => sum + rightShare(s), 0);
    totals[name] = { right, of: scored.length };
    return `${`${Math.round(right)}/${scored.length}`.padStart(8)}${pct(right, scored.length)}`.padStart(13);
  });
  console.log(`${"all".padEnd(28)}${String(Object.values(results)[0]?.length).padStart(5)}${all.join("")}`);
  const emergency = names.map((name) => {
    const statements = (results[name] ?? []).filter((s) => s.emergency !== undefined);
    const right = statements.filter(alwaysEmergency).length;
    totals[`${name} emergency`] = { right, of: statements.length };
    return `${`${right}/${statements.length}`.padStart(8)}${pct(right, statements.length)}`.padStart(13);
  });
  for (const [name, scored] of Object.entries(results)) {
    const draws = scored[0]?.labels.length ?? 0;
    if (draws < 2) continue;
    const perDraw = Array.from(
      { length: draws },
      (_, d) => scored.filter((s) => s.labels[d] === s.entry.expect).length,
    ).sort((a, b) => a - b);
    const range = `${pct(perDraw[0] ?? 0, scored.length).trim()} to ${pct(perDraw[draws - 1] ?? 0, scored.length).trim()}`;
    console.log(`${`${name}, the mean of ${draws} draws`.padEnd(33)} one draw alone: ${range}`);
  }
  const count = Object.values(results)[0]?.filter((s) => s.emergency !== undefined).length;
  console.log(`${"emergency outcome".padEnd(28)}${String(count).padStart(5)}${emergency.join("")}`);
  // Counted draw by draw too: steadier than "in every draw" for telling one model from another.
  for (const [name, scored] of Object.entries(results)) {
    const pairs = scored.flatMap((s) => s.emergency ?? []);
    if ((scored[0]?.labels.length ?? 0) < 2) continue;
    console.log(
      `${`${name}, draw by draw`.padEnd(33)} emergency outcome: ${pairs.filter(Boolean).length}/${pairs.length}`,
    );
  }
  return totals;
}

function misses(name: string, scored: Scored[]): void {
  const wrong = scored.filter((s) => rightShare(s) < 1 || (s.emergency !== undefined && !alwaysEmergency(s)));
  if (wrong.length === 0) return;
  console.log(`\n${name}: ${wrong.length} missed`);
  const draws = (count: number, of: number) => (of > 1 ? ` in ${count} of ${of} draws` : "");
  for (const s of wrong) {
    const wrongLabels = s.labels.filter((l) => l !== s.entry.expect);
    const heardAs = wrongLabels.length > 0 ? [...new Set(wrongLabels)].join(", ") : s.entry.expect;
    const missedIn = wrongLabels.length > 0 ? draws(wrongLabels.length, s.labels.length) : "";
    const withoutOutcome = (s.emergency ?? []).filter((reached) => !reached).length;
    const noEmergency =
      withoutOutcome > 0 ? ` (no emergency outcome${draws(withoutOutcome, s.labels.length)})` : "";
    console.log(
      `  ${s.entry.expect.padEnd(28)} → ${heardAs.padEnd(28)} "${s.entry.say}"${missedIn && ` (${missedIn.trim()})`}${noEmergency}`,
    );
  }
}

async function main(): Promise<number> {
  const showMisses = process.argv.includes("--misses");
  // The lower bound: slot values resolved by their phrases only (see StatisticalOptions).
  const exactValues = process.argv.includes("--exact-values");
  if (exactValues) console.log("slot values resolved by their phrases only (--exact-values)");
  // Alexa's own reading, from the deployed model (see simulator/alexa-profiler.ts).
  const skillId = process.env.SKILL_ID?.trim();
  const withAlexa = process.argv.includes("--alexa");
  if (withAlexa && !SKILL_ID_PATTERN.test(skillId ?? "")) {
    console.error(
      `npm run nlu -- --alexa asks the deployed model: set SKILL_ID to the skill's id (${skillId ? `"${skillId}" is not one` : "it is unset"}), ` +
        "deploy it (npm run package, then ask deploy) and sign in to the ASK CLI (ask configure).",
    );
    return 2;
  }
  let missed = false;
  for (const locale of EVAL_LOCALES) {
    const file = join(ROOT, "interaction-model", `${locale}.json`);
    if (!existsSync(file)) {
      console.log(`\n${locale}: no interaction model yet (interaction-model/${locale}.json): not measured.`);
      continue;
    }
    const model = JSON.parse(readFileSync(file, "utf8")) as InteractionModel;
    const literal = createResolver(model, resolveLocale(locale));
    const statistical = await Promise.all(
      Array.from({ length: DRAWS }, (_, draw) =>
        createStatisticalResolver(model, locale, { exactValues, draw }),
      ),
    );
    const alexa =
      withAlexa && skillId
        ? createAlexaResolver(model, {
            skillId,
            locale: resolveLocale(locale),
            profile: process.env.ASK_DEFAULT_PROFILE?.trim() || undefined,
          })
        : undefined;
    const startCheck = literal.resolve(CHECK_REQUEST);
    for (const part of EVAL_PARTS) {
      const set = readEvalSet(locale, part);
      const results = {
        literal: await score(set, [async (text) => literal.resolve(text)], startCheck, locale),
        statistical: await score(
          set,
          statistical.map((resolver) => (text: string) => resolver.resolve(text)),
          startCheck,
          locale,
        ),
        ...(alexa
          ? { alexa: await score(set, [askedWithProgress(alexa, set.length)], startCheck, locale) }
          : {}),
      };
      console.log(`\n${locale}, ${PART_TITLES[part]}: ${set.length} utterances\n`);
      const totals = table(results);
      // The held-out part's misses stay unprinted, so that nobody tunes the model to them.
      if (showMisses && part === "main")
        for (const [name, scored] of Object.entries(results)) misses(name, scored);
      if (!reportTargets(totals)) missed = true;
    }
  }
  return missed ? 1 : 0;
}

/** Alexa is asked once per utterance over the network: a line on stderr every hundred says how far. */
function askedWithProgress(alexa: { resolve: Resolve }, of: number): Resolve {
  let asked = 0;
  return async (text) => {
    const resolved = await alexa.resolve(text);
    asked += 1;
    if (asked % 100 === 0 || asked === of) console.error(`asked Alexa ${asked} of ${of}`);
    return resolved;
  };
}

/** Prints each target as met or missed; true when every one is met. */
function reportTargets(totals: Record<string, { right: number; of: number }>): boolean {
  type Check = [string, { right: number; of: number } | undefined, number];
  const checks: Check[] = [
    ["statistical", totals.statistical, TARGETS.statistical],
    ["literal", totals.literal, TARGETS.literal],
    ["statistical emergency", totals["statistical emergency"], TARGETS.emergency],
    ["literal emergency", totals["literal emergency"], TARGETS.emergency],
    // Alexa's own reading, when measured, is held to the statistical stand-in's targets.
    ...(totals.alexa
      ? [
          ["alexa", totals.alexa, TARGETS.statistical] as Check,
          ["alexa emergency", totals["alexa emergency"], TARGETS.emergency] as Check,
        ]
      : []),
  ];
  console.log();
  let allMet = true;
  for (const [name, total, target] of checks) {
    const met = total !== undefined && total.of > 0 && total.right / total.of >= target;
    if (!met) allMet = false;
    console.log(
      `${met ? "met   " : "MISSED"} ${name}: ${pct(total?.right ?? 0, total?.of ?? 0)} (target ${target * 100}%)`,
    );
  }
  return allMet;
}

const PART_TITLES = {
  main: "main set (its misses have briefed model passes)",
  heldOut: "held-out set (written blind; its misses are never printed)",
} as const;

/**
 * How many pairings of slot fills with samples the statistical resolver is trained on: its figures are
 * the mean over them, and an emergency statement counts only when every one gives the emergency outcome.
 * One pairing alone moved a set's figure by up to five and a half points.
 */
const DRAWS = 5;

/** How the check is started before an answer said mid-check. */
const CHECK_REQUEST = "check my symptoms";

runMain(main);
