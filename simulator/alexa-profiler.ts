// Alexa's own reading of what people say: the deployed model's Utterance Profiler, through the ASK CLI
// (`ask smapi profile-nlu`). The literal and statistical resolvers are stand-ins; this is the one
// measure of understanding that is Alexa's. It needs what only a deployment has: the skill deployed
// (`npm run package`, then `ask deploy`), the ASK CLI signed in, and the network. Development only.
import { spawn } from "node:child_process";
import type { v1 } from "ask-smapi-model";
import { mostUrgent } from "../lambda/content-lookup/red-flags";
import type { Locale } from "../lambda/i18n/resources";
import type { SlotFill } from "./envelopes";
import {
  FALLBACK_INTENT,
  type InteractionModel,
  type Resolved,
  requestIn,
  spokenDigits,
  withoutJoiningWord,
  words,
} from "./resolver";

export type Profile = v1.skill.evaluations.ProfileNluResponse;

/** Runs one ASK CLI command and gives its standard output; throws with its error output if it fails. */
export type AskCli = (args: readonly string[]) => Promise<string>;

export interface ProfilerSettings {
  skillId: string;
  locale: Locale;
  /** The ASK CLI profile; the CLI's own default when absent. */
  profile?: string;
  /** The skill's stage whose model is profiled. */
  stage?: "development" | "live";
}

/** The resolution Alexa's profile describes, in the shape the stand-in resolvers give. */
export function resolvedFromProfile(model: InteractionModel, profile: Profile, oneShot: boolean): Resolved {
  const selected = profile.selectedIntent;
  const intent = model.interactionModel.languageModel.intents.find((i) => i.name === selected?.name);
  if (!selected || !intent)
    return { kind: "intent", intent: FALLBACK_INTENT, slots: {}, near: false, oneShot };
  const slots: Record<string, SlotFill | undefined> = {};
  for (const { name, type } of intent.slots ?? []) {
    const heard = selected.slots?.[name];
    if (heard?.value === undefined) {
      slots[name] = undefined;
      continue;
    }
    // Every value matched, across authorities; of several, the one the skill would act on: the most
    // urgent sign (as the skill reads a symptom slot), else the first (as it reads a topic's).
    const matched = (heard.resolutions?.resolutionsPerAuthority ?? [])
      .filter((authority) => authority.status?.code === "ER_SUCCESS_MATCH")
      .flatMap((authority) => authority.values ?? [])
      .filter((value): value is { id: string; name?: string } => value.id !== undefined);
    const id = mostUrgent(matched.map((value) => value.id)) ?? matched[0]?.id;
    const value = matched.find((v) => v.id === id);
    slots[name] =
      value !== undefined
        ? { value: heard.value, type, id: value.id, name: value.name ?? value.id }
        : { value: heard.value, type };
  }
  return { kind: "intent", intent: intent.name, slots, near: false, oneShot };
}

/** The profile the ASK CLI printed, as JSON. */
function profileIn(out: string): Profile {
  try {
    return JSON.parse(out) as Profile;
  } catch {
    throw new Error(`the ASK CLI did not answer with the profiler's JSON: ${out.slice(0, 200)}`);
  }
}

/** The ASK CLI as a child process: `ask` on the PATH. */
export const askCli: AskCli = (args) =>
  new Promise((resolve, reject) => {
    const child = spawn("ask", [...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString("utf8");
    });
    child.on("error", (error) => reject(new Error(`the ASK CLI could not be run (${error.message})`)));
    child.on("close", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`ask ${args[0]} ${args[1]} failed: ${err.trim()}`)),
    );
  });

/**
 * The API behind the profiler now and then fails a call that succeeds when made again; over some 1,500
 * calls one such failure would end the measurement. A second failure is a real one.
 */
async function askAgainOnce(run: AskCli, args: readonly string[]): Promise<string> {
  try {
    return await run(args);
  } catch {
    return run(args);
  }
}

/** A resolver that asks the deployed model: launches and one-shots read as the stand-ins read them. */
export function createAlexaResolver(
  model: InteractionModel,
  { skillId, locale, profile, stage = "development" }: ProfilerSettings,
  run: AskCli = askCli,
): { resolve(text: string): Promise<Resolved> } {
  const language = model.interactionModel.languageModel;
  return {
    async resolve(text) {
      const said = requestIn(language, spokenDigits(text, locale), locale);
      if (said.kind === "launch") return said;
      // Alexa hears "ask back spasm guide to call 911" as "call 911": the word joining the request to
      // the skill's name is not part of it.
      const heard = words(said.text);
      const utterance = ((said.oneShot && withoutJoiningWord(heard, locale)) || heard)
        .map((w) => w.text)
        .join(" ");
      const where = ["-s", skillId, "-g", stage, "-l", locale];
      const args = ["smapi", "profile-nlu", ...where, "--utterance", utterance];
      const out = await askAgainOnce(run, profile ? [...args, "-p", profile] : args);
      return resolvedFromProfile(model, profileIn(out), said.oneShot);
    },
  };
}
