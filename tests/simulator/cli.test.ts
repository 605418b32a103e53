// `npm start` as a person scripts it: one-shot and piped modes run as child processes and exit 0.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RED_FLAGS } from "../../lambda/content-lookup/red-flags";
import { translatorFor } from "../../lambda/i18n/translator";
import { t } from "../support/content";
import { scratchDir } from "../support/scratch-dir";

const ROOT = join(import.meta.dirname, "../..");
const TIMEOUT = 60_000;

/** Runs the CLI as `npm start` does (tsx), with `args` and optional piped `input`. */
function cli(args: string[], input = "", env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "simulator/cli.mts", ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    env: { ...env, NO_COLOR: "1" },
    timeout: TIMEOUT,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The commands exactly as issue 4 and the README give them: `npm start -- "..."` and `... | npm start`. */
function npmStart(args: string[], input = "") {
  const result = spawnSync("npm", ["start", ...(args.length ? ["--", ...args] : [])], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: TIMEOUT,
  });
  return { code: result.status, stdout: result.stdout };
}

describe("npm start, as the README gives it", () => {
  it(
    "npm start -- \"what's the clinic's phone number\" answers once with the number and exits 0",
    () => {
      const run = npmStart(["what's the clinic's phone number"]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("ClinicNumberIntent");
      expect(run.stdout).toContain("call 336-333-6306. Again, that's 336-333-6306.");
    },
    TIMEOUT,
  );

  it(
    'echo "what causes back spasms" | npm start answers and exits 0',
    () => {
      const run = npmStart([], "what causes back spasms\n");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("The clinic lists 14 causes, in two groups.");
    },
    TIMEOUT,
  );
});

describe("the terminal conversation", () => {
  it(
    "answers a question given as an argument once and exits 0",
    () => {
      const run = cli(["what causes back spasms"]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("CausesIntent");
      expect(run.stdout).toContain("The clinic lists 14 causes");
      expect(run.stdout).toContain("[reprompt]");
      // The skill's per-request JSON log lines stay out of the terminal.
      expect(run.stdout).not.toContain('"event"');
    },
    TIMEOUT,
  );

  it(
    "answers each piped line in one session, marks the card and the session end, and exits 0 at the end",
    () => {
      const run = cli([], "what's the clinic's phone number\nyes\nstop\n");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("you> what's the clinic's phone number");
      expect(run.stdout.match(/336-333-6306/g)?.length).toBeGreaterThanOrEqual(4);
      expect(run.stdout).not.toContain("<say-as");
      expect(run.stdout).toContain("[card] Spine & Scoliosis Specialists");
      expect(run.stdout).toContain("Take care");
      expect(run.stdout).toContain("[session ended]");
    },
    TIMEOUT,
  );

  it(
    "treats an empty line in an open session as saying nothing: the reprompt, the place kept",
    () => {
      const run = cli([], "check my symptoms\nno\n\nno\n");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("(the reprompt: you said nothing)");
      expect(run.stdout.match(/new session/g)).toHaveLength(1);
      expect(run.stdout).toContain(t(`check:questions.${RED_FLAGS[2]?.id}.ask`));
    },
    TIMEOUT,
  );

  it(
    "prints the raw request and response with --json",
    () => {
      const run = cli(["--json", "tell me about spinal stenosis"]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('"ER_SUCCESS_MATCH"');
      expect(run.stdout).toContain('"id": "spinalStenosis"');
      expect(run.stdout).toContain('"outputSpeech"');
    },
    TIMEOUT,
  );

  it(
    "says clearly that --speak needs espeak-ng when it is not installed",
    () => {
      const empty = scratchDir("no-espeak-");
      const run = cli(["--speak", "what is a back spasm"], "", { ...process.env, PATH: empty });
      expect(run.code).toBe(0);
      expect(run.stderr).toContain("espeak-ng is not installed");
      expect(run.stdout).toContain("A back spasm");
    },
    TIMEOUT,
  );

  it(
    "prints the permission directive, answers Alexa's prompt with /deny and /accept, and shows the API calls",
    () => {
      const run = cli(
        [],
        "remind me to call the clinic\n/deny\n/accept\nremind me tomorrow morning\n/accept\n",
      );
      expect(run.code).toBe(0);
      const directive = "[directive] Connections.SendRequest AskFor alexa::alerts:reminders:skill:readwrite";
      expect(run.stdout.split(directive)).toHaveLength(3);
      expect(run.stdout).toContain("Connections.Response AskFor: DENIED");
      expect(run.stdout).toContain(t("reminders:refused"));
      // Nothing waits for an answer after the refusal.
      expect(run.stdout).toContain("(Alexa is not asking for a permission");
      expect(run.stdout).toContain("Connections.Response AskFor: ACCEPTED");
      expect(run.stdout).toMatch(/\[Alexa API\] POST \/v1\/alerts\/reminders {2}at \S+T09:00:00\.000 /);
      expect(run.stdout).toContain("to call Spine & Scoliosis Specialists at 336-333-6306.");
    },
    TIMEOUT,
  );

  it(
    "--locale es-US talks Spanish through the Spanish model; --locale alone is refused",
    () => {
      const run = cli(["--locale", "es-US", "cuál es el número de la clínica"]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("ClinicNumberIntent");
      expect(run.stdout).toContain(translatorFor("es-US")("clinic:number.speech"));
      const piped = cli(["--locale=es-US"], "abre guía de espasmos de espalda\nno sé\n");
      expect(piped.stdout).toContain("LaunchRequest");
      expect(piped.stdout).toContain(translatorFor("es-US")("conversation:launch.question"));
      expect(cli(["--locale"]).code).toBe(2);
    },
    TIMEOUT,
  );

  it(
    "refuses an unknown option with exit code 2",
    () => {
      const run = cli(["--loud"]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("Unknown option --loud");
    },
    TIMEOUT,
  );

  it(
    "--device show prints each screen as text, and a typed button label touches it",
    () => {
      const run = npmStart(["--device", "show"], "\nCauses\ncheck my symptoms\nNot sure\n");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("[screen: launch]");
      const labels = ["check", "causes", "treatments", "number"].map(
        (b) => `[ ${t(`screen:buttons.${b}`)} ]`,
      );
      expect(run.stdout).toContain(labels.join(" "));
      expect(run.stdout).toContain(
        `Alexa.Presentation.APL.UserEvent: touched [ ${t("screen:buttons.causes")} ]`,
      );
      expect(run.stdout).toContain(`[ ${t("screen:buttons.more")} ]`);
      expect(run.stdout).toContain(t("screen:progress", { position: 1, total: RED_FLAGS.length }));
      expect(run.stdout).toContain(`touched [ ${t("screen:buttons.unsure")} ]`);
      expect(run.stdout).toContain("[screen: outcome, red]");
      expect(run.stdout).toContain(`${t("screen:emergency")}: ${t("clinic:emergencyNumber")}  (largest)`);
    },
    TIMEOUT,
  );

  it(
    "without --device show, a button's label is only words, and no screen is printed",
    () => {
      const run = cli([], "\nNot sure\n");
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain("[screen");
      expect(run.stdout).not.toContain("touched");
      expect(run.stdout).toContain("UnsureIntent");
    },
    TIMEOUT,
  );

  it(
    "refuses a device it does not know with exit code 2",
    () => {
      const run = cli(["--device", "fridge"]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("--device takes show or speaker");
    },
    TIMEOUT,
  );
});

describe("what no sample matches word for word", () => {
  // Said in words no sample has, though close to the number's samples.
  const said = "hey what number do i ring for the clinic";

  it(
    "goes to the statistical resolver, marked as the nearest intent, and is answered",
    () => {
      const run = cli([said]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/≈ nearest: ClinicNumberIntent \(score \d\.\d\d/);
      expect(run.stdout).toContain(t("clinic:phone"));
    },
    TIMEOUT,
  );

  it(
    "with --literal is the fallback: only the model's samples, word for word",
    () => {
      const run = cli(["--literal", said]);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain("≈ nearest");
      expect(run.stdout).toContain("AMAZON.FallbackIntent (no sample matched");
    },
    TIMEOUT,
  );

  it(
    "nothing near any sample stays the fallback, not marked as nearest",
    () => {
      const run = cli(["purple monkey dishwasher"]);
      expect(run.stdout).not.toContain("≈ nearest");
      expect(run.stdout).toContain("AMAZON.FallbackIntent (no sample matched");
    },
    TIMEOUT,
  );
});
