// A stand-in for Alexa's API on 127.0.0.1, for the simulator and the tests: requests carry its address
// as context.System.apiEndpoint, so the skill's real SDK clients talk to it. It answers the device
// time zone setting and the create-reminder call, records every call, and can be told to answer
// otherwise (an HTTP status, or no answer at all) to show what the skill does then.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export const TIME_ZONE_PATH = /^\/v2\/devices\/[^/]+\/settings\/System\.timeZone$/;
export const REMINDERS_PATH = "/v1/alerts/reminders";

export interface ApiCall {
  method: string;
  path: string;
  authorization: string | undefined;
  /** The parsed JSON body, if any. */
  body: unknown;
}

/** How to answer a call: a status and JSON body, or never (the connection is held open). */
export type ApiAnswer = { status: number; body?: unknown } | "no answer";

export interface AlexaApiOptions {
  /** The device's time zone; the machine's own by default. */
  timeZone?: string;
  /** Answers a call instead of the default; return undefined for the default answer. */
  answer?: (call: ApiCall) => ApiAnswer | undefined;
}

function defaultAnswer(call: ApiCall, timeZone: string): ApiAnswer {
  if (call.method === "GET" && TIME_ZONE_PATH.test(call.path)) return { status: 200, body: timeZone };
  if (call.method === "POST" && call.path === REMINDERS_PATH) {
    return { status: 201, body: { alertToken: "local-alert", status: "ON", version: "1" } };
  }
  return { status: 404, body: { message: "not part of the local stand-in" } };
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export class LocalAlexaApi {
  /** Every call received, oldest first. */
  readonly calls: ApiCall[] = [];
  private readonly server: Server;
  private readonly timeZone: string;

  private constructor(private readonly options: AlexaApiOptions) {
    this.timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    this.server = createServer((request, response) => {
      void readBody(request).then((body) => {
        const call: ApiCall = {
          method: request.method ?? "",
          path: request.url ?? "",
          authorization: request.headers.authorization,
          body,
        };
        this.calls.push(call);
        const answer = this.options.answer?.(call) ?? defaultAnswer(call, this.timeZone);
        if (answer === "no answer") return;
        response.writeHead(answer.status, { "content-type": "application/json" });
        response.end(answer.body === undefined ? "" : JSON.stringify(answer.body));
      });
    });
  }

  /** Listens on a free port of 127.0.0.1. */
  static async start(options: AlexaApiOptions = {}): Promise<LocalAlexaApi> {
    const api = new LocalAlexaApi(options);
    await new Promise<void>((resolve) => api.server.listen(0, "127.0.0.1", resolve));
    return api;
  }

  /** What requests carry as context.System.apiEndpoint. */
  get endpoint(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** The reminders created so far, as the skill sent them. */
  get reminders(): unknown[] {
    return this.calls.filter((c) => c.method === "POST" && c.path === REMINDERS_PATH).map((c) => c.body);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
