// `npm start`: talk to the skill in a terminal, through the real interaction model and the real skill.
//   npm start                                  a conversation (arrow keys for history, "quit" leaves)
//   npm start -- "what causes back spasms"     answer once and exit
//   echo "what causes back spasms" | npm start answer each line and exit at the end
// Flags: --locale (the device's language: en-US, es-US, ...), --json (raw request and response), --speak
// (read answers aloud with espeak-ng, in the locale's language), --log (the skill's per-request log
// lines, on stderr), --device show (an Echo Show: each screen as text, and a typed button label taps
// it), --literal (no statistical resolver), --help.
// What the literal resolver does not match goes to a statistical one trained on the locale's model's
// samples (simulator/statistical-resolver.ts), as Alexa generalises; its answer is marked "≈ nearest".
import { spawnSync } from "node:child_process";
import { createInterface } from "node:readline";
import type { services } from "ask-sdk-model";
import { type Locale, SUPPORTED_LOCALES } from "../lambda/i18n/resources.ts";
import { resolveLocale } from "../lambda/i18n/translator.ts";
import type { LogSink } from "../lambda/skill/request-log.ts";
import { type ApiCall, LocalAlexaApi } from "./alexa-api.ts";
import { runMain } from "./run-main.ts";
import { screenLines } from "./screen.ts";
import { type Exchange, LocalSession, MODELS, PERMISSION_COMMANDS } from "./session.ts";
import { createStatisticalResolver } from "./statistical-resolver.ts";

const USAGE = `Talk to Back Spasm Guide as you would to Alexa.

  npm start                                  a conversation
  npm start -- "what causes back spasms"     answer once and exit
  echo "what causes back spasms" | npm start answer each line and exit

Flags (after --): --locale L    the device's locale (${SUPPORTED_LOCALES.join(", ")}; any
                                other is answered in English, as on a device); en-US
                                by default. es-US talks Spanish through the Spanish
                                model: "abre guía de espasmos de espalda"
                  --json        raw request and response
                  --speak       read answers aloud with espeak-ng, in the locale's language
                  --log         the skill's per-request log lines
                  --device show an Echo Show: each screen is printed as
                                text (title, numbers, words, [ buttons ]), and
                                typing a button's label touches it
                  --literal     only the model's samples, word for word: no
                                statistical resolver for what they miss
                  --help        this text

What no sample matches word for word goes to a statistical resolver trained
on the model's samples, as Alexa generalises; its answer is marked
"≈ nearest" with its score.

In the conversation: "open back spasm guide" (or an empty line) opens the skill,
"ask back spasm guide ..." asks in one go, and "quit" leaves. While the skill is
listening, an empty line is saying nothing: Alexa reads the reprompt and the
place is kept (in the symptom check too); a second empty line ends the session.

When the skill asks Alexa for a permission (to set a reminder), the directive is
shown and Alexa's prompt waits: answer it with /accept or /deny. Alexa's API is a
local stand-in on 127.0.0.1 here; the calls the skill makes to it are shown.`;

const FLAGS = new Set(["--json", "--speak", "--log", "--literal", "--help", "-h"]);
const DEVICES = ["show", "speaker"] as const;
const LOCALE = /^[a-z]{2}-[A-Z]{2}$/;

/** espeak-ng's voice for each language the skill speaks. */
const VOICES: Readonly<Record<Locale, string>> = { "en-US": "en-us", "es-US": "es-419" };

interface Options {
  /** The device's locale. */
  locale: string;
  json: boolean;
  speak: boolean;
  log: boolean;
  literal: boolean;
  help: boolean;
  /** An Echo Show: screens are printed and their buttons can be touched. */
  screen: boolean;
  utterance: string | undefined;
}

/** The value of `--name value` or `--name=value` (or `fallback` when absent), and the other arguments. */
function optionValue(all: readonly string[], name: string, fallback: string) {
  const args = all.flatMap((a) => (a.startsWith(`${name}=`) ? [name, a.slice(name.length + 1)] : [a]));
  const at = args.indexOf(name);
  if (at === -1) return { value: fallback, rest: args };
  return { value: args[at + 1], rest: args.filter((_, i) => i !== at && i !== at + 1) };
}

function parseArgs(all: readonly string[]): Options | string {
  const { value: device, rest } = optionValue(all, "--device", "speaker");
  if (!(DEVICES as readonly unknown[]).includes(device)) return `--device takes ${DEVICES.join(" or ")}.`;
  const { value: locale, rest: args } = optionValue(rest, "--locale", "en-US");
  if (locale === undefined || !LOCALE.test(locale)) return "--locale needs a locale such as es-US.";
  const unknown = args.find((a) => a.startsWith("-") && !FLAGS.has(a));
  if (unknown) return `Unknown option ${unknown}.`;
  const text = args.filter((a) => !FLAGS.has(a)).join(" ");
  return {
    locale,
    json: args.includes("--json"),
    speak: args.includes("--speak"),
    log: args.includes("--log"),
    literal: args.includes("--literal"),
    help: args.includes("--help") || args.includes("-h"),
    screen: device === "show",
    utterance: text === "" ? undefined : text,
  };
}

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string) => (text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const dim = paint("2");
const bold = paint("1");
const cyan = paint("36");

function describe(resolved: Exchange["resolved"], fresh: boolean): string {
  const session = fresh ? ", new session" : "";
  if (resolved.kind === "launch") return `LaunchRequest${session}`;
  if (resolved.kind === "permission") return `Connections.Response AskFor: ${resolved.answer}${session}`;
  if (resolved.kind === "touch") return `Alexa.Presentation.APL.UserEvent: touched [ ${resolved.label} ]`;
  const slots = Object.entries(resolved.slots).map(([name, fill]) => {
    if (!fill) return `${name}: (empty)`;
    if (fill.type.startsWith("AMAZON.")) return `${name}: ${fill.value}`;
    const id = fill.id === undefined ? "ER_SUCCESS_NO_MATCH" : `id ${fill.id}`;
    return `${name}: "${fill.value}" → ${id}`;
  });
  const how = resolved.nearest
    ? `score ${resolved.nearest.score.toFixed(2)}`
    : resolved.sample === undefined
      ? "no sample matched"
      : `${resolved.near ? "near " : ""}"${resolved.sample}"`;
  const oneShot = resolved.oneShot ? ", one-shot" : "";
  const nearest = resolved.nearest ? "≈ nearest: " : "";
  return [`${nearest}${resolved.intent} (${how}${oneShot}${session})`, ...slots].join("  ");
}

function show(exchange: Exchange, options: Options, apiCalls: readonly ApiCall[]): void {
  const { heard, request, response } = exchange;
  console.log(dim(`  ↳ ${describe(exchange.resolved, request.session?.new === true)}`));
  for (const call of apiCalls) console.log(cyan(apiLine(call)));
  showJson(options, request, response);
  console.log(`${bold("Alexa:")} ${heard.text || dim("(says nothing)")}`);
  if (heard.reprompt) console.log(dim(`  [reprompt] ${heard.reprompt}`));
  if (heard.card) {
    const lines = heard.card.text.split("\n").map((line) => `         ${line}`);
    console.log(cyan(`  [card] ${heard.card.title}\n${lines.join("\n")}`));
  }
  if (heard.askFor) {
    console.log(cyan(`  [directive] Connections.SendRequest AskFor ${heard.askFor.scope}`));
    console.log(dim("  Alexa asks for the permission: answer /accept or /deny."));
  }
  if (heard.screen) {
    const [first, ...rest] = screenLines(heard.screen);
    console.log(cyan([`  [${first}]`, ...rest.map((line) => `    ${line}`)].join("\n")));
  }
  if (heard.ended) console.log(dim("  [session ended]"));
  if (options.speak) speak(heard.text, options.locale);
  console.log();
}

/** espeak-ng is found on PATH or it is not; checked once. */
function speechAvailable(): boolean {
  return spawnSync("espeak-ng", ["--version"], { stdio: "ignore" }).error === undefined;
}

/** Reads `text` aloud; numbers digit by digit, as Alexa reads a telephone number. */
function speak(text: string, locale: string): void {
  const spoken = text.replace(/\d[\d-]*\d/g, (n) => [...n].map((c) => (c === "-" ? "," : c)).join(" "));
  spawnSync("espeak-ng", ["-v", VOICES[resolveLocale(locale)], spoken], { stdio: "ignore" });
}

function showJson(options: Options, request: unknown, response: unknown): void {
  if (!options.json) return;
  console.log(dim(`request:\n${JSON.stringify(request, null, 2)}`));
  console.log(dim(`response:\n${JSON.stringify(response, null, 2)}`));
}

/** An empty line while the skill listens: the person said nothing. */
async function sayNothing(session: LocalSession, options: Options): Promise<boolean> {
  const silence = await session.silence();
  if (!silence) return false;
  if (silence.kind === "reprompt") {
    console.log(`${bold("Alexa:")} ${silence.text} ${dim("(the reprompt: you said nothing)")}\n`);
  } else {
    showJson(options, silence.request, silence.response);
    console.log(dim("  [session ended: no answer after the reprompt]\n"));
  }
  return true;
}

/** A call the skill made to Alexa's API, in one line: no more than the clinic would want to see. */
function apiLine(call: ApiCall): string {
  const body = call.body as services.reminderManagement.ReminderRequest | undefined;
  const text = body?.alertInfo?.spokenInfo?.content?.[0]?.text;
  const when = body?.trigger ? `  at ${body.trigger.scheduledTime} ${body.trigger.timeZoneId}` : "";
  return `  [Alexa API] ${call.method} ${call.path}${when}${text ? `: "${text}"` : ""}`;
}

async function answer(
  session: LocalSession,
  api: LocalAlexaApi,
  text: string,
  options: Options,
): Promise<void> {
  if (text.trim() === "" && (await sayNothing(session, options))) return;
  if (Object.hasOwn(PERMISSION_COMMANDS, text.trim().toLowerCase()) && !session.permissionPrompt) {
    console.log(dim("  (Alexa is not asking for a permission: /accept and /deny answer her prompt)\n"));
    return;
  }
  const seen = api.calls.length;
  const exchange = await session.send(text);
  show(exchange, options, api.calls.slice(seen));
}

/** Ends an open session the way Alexa does; shown only with --json. */
async function leave(session: LocalSession, options: Options): Promise<void> {
  const ended = await session.close();
  if (ended) showJson(options, ended.request, ended.response);
}

const isQuit = (line: string) => line.trim().toLowerCase() === "quit";

/** Piped input: each line is said in turn, echoed so the output reads as a conversation. */
async function readPiped(session: LocalSession, api: LocalAlexaApi, options: Options): Promise<void> {
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    if (isQuit(line)) break;
    console.log(`you> ${line}`);
    await answer(session, api, line, options);
  }
  await leave(session, options);
}

async function converse(session: LocalSession, api: LocalAlexaApi, options: Options): Promise<void> {
  console.log(bold("Back Spasm Guide, on this computer."));
  console.log(
    dim(
      'Say what you would say to Alexa. Press Enter on an empty line to open the skill (or, once open, to say nothing); type "quit" to leave.\n',
    ),
  );
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    prompt: `${cyan("you>")} `,
    historySize: 200,
  });
  rl.on("SIGINT", () => rl.close()); // Ctrl-C leaves, as in any shell prompt.
  rl.prompt();
  for await (const line of rl) {
    if (isQuit(line)) break;
    try {
      await answer(session, api, line, options);
    } catch (error) {
      console.error(`The skill failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    rl.prompt();
  }
  rl.close();
  await leave(session, options);
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === "string") {
    console.error(`${options}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (options.speak && !speechAvailable()) {
    console.error(
      "--speak: espeak-ng is not installed (not found on PATH), so answers are shown but not spoken.",
    );
    options.speak = false;
  }
  // The skill writes one JSON line per request (for CloudWatch); here it would only clutter the answers.
  const log: LogSink = options.log ? (entry) => console.error(dim(JSON.stringify(entry))) : () => {};
  const api = await LocalAlexaApi.start();
  const language = resolveLocale(options.locale);
  const nearest = options.literal ? undefined : await createStatisticalResolver(MODELS[language], language);
  const session = new LocalSession({
    log,
    apiEndpoint: api.endpoint,
    screen: options.screen,
    locale: options.locale,
    ...(nearest ? { nearest } : {}),
  });
  try {
    if (options.utterance !== undefined) await answer(session, api, options.utterance, options);
    else if (process.stdin.isTTY) await converse(session, api, options);
    else await readPiped(session, api, options);
  } finally {
    await api.close();
  }
  return 0;
}

runMain(main);
