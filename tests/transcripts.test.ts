// Transcript tests: the conversations in tests/transcripts/*.txt (English) and
// tests/transcripts/<locale>/*.txt (every other supported locale, e.g. es-US/), each typed through that
// language's model and a local session of that locale into the real skill, as `npm start -- --locale`
// does. Every response also passes the response checks, because the session sends through `invoke`.
//
// Transcript format, one line each:
//   # ...                          a comment; blank lines are skipped
//   D: show                        before the first U:, the conversation is on an Echo Show: every
//                                  response carries a screen, and a U: line that is a button's label
//                                  touches it, as in `npm start -- --device show`
//   U: <text>                      what the person says; "U:" alone opens the skill, like an empty line
//   U: [each question] <text>      says <text> to the red-flag check's question, again and again while
//                                  the check asks, however many questions content/red-flags.json holds;
//                                  the A: lines are about the last answer
//   U: /accept, U: /deny           the answer to Alexa's permission prompt, as in `npm start`
//   A: <phrase>                    must appear in what Alexa says (case-insensitive, as in `npm start`)
//   A: [starts] <phrase>           what Alexa says begins with the phrase
//   A: [not] <phrase>              must not appear in what Alexa says
//   A: [reprompt] <phrase>         must appear in the reprompt
//   A: [card] <phrase>             a card is shown, and its title or text contains the phrase
//   A: [intent] <Name> [slot=id]   the text resolved to this intent (or LaunchRequest); slot=? means
//                                  the slot was heard but did not resolve (ER_SUCCESS_NO_MATCH)
//   A: [directive] <phrase>        the response asks Alexa for a permission ("Connections.SendRequest
//                                  AskFor <scope>")
//   A: [screen] <phrase>           a screen is shown, and its text (as `npm start -- --device show`
//                                  prints it) contains the phrase
//   A: [buttons] <a> | <b> | ...   the screen's buttons, exactly these labels in this order
//   A: [no screen]                 no screen goes with this response
//   A: [session ends]              the session ends after this turn
// A touched button resolves as "touch <what it stands for>", e.g. "A: [intent] touch yes".
// Every U: line needs at least one A: line. A turn without [session ends] must keep the session open.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from "../lambda/i18n/resources";
import { STATE_KEY } from "../lambda/state/session-state";
import { screenLines } from "../simulator/screen";
import { type Exchange, LocalSession } from "../simulator/session";
import { useLocalAlexaApi } from "./support/alexa-api";
import { invokeBundle, useBundle } from "./support/bundle";
import { invoke, TEST_SKILL_ID } from "./support/skill";

const DIR = join(import.meta.dirname, "transcripts");

type Marker =
  | "says"
  | "starts"
  | "not"
  | "reprompt"
  | "card"
  | "intent"
  | "directive"
  | "screen"
  | "buttons"
  | "no screen"
  | "session ends";

interface Expectation {
  marker: Marker;
  text: string;
  line: number;
}

interface Turn {
  utterance: string;
  /** Say it to every question the check asks, until the check is over. */
  eachQuestion: boolean;
  line: number;
  expectations: Expectation[];
}

const MARKERS: readonly Marker[] = [
  "starts",
  "not",
  "reprompt",
  "card",
  "intent",
  "directive",
  "screen",
  "buttons",
  "no screen",
  "session ends",
];

/** Markers that take no phrase. */
const BARE: readonly Marker[] = ["session ends", "no screen"];

function parseExpectation(body: string, line: number, where: string): Expectation {
  const marked = /^\[([^\]]+)\]\s*(.*)$/.exec(body);
  if (!marked) return { marker: "says", text: body, line };
  const marker = MARKERS.find((m) => m === marked[1]);
  if (!marker) throw new Error(`${where}: unknown marker [${marked[1]}]`);
  const text = marked[2] ?? "";
  if (BARE.includes(marker) !== (text === "")) throw new Error(`${where}: [${marker}] ${text}`);
  return { marker, text, line };
}

interface Transcript {
  /** On an Echo Show ("D: show"). */
  screen: boolean;
  turns: Turn[];
}

function parseTranscript(source: string, file: string): Transcript {
  const turns: Turn[] = [];
  let screen = false;
  source.split("\n").forEach((raw, i) => {
    const line = i + 1;
    const where = `${file}:${line}`;
    const text = raw.trim();
    if (text === "" || text.startsWith("#")) return;
    const said = /^([UAD]):\s?(.*)$/.exec(text);
    if (!said) throw new Error(`${where}: expected "U:" or "A:", got ${JSON.stringify(raw)}`);
    const body = (said[2] ?? "").trim();
    if (said[1] === "D") {
      if (body !== "show" || turns.length > 0) throw new Error(`${where}: "D: show" comes before any "U:"`);
      screen = true;
      return;
    }
    if (said[1] === "U") {
      const each = /^\[each question\]\s+(.+)$/.exec(body);
      turns.push({ utterance: each?.[1] ?? body, eachQuestion: each !== null, line, expectations: [] });
      return;
    }
    const turn = turns.at(-1);
    if (!turn) throw new Error(`${where}: "A:" before any "U:"`);
    if (body === "") throw new Error(`${where}: empty "A:" line`);
    turn.expectations.push(parseExpectation(body, line, where));
  });
  for (const turn of turns) {
    if (turn.expectations.length === 0)
      throw new Error(`${file}:${turn.line}: a "U:" line with no "A:" lines`);
  }
  return { screen, turns };
}

/** "CauseIntent cause=herniatedDisc" for what the resolver sent. */
function resolvedAs(resolved: Exchange["resolved"]): string {
  if (resolved.kind === "launch") return "LaunchRequest";
  if (resolved.kind === "permission") return `Connections.Response ${resolved.answer}`;
  if (resolved.kind === "touch") return `touch ${resolved.touch}`;
  const slots = Object.entries(resolved.slots)
    .filter(([, fill]) => fill !== undefined)
    .map(([name, fill]) => `${name}=${fill?.id ?? "?"}`);
  return [resolved.intent, ...slots].join(" ");
}

/** The skill is asking one of the check's questions. */
function checkIsAsking(exchange: Exchange): boolean {
  const state = exchange.response.sessionAttributes?.[STATE_KEY] as { check?: unknown } | undefined;
  return !exchange.heard.ended && state?.check !== undefined;
}

function check(expectation: Expectation, exchange: Exchange, file: string): void {
  const { heard } = exchange;
  const where = `${file}:${expectation.line}`;
  const phrase = expectation.text.toLowerCase();
  const text = heard.text.toLowerCase();
  switch (expectation.marker) {
    case "says":
      expect(text, `${where}: Alexa said`).toContain(phrase);
      return;
    case "starts":
      expect(text.startsWith(phrase), `${where}: Alexa said "${heard.text}"`).toBe(true);
      return;
    case "not":
      expect(text, `${where}: Alexa said`).not.toContain(phrase);
      return;
    case "reprompt":
      expect(heard.reprompt.toLowerCase(), `${where}: the reprompt`).toContain(phrase);
      return;
    case "card": {
      const card = heard.card ? `${heard.card.title}\n${heard.card.text}`.toLowerCase() : "(no card)";
      expect(card, `${where}: the card`).toContain(phrase);
      return;
    }
    case "intent":
      expect(resolvedAs(exchange.resolved), `${where}: resolved`).toBe(expectation.text);
      return;
    case "directive": {
      const asked = heard.askFor ? `Connections.SendRequest AskFor ${heard.askFor.scope}` : "(none)";
      expect(asked.toLowerCase(), `${where}: the directive`).toBe(phrase);
      return;
    }
    case "screen": {
      const shown = heard.screen ? screenLines(heard.screen).join("\n").toLowerCase() : "(no screen)";
      expect(shown, `${where}: the screen`).toContain(phrase);
      return;
    }
    case "buttons":
      expect(heard.screen?.buttons.map((b) => b.label).join(" | "), `${where}: the buttons`).toBe(
        expectation.text,
      );
      return;
    case "no screen":
      expect(heard.screen, `${where}: a screen was shown`).toBeUndefined();
      return;
    case "session ends":
      return;
  }
}

/** A locale's transcripts: English at the top of tests/transcripts, every other in its own folder. */
function transcriptFiles(locale: string): { file: string; path: string }[] {
  const dir = locale === DEFAULT_LOCALE ? DIR : join(DIR, locale);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => ({ file: locale === DEFAULT_LOCALE ? name : `${locale}/${name}`, path: join(dir, name) }));
}

// Each conversation runs twice: through the skill in process, and through the built Lambda bundle;
// and each locale's conversations in that locale.
const runs = SUPPORTED_LOCALES.flatMap((locale) =>
  (
    [
      ["in process", invoke],
      ["through dist/lambda/index.js", invokeBundle],
    ] as const
  ).map(([how, send]) => [locale, how, send] as const),
);

describe.each(runs)("transcripts in %s, %s", (locale, _, send) => {
  // Alexa's API, for the reminders the transcripts set.
  const local = useLocalAlexaApi();
  useBundle();
  const files = transcriptFiles(locale);

  it("has transcripts to run", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)("$file", async ({ file, path }) => {
    const { screen, turns } = parseTranscript(readFileSync(path, "utf8"), file);
    const session = new LocalSession({
      skillId: TEST_SKILL_ID,
      invoke: send,
      apiEndpoint: local.api.endpoint,
      locale,
      screen,
    });
    for (const turn of turns) {
      let exchange = await session.send(turn.utterance);
      for (let n = 0; turn.eachQuestion && checkIsAsking(exchange); n++) {
        if (n > RED_FLAGS.length) throw new Error(`${file}:${turn.line}: the check never ended`);
        exchange = await session.send(turn.utterance);
      }
      for (const expectation of turn.expectations) check(expectation, exchange, file);
      const ends = turn.expectations.some((e) => e.marker === "session ends");
      expect(
        exchange.heard.ended,
        `${file}:${turn.line}: did the session end after "${turn.utterance}"?`,
      ).toBe(ends);
    }
  });
});

describe("the transcript format", () => {
  it("reads turns, phrases and markers, and refuses what it cannot read", () => {
    const { screen, turns } = parseTranscript(
      "# hi\nU: stop\nA: take care\nA: [card] 911\nA: [session ends]\n",
      "t",
    );
    expect(screen).toBe(false);
    expect(turns).toEqual([
      {
        utterance: "stop",
        eachQuestion: false,
        line: 2,
        expectations: [
          { marker: "says", text: "take care", line: 3 },
          { marker: "card", text: "911", line: 4 },
          { marker: "session ends", text: "", line: 5 },
        ],
      },
    ]);
    expect(() => parseTranscript("U: hi\n", "t")).toThrow(/no "A:" lines/);
    expect(() => parseTranscript("A: hi\n", "t")).toThrow(/before any/);
    expect(() => parseTranscript("U: hi\nA: [loud] x\n", "t")).toThrow(/unknown marker/);
    expect(() => parseTranscript("hello\n", "t")).toThrow(/expected "U:"/);
    expect(parseTranscript("D: show\nU: hi\nA: [no screen]\n", "t").screen).toBe(true);
    expect(() => parseTranscript("U: hi\nA: x\nD: show\n", "t")).toThrow(/before any/);
    expect(() => parseTranscript("U: hi\nA: [screen]\n", "t")).toThrow(/\[screen\]/);
    expect(parseTranscript("U: [each question] no\nA: x\n", "t").turns[0]).toMatchObject({
      utterance: "no",
      eachQuestion: true,
    });
  });
});
