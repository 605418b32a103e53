// The skill as an HTTPS endpoint's backend: an express app. Alexa POSTs each request to "/"; the
// SDK's express adapter checks the request's signature and timestamp with the SDK's verifiers before
// any skill code runs, and answers HTTP 400 when either check fails. GET /health answers 200.
import type { Skill } from "ask-sdk-core";
import {
  ExpressAdapter,
  SkillRequestSignatureVerifier,
  TimestampVerifier,
  type Verifier,
} from "ask-sdk-express-adapter";
import express, { type Express } from "express";
import { bounded } from "./bounded-verifier";

export const VERIFICATION_OFF_WARNING =
  "WARNING: Alexa request verification is OFF (SKIP_REQUEST_VERIFICATION=true). Anyone who can reach " +
  "this server can send it requests. Use this for local testing only, never behind a public endpoint.";

/** The SDK's signature verifier (with a deadline on its certificate download) and timestamp verifier. */
export function sdkVerifiers(): Verifier[] {
  return [bounded(new SkillRequestSignatureVerifier()), new TimestampVerifier()];
}

export interface AppOptions {
  skill: Skill;
  /**
   * How requests are verified: the SDK's verifiers by default, other verifiers (tests), or "off",
   * for local testing only, which warns every time an app is made.
   */
  verifiers?: Verifier[] | "off";
  /** Where the verification-off warning goes; stderr by default. */
  warn?: (message: string) => void;
}

export function createApp({ skill, verifiers = sdkVerifiers(), warn = console.warn }: AppOptions): Express {
  if (verifiers === "off") warn(VERIFICATION_OFF_WARNING);
  // The adapter adds its own verifiers only when asked to; here they are always passed explicitly.
  const adapter = new ExpressAdapter(skill, false, false, verifiers === "off" ? [] : [...verifiers]);

  const app = express();
  app.disable("x-powered-by");
  app.get("/health", (_request, response) => {
    response.status(200).json({ status: "ok" });
  });
  // No body parser may run before the adapter: it verifies the signature over the raw body.
  app.post("/", adapter.getRequestHandlers());
  return app;
}
