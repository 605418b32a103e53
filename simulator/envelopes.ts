// Typed Alexa request envelopes, as Alexa would send them: used by the local simulator and the tests.
import type { Intent, RequestEnvelope, Slot, slu } from "ask-sdk-model";

export interface EnvelopeOptions {
  skillId: string;
  locale?: string;
  /** Session attributes carried from the last response; omit for a new session. */
  attributes?: Record<string, unknown>;
  newSession?: boolean;
}

/** A slot as Alexa fills it: the heard value and, for custom types, entity resolution. */
export interface SlotFill {
  value: string;
  /** The slot type, for the resolution authority's name. */
  type: string;
  /** The resolved value id; absent means ER_SUCCESS_NO_MATCH. */
  id?: string;
  /** The value's canonical name, when resolved. */
  name?: string;
}

let counter = 0;
function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}.${counter.toString().padStart(8, "0")}`;
}

function base(options: EnvelopeOptions, request: RequestEnvelope["request"]): RequestEnvelope {
  const application = { applicationId: options.skillId };
  const user = { userId: "amzn1.ask.account.local" };
  return {
    version: "1.0",
    session: {
      new: options.newSession ?? options.attributes === undefined,
      sessionId: "amzn1.echo-api.session.local",
      application,
      user,
      attributes: options.attributes ?? {},
    },
    context: {
      System: {
        application,
        user,
        device: { deviceId: "amzn1.ask.device.local", supportedInterfaces: {} },
        apiEndpoint: "https://api.amazonalexa.com",
      },
    },
    request,
  };
}

function stamp(options: EnvelopeOptions) {
  return {
    requestId: nextId("amzn1.echo-api.request"),
    timestamp: new Date().toISOString(),
    locale: options.locale ?? "en-US",
  };
}

export function launchRequest(options: EnvelopeOptions): RequestEnvelope {
  return base(options, { type: "LaunchRequest", ...stamp(options) });
}

function resolvedSlot(name: string, fill: SlotFill): Slot {
  const authority = `amzn1.er-authority.echo-sdk.local.${fill.type}`;
  const resolution: slu.entityresolution.Resolution =
    fill.id === undefined
      ? { authority, status: { code: "ER_SUCCESS_NO_MATCH" }, values: [] }
      : {
          authority,
          status: { code: "ER_SUCCESS_MATCH" },
          values: [{ value: { id: fill.id, name: fill.name ?? fill.value } }],
        };
  return {
    name,
    value: fill.value,
    confirmationStatus: "NONE",
    resolutions: { resolutionsPerAuthority: [resolution] },
  };
}

export function intentRequest(
  options: EnvelopeOptions,
  name: string,
  slots: Record<string, SlotFill | undefined> = {},
): RequestEnvelope {
  const intent: Intent = {
    name,
    confirmationStatus: "NONE",
    slots: Object.fromEntries(
      Object.entries(slots).map(([slot, fill]) => [
        slot,
        fill === undefined ? { name: slot, confirmationStatus: "NONE" } : resolvedSlot(slot, fill),
      ]),
    ),
  };
  return base(options, { type: "IntentRequest", ...stamp(options), dialogState: "STARTED", intent });
}

/** Why Alexa ended the session: the person left, or said nothing after the reprompt. */
export type EndReason = "USER_INITIATED" | "EXCEEDED_MAX_REPROMPTS";

export function sessionEndedRequest(
  options: EnvelopeOptions,
  reason: EndReason = "USER_INITIATED",
): RequestEnvelope {
  return base(options, { type: "SessionEndedRequest", ...stamp(options), reason });
}
