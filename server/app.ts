// The skill as an HTTPS endpoint's backend: an express app. Alexa POSTs each request to "/"; the
// request's timestamp and signature are checked before any skill code runs. Every refusal is answered
// with a short JSON reason ({"error": "..."}) and logged as one line; no answer carries a stack, a
// path or a library's message. GET /health answers 200. docs/hosting.md lists every answer.
import type { Skill } from "ask-sdk-core";
import type { Verifier } from "ask-sdk-express-adapter";
import express, { type ErrorRequestHandler, type Express, type Request, type Response } from "express";
import { bounded as boundedField, jsonLineSink, type LogSink } from "../lambda/skill/request-log";
import { signatureVerifier } from "./bounded-verifier";
import { isClosing } from "./listen";
import { Refusal } from "./refusal";
import { timestampVerifier } from "./timestamp";

export const VERIFICATION_OFF_WARNING =
  "WARNING: Alexa request verification is OFF (SKIP_REQUEST_VERIFICATION=true). Anyone who can reach " +
  "this server can send it requests. Use this for local testing only, never behind a public endpoint.";

/** The largest request body accepted; Alexa's requests are a few kilobytes. */
export const BODY_LIMIT_BYTES = 100 * 1024;

/** The timestamp (±150 s), then the signature (with a deadline on its certificate download). */
export function sdkVerifiers(): Verifier[] {
  return [timestampVerifier, signatureVerifier()];
}

export interface AppOptions {
  skill: Skill;
  /**
   * How requests are verified: the timestamp and signature checks by default, other verifiers
   * (tests), or "off", for local testing only, which warns every time an app is made.
   */
  verifiers?: Verifier[] | "off";
  /** Where the verification-off warning goes; stderr by default. */
  warn?: (message: string) => void;
  /** Where the line for each refused request goes; JSON on stdout by default. */
  log?: LogSink;
}

/**
 * Answers and logs a refusal. `close`: the body may not have been read to its end (too large, a
 * content encoding or charset refused), so the connection cannot carry another request.
 */
function refuse(log: LogSink, response: Response, refusal: Refusal, error?: unknown, close = false): void {
  log({
    level: refusal.status >= 500 ? "error" : "warn",
    event: "refused",
    status: refusal.status,
    reason: refusal.reason,
    ...(error instanceof Error && !(error instanceof Refusal) ? { error: boundedField(error.name) } : {}),
  });
  if (response.headersSent) {
    response.destroy();
    return;
  }
  if (close) response.set("connection", "close");
  response.status(refusal.status).json({ error: refusal.reason });
}

/** The body as UTF-8 text, or a refusal. */
function bodyText(body: unknown): string {
  if (!Buffer.isBuffer(body)) throw new Refusal("no body");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    throw new Refusal("body is not UTF-8");
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Refusal("malformed JSON");
  }
}

async function verify(verifiers: readonly Verifier[], body: string, request: Request): Promise<void> {
  // One at a time, cheapest first: a stale request never starts a certificate download.
  for (const verifier of verifiers) {
    try {
      await verifier.verify(body, request.headers);
    } catch (error) {
      throw error instanceof Refusal ? error : new Refusal("signature verification failed");
    }
  }
}

async function dispatch(skill: Skill, envelope: unknown): Promise<unknown> {
  try {
    return await skill.invoke(envelope as Parameters<Skill["invoke"]>[0]);
  } catch (error) {
    // The skill answers every request it accepts; it throws only to refuse one.
    const wrongId = error instanceof Error && /ID verification failed/.test(error.message);
    throw new Refusal(wrongId ? "wrong skill id" : "refused by the skill");
  }
}

/** The charset, when the content type names one; Alexa sends UTF-8. */
function charsetOf(request: Request): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers["content-type"] ?? "")?.[1]?.toLowerCase();
}

/** What body-parser's errors mean, in the server's words. */
const BODY_ERRORS: Readonly<Record<string, string>> = {
  "entity.too.large": "body too large",
  "encoding.unsupported": "content encoding not accepted",
  "request.aborted": "request aborted",
  "request.size.invalid": "body size does not match content-length",
};

export function createApp({
  skill,
  verifiers = sdkVerifiers(),
  warn = console.warn,
  log = jsonLineSink,
}: AppOptions): Express {
  if (verifiers === "off") warn(VERIFICATION_OFF_WARNING);
  const checks = verifiers === "off" ? [] : [...verifiers];

  const app = express();
  app.disable("x-powered-by");
  app.disable("etag");
  app.get("/health", (_request, response) => {
    response.status(200).json({ status: "ok" });
  });
  app.post(
    "/",
    (request, _response, next) => {
      const charset = charsetOf(request);
      next(
        charset && charset !== "utf-8" && charset !== "utf8"
          ? new Refusal("charset not accepted", 415)
          : undefined,
      );
    },
    // The raw bytes, never inflated or re-encoded: the signature covers the exact body.
    express.raw({ type: () => true, limit: BODY_LIMIT_BYTES, inflate: false }),
    async (request, response) => {
      try {
        const text = bodyText(request.body);
        const envelope = parseJson(text);
        await verify(checks, text, request);
        response.json(await dispatch(skill, envelope));
      } catch (error) {
        refuse(log, response, error instanceof Refusal ? error : new Refusal("internal error", 500), error);
      }
    },
  );
  app.use((_request, response) => {
    refuse(log, response, new Refusal("not found", 404));
  });
  const onError: ErrorRequestHandler = (error: unknown, request, response, _next) => {
    // Cut off at its deadline: answered and logged already (server/listen.ts).
    if (isClosing(request.socket)) return;
    if (error instanceof Refusal) return refuse(log, response, error, undefined, true);
    const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown };
    const known = typeof type === "string" ? BODY_ERRORS[type] : undefined;
    const code = typeof status === "number" && status >= 400 && status < 500 ? status : 500;
    const reason = known ?? (code === 500 ? "internal error" : "bad request");
    refuse(log, response, new Refusal(reason, code), error, true);
  };
  app.use(onError);
  return app;
}
