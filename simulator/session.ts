// A local Alexa session: text in, what the skill said out, through the real model and the real skill.
// No terminal I/O here, so the CLI and the tests share it.
import type { interfaces, RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import enModel from "../interaction-model/en-US.json";
import esModel from "../interaction-model/es-US.json";
import { buildSkill } from "../lambda/build-skill";
import { DEFAULT_LOCALE, type Locale } from "../lambda/i18n/resources";
import { resolveLocale } from "../lambda/i18n/translator";
import type { ScreenData } from "../lambda/screens/screen-data";
import type { LogSink } from "../lambda/skill/request-log";
import { withBuiltInValues } from "./built-in-slots";
import {
  type EndReason,
  type EnvelopeOptions,
  intentRequest,
  launchRequest,
  type PermissionAnswer,
  permissionResponse,
  sessionEndedRequest,
  userEvent,
} from "./envelopes";
import { outputText } from "./readable";
import {
  createResolver,
  FALLBACK_INTENT,
  type InteractionModel,
  type Resolved,
  type Resolver,
} from "./resolver";
import { buttonLabelled, shownScreen } from "./screen";
import type { StatisticalResolver } from "./statistical-resolver";

/** The skill id local requests carry; the local skill is built to accept it. */
export const LOCAL_SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-00000000ca11";

/** Each supported locale's interaction model, as Alexa would use it for that language. */
export const MODELS: Readonly<Record<Locale, InteractionModel>> = { "en-US": enModel, "es-US": esModel };
export const MODEL: InteractionModel = MODELS[DEFAULT_LOCALE];

export type Invoke = (request: RequestEnvelope) => Promise<ResponseEnvelope>;

export interface SessionOptions {
  /** Sends a request to the skill; by default a skill from `buildSkill` with `skillId`. */
  invoke?: Invoke;
  skillId?: string;
  /** Where the skill's per-request log lines go when `invoke` is not given. */
  log?: LogSink;
  /** The device's locale; the resolver uses that language's model (English for any other locale). */
  locale?: string;
  resolver?: Resolver;
  /** Asked when `resolver` finds nothing (the fallback), as Alexa generalises past its samples. */
  nearest?: StatisticalResolver;
  /** Where the skill reaches Alexa's API (e.g. a LocalAlexaApi); Alexa's own by default. */
  apiEndpoint?: string;
  /** The device has a screen (an Echo Show): responses carry screens, and a typed label taps a button. */
  screen?: boolean;
}

/** What the simulator's own commands answer to Alexa's permission prompt. */
export const PERMISSION_COMMANDS: Readonly<Record<string, PermissionAnswer>> = {
  "/accept": "ACCEPTED",
  "/deny": "DENIED",
};

/** Alexa's permission prompt, asked after a response's Connections.SendRequest AskFor directive. */
export interface PermissionPrompt {
  scope: string;
  token: string;
}

/** One turn, as a listener would notice it. */
export interface Heard {
  text: string;
  /** Said if the person does not answer; empty when the session ends. */
  reprompt: string;
  card?: { title: string; text: string };
  ended: boolean;
  /** Alexa asks the person for this permission after the response. */
  askFor?: PermissionPrompt;
  /** What the screen shows, on a device with one. */
  screen?: ScreenData;
}

export interface Exchange {
  utterance: string;
  /** What the text resolved to, the answer given to Alexa's permission prompt, or the button touched. */
  resolved:
    | Resolved
    | { kind: "permission"; answer: PermissionAnswer }
    | { kind: "touch"; label: string; touch: string };
  request: RequestEnvelope;
  response: ResponseEnvelope;
  heard: Heard;
}

export function heardIn(envelope: ResponseEnvelope): Heard {
  const { response } = envelope;
  const card =
    response.card?.type === "Standard" || response.card?.type === "Simple"
      ? {
          title: response.card.title ?? "",
          text: (response.card.type === "Standard" ? response.card.text : response.card.content) ?? "",
        }
      : undefined;
  const askFor = response.directives
    ?.filter((d): d is interfaces.connections.SendRequestDirective => d.type === "Connections.SendRequest")
    .filter((d) => d.name === "AskFor")
    .map((d) => ({ scope: String(d.payload?.permissionScope), token: d.token }))[0];
  const screen = shownScreen(envelope);
  return {
    text: outputText(response.outputSpeech),
    reprompt: outputText(response.reprompt?.outputSpeech),
    ...(card ? { card } : {}),
    ended: response.shouldEndSession === true,
    ...(askFor ? { askFor } : {}),
    ...(screen ? { screen } : {}),
  };
}

/** What happens when the person says nothing: Alexa reads the reprompt once, then ends the session. */
export type Silence =
  | { kind: "reprompt"; text: string }
  | { kind: "ended"; request: RequestEnvelope; response: ResponseEnvelope };

export class LocalSession {
  private readonly invoke: Invoke;
  private readonly skillId: string;
  private readonly locale: string;
  private readonly resolver: Resolver;
  private readonly model: InteractionModel;
  private readonly nearest: StatisticalResolver | undefined;
  /** The open session's attributes; undefined when no session is open. */
  private attributes: Record<string, unknown> | undefined;
  /** The last response's reprompt, and whether Alexa has already read it since the person last spoke. */
  private reprompt = "";
  private reprompted = false;
  private readonly apiEndpoint: string | undefined;
  /** Permissions granted so far: every later request carries them, as on a device. */
  private readonly granted = new Set<string>();
  /** Alexa's permission prompt waiting for an answer. */
  private prompt: PermissionPrompt | undefined;
  private readonly screen: boolean;
  /** What the screen shows while the session is open: its buttons can be touched. */
  private shown: ScreenData | undefined;

  constructor(options: SessionOptions = {}) {
    this.skillId = options.skillId ?? LOCAL_SKILL_ID;
    this.locale = options.locale ?? DEFAULT_LOCALE;
    const language = resolveLocale(this.locale);
    this.model = MODELS[language];
    this.resolver = options.resolver ?? createResolver(this.model, language);
    this.nearest = options.nearest;
    this.apiEndpoint = options.apiEndpoint;
    this.screen = options.screen ?? false;
    if (options.invoke) {
      this.invoke = options.invoke;
    } else {
      const skill = buildSkill({ skillId: this.skillId, ...(options.log ? { log: options.log } : {}) });
      this.invoke = (request) => skill.invoke(request);
    }
  }

  get isOpen(): boolean {
    return this.attributes !== undefined;
  }

  /** Alexa's permission prompt, when one waits for /accept or /deny. */
  get permissionPrompt(): PermissionPrompt | undefined {
    return this.prompt;
  }

  private options(fresh: boolean): EnvelopeOptions {
    return {
      skillId: this.skillId,
      locale: this.locale,
      newSession: fresh,
      attributes: fresh ? {} : this.attributes,
      permissions: [...this.granted],
      ...(this.apiEndpoint ? { apiEndpoint: this.apiEndpoint } : {}),
      ...(this.screen ? { screen: true } : {}),
    };
  }

  private async exchange(utterance: string, resolved: Exchange["resolved"], request: RequestEnvelope) {
    const response = await this.invoke(request);
    const heard = heardIn(response);
    this.attributes = heard.ended ? undefined : (response.sessionAttributes ?? {});
    this.reprompt = heard.reprompt;
    this.reprompted = false;
    this.prompt = heard.askFor;
    this.shown = heard.ended ? undefined : heard.screen;
    return { utterance, resolved, request, response, heard };
  }

  /**
   * Says `utterance` to the skill, as Alexa would pass it on. While Alexa's permission prompt waits,
   * "/accept" and "/deny" answer it instead.
   */
  async send(utterance: string): Promise<Exchange> {
    const command = PERMISSION_COMMANDS[utterance.trim().toLowerCase()];
    if (command && this.prompt) return this.answerPermission(command, utterance);
    const button = this.isOpen ? buttonLabelled(this.shown, utterance) : undefined;
    if (button) {
      const touched = { kind: "touch" as const, label: button.label, touch: button.touch };
      return this.exchange(utterance, touched, userEvent(this.options(false), [button.touch]));
    }
    const resolved = await this.resolve(utterance);
    // A launch or a one-shot always starts a new session, as it does on a device.
    const fresh = resolved.kind === "launch" || resolved.oneShot || !this.isOpen;
    const options = this.options(fresh);
    if (resolved.kind === "launch") return this.exchange(utterance, resolved, launchRequest(options));
    const slots = withBuiltInValues(resolved.slots, this.slotTypes(resolved.intent), new Date(), this.locale);
    return this.exchange(utterance, { ...resolved, slots }, intentRequest(options, resolved.intent, slots));
  }

  /** The literal resolver's answer; when that is the fallback, the statistical resolver's, if it has one. */
  private async resolve(utterance: string): Promise<Resolved> {
    const literal = this.resolver.resolve(utterance);
    if (literal.kind !== "intent" || literal.intent !== FALLBACK_INTENT || !this.nearest) return literal;
    const nearest = await this.nearest.resolve(utterance);
    return nearest.kind === "intent" && nearest.intent === FALLBACK_INTENT ? literal : nearest;
  }

  /** Answers Alexa's permission prompt; Alexa then tells the skill, in a new session. */
  async answerPermission(answer: PermissionAnswer, utterance: string = answer): Promise<Exchange> {
    const prompt = this.prompt;
    if (!prompt) throw new Error("Alexa is not asking for a permission");
    if (answer === "ACCEPTED") this.granted.add(prompt.scope);
    const request = permissionResponse(this.options(true), prompt.scope, answer, prompt.token);
    return this.exchange(utterance, { kind: "permission", answer }, request);
  }

  private slotTypes(intent: string): Record<string, string> {
    const slots =
      this.model.interactionModel.languageModel.intents.find((i) => i.name === intent)?.slots ?? [];
    return Object.fromEntries(slots.map((slot) => [slot.name, slot.type]));
  }

  /**
   * The person says nothing. As on a device, the skill is not asked: Alexa reads the reprompt and
   * the session (and the check's place) stays as it was. Silence again ends the session. Undefined
   * when no session is open.
   */
  async silence(): Promise<Silence | undefined> {
    if (!this.isOpen) return undefined;
    if (!this.reprompted) {
      this.reprompted = true;
      return { kind: "reprompt", text: this.reprompt };
    }
    const ended = await this.close("EXCEEDED_MAX_REPROMPTS");
    return ended && { kind: "ended", ...ended };
  }

  /** Ends an open session as Alexa does when the person walks away; the skill may not speak. */
  async close(
    reason: EndReason = "USER_INITIATED",
  ): Promise<{ request: RequestEnvelope; response: ResponseEnvelope } | undefined> {
    if (!this.isOpen) return undefined;
    const request = sessionEndedRequest(
      { skillId: this.skillId, locale: this.locale, attributes: this.attributes },
      reason,
    );
    this.attributes = undefined;
    return { request, response: await this.invoke(request) };
  }
}
