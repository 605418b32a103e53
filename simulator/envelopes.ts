// Typed Alexa request envelopes, as Alexa would send them: used by the local simulator and the tests.
import type {
  Intent,
  IntentRequest,
  interfaces,
  RequestEnvelope,
  Slot,
  SupportedInterfaces,
  slu,
} from "ask-sdk-model";

export interface EnvelopeOptions {
  skillId: string;
  locale?: string;
  /** Session attributes carried from the last response; omit for a new session. */
  attributes?: Record<string, unknown>;
  newSession?: boolean;
  /** Where the skill reaches Alexa's API (context.System.apiEndpoint); Alexa's own by default. */
  apiEndpoint?: string;
  /** Permission scopes the person has granted the skill. */
  permissions?: readonly string[];
  /** The device has a screen (an Echo Show): it supports APL and says what its viewport is. */
  screen?: boolean;
}

/** What an Echo Show (a landscape hub) tells the skill about its screen. */
export const SHOW_DEVICE: {
  supportedInterfaces: SupportedInterfaces;
  viewport: interfaces.viewport.ViewportState;
} = {
  supportedInterfaces: { "Alexa.Presentation.APL": { runtime: { maxVersion: "2023.2" } } },
  viewport: {
    shape: "RECTANGLE",
    pixelWidth: 1280,
    pixelHeight: 800,
    dpi: 160,
    currentPixelWidth: 1280,
    currentPixelHeight: 800,
    touch: ["SINGLE"],
    mode: "HUB",
  },
};

/** The stand-in for the token Alexa gives each request for its API; not a secret. */
export const LOCAL_API_ACCESS_TOKEN = "local-api-access-token";

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
  const granted = options.permissions ?? [];
  const user = {
    userId: "amzn1.ask.account.local",
    ...(granted.length > 0
      ? {
          permissions: {
            consentToken: "local-consent-token",
            scopes: Object.fromEntries(granted.map((scope) => [scope, { status: "GRANTED" as const }])),
          },
        }
      : {}),
  };
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
        device: {
          deviceId: "amzn1.ask.device.local",
          supportedInterfaces: options.screen ? SHOW_DEVICE.supportedInterfaces : {},
        },
        apiEndpoint: options.apiEndpoint ?? "https://api.amazonalexa.com",
        apiAccessToken: LOCAL_API_ACCESS_TOKEN,
      },
      ...(options.screen ? { Viewport: SHOW_DEVICE.viewport } : {}),
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
  // Built-in types (AMAZON.DATE, AMAZON.TIME) carry Alexa's value alone, without entity resolution.
  if (fill.type.startsWith("AMAZON.")) return { name, value: fill.value, confirmationStatus: "NONE" };
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

/** How the person answered Alexa's permission prompt. */
export type PermissionAnswer = "ACCEPTED" | "DENIED" | "NOT_ANSWERED";

/** Alexa's answer to a Connections.SendRequest AskFor directive, with the token the skill sent. */
export function permissionResponse(
  options: EnvelopeOptions,
  scope: string,
  answer: PermissionAnswer,
  token: string,
): RequestEnvelope {
  return base(options, {
    type: "Connections.Response",
    ...stamp(options),
    name: "AskFor",
    status: { code: "200", message: "OK" },
    payload: { permissionScope: scope, status: answer, isCardThrown: "false" },
    token,
  });
}

/** Alexa asking, before routing a request that names no skill, whether this skill can answer it. */
export function canFulfillRequest(
  options: EnvelopeOptions,
  name: string,
  slots: Record<string, SlotFill | undefined> = {},
): RequestEnvelope {
  const { intent } = intentRequest(options, name, slots).request as IntentRequest;
  return base(options, { type: "CanFulfillIntentRequest", ...stamp(options), intent });
}

/** A touch on the skill's screen: the button's SendEvent arguments, in the session it belongs to. */
export function userEvent(
  options: EnvelopeOptions,
  args: readonly unknown[],
  token?: string,
): RequestEnvelope {
  return base(options, {
    type: "Alexa.Presentation.APL.UserEvent",
    ...stamp(options),
    ...(token ? { token } : {}),
    arguments: [...args],
    source: { type: "TouchWrapper", handler: "Press", id: "" },
  });
}
