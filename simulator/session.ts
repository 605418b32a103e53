// A local Alexa session: text in, what the skill said out, through the real model and the real skill.
// No terminal I/O here, so the CLI and the tests share it.
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import modelJson from "../interaction-model/en-US.json";
import { buildSkill } from "../lambda/build-skill";
import type { LogSink } from "../lambda/skill/request-log";
import {
  type EndReason,
  type EnvelopeOptions,
  intentRequest,
  launchRequest,
  sessionEndedRequest,
} from "./envelopes";
import { outputText } from "./readable";
import { createResolver, type InteractionModel, type Resolved, type Resolver } from "./resolver";

/** The skill id local requests carry; the local skill is built to accept it. */
export const LOCAL_SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-00000000ca11";

export const MODEL: InteractionModel = modelJson;

export type Invoke = (request: RequestEnvelope) => Promise<ResponseEnvelope>;

export interface SessionOptions {
  /** Sends a request to the skill; by default a skill from `buildSkill` with `skillId`. */
  invoke?: Invoke;
  skillId?: string;
  /** Where the skill's per-request log lines go when `invoke` is not given. */
  log?: LogSink;
  locale?: string;
  resolver?: Resolver;
}

/** One turn, as a listener would notice it. */
export interface Heard {
  text: string;
  /** Said if the person does not answer; empty when the session ends. */
  reprompt: string;
  card?: { title: string; text: string };
  ended: boolean;
}

export interface Exchange {
  utterance: string;
  resolved: Resolved;
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
  return {
    text: outputText(response.outputSpeech),
    reprompt: outputText(response.reprompt?.outputSpeech),
    ...(card ? { card } : {}),
    ended: response.shouldEndSession === true,
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
  /** The open session's attributes; undefined when no session is open. */
  private attributes: Record<string, unknown> | undefined;
  /** The last response's reprompt, and whether Alexa has already read it since the person last spoke. */
  private reprompt = "";
  private reprompted = false;

  constructor(options: SessionOptions = {}) {
    this.skillId = options.skillId ?? LOCAL_SKILL_ID;
    this.locale = options.locale ?? "en-US";
    this.resolver = options.resolver ?? createResolver(MODEL);
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

  /** Says `utterance` to the skill, as Alexa would pass it on. */
  async send(utterance: string): Promise<Exchange> {
    const resolved = this.resolver.resolve(utterance);
    // A launch or a one-shot always starts a new session, as it does on a device.
    const fresh = resolved.kind === "launch" || resolved.oneShot || !this.isOpen;
    const options: EnvelopeOptions = {
      skillId: this.skillId,
      locale: this.locale,
      newSession: fresh,
      attributes: fresh ? {} : this.attributes,
    };
    const request =
      resolved.kind === "launch"
        ? launchRequest(options)
        : intentRequest(options, resolved.intent, resolved.slots);
    const response = await this.invoke(request);
    const heard = heardIn(response);
    this.attributes = heard.ended ? undefined : (response.sessionAttributes ?? {});
    this.reprompt = heard.reprompt;
    this.reprompted = false;
    return { utterance, resolved, request, response, heard };
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
