// Tests talk to the real skill: the same builder the Lambda uses, invoked with typed envelopes.
// Every response passes through `invoke`, which fails the test if the response breaks a rule.
import type { Skill } from "ask-sdk-core";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { expect } from "vitest";
import { buildSkill } from "../../lambda/build-skill";
import type { LogEntry } from "../../lambda/skill/request-log";
import { type EnvelopeOptions, intentRequest, launchRequest, type SlotFill } from "../../simulator/envelopes";
import { heardIn, type Heard as SimulatorHeard } from "../../simulator/session";
import { TEST_LOCALE } from "./locale";
import { isSilentRequest, responseProblems } from "./response-checks";

export const TEST_SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";

/** Every log line the test skill has written. */
export const logLines: LogEntry[] = [];

export const skill = buildSkill({ skillId: TEST_SKILL_ID, log: (entry) => logLines.push(entry) });

/** Sends through `target`, failing the test if the response breaks a rule. */
export function checkedInvoke(target: Skill): (envelope: RequestEnvelope) => Promise<ResponseEnvelope> {
  return async (envelope) => {
    const response = await target.invoke(envelope);
    expect(
      await responseProblems(response, {
        silent: isSilentRequest(envelope),
        locale: envelope.request.locale,
      }),
    ).toEqual([]);
    return response;
  };
}

export const invoke = checkedInvoke(skill);

/** One turn, as a listener would notice it (the simulator's view), plus what tests look inside. */
export interface Heard extends SimulatorHeard {
  ssml: string;
  attributes: Record<string, unknown> | undefined;
  envelope: ResponseEnvelope;
}

export function heard(envelope: ResponseEnvelope): Heard {
  const speech = envelope.response.outputSpeech;
  return {
    ...heardIn(envelope),
    ssml: speech?.type === "SSML" ? speech.ssml : "",
    attributes: envelope.sessionAttributes,
    envelope,
  };
}

/** A session with the skill that carries session attributes from turn to turn, as Alexa does. */
export class Conversation {
  private attributes: Record<string, unknown> | undefined;
  constructor(
    private readonly options: Partial<EnvelopeOptions> = {},
    /** How requests reach the skill: in process by default, or e.g. through the built bundle. */
    private readonly send: (envelope: RequestEnvelope) => Promise<ResponseEnvelope> = invoke,
  ) {}

  private opts(): EnvelopeOptions {
    return { skillId: TEST_SKILL_ID, locale: TEST_LOCALE, ...this.options, attributes: this.attributes };
  }

  private async turn(envelope: RequestEnvelope): Promise<Heard> {
    const turn = heard(await this.send(envelope));
    this.attributes = turn.ended ? undefined : turn.attributes;
    return turn;
  }

  launch(): Promise<Heard> {
    return this.turn(launchRequest(this.opts()));
  }

  say(intent: string, slots?: Record<string, SlotFill | undefined>): Promise<Heard> {
    return this.turn(intentRequest(this.opts(), intent, slots));
  }

  /** Replace the carried attributes, e.g. with tampered ones. */
  setAttributes(attributes: Record<string, unknown> | undefined): void {
    this.attributes = attributes;
  }
}
