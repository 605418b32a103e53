// The HTTPS endpoint's server over real HTTP on 127.0.0.1. Refused requests get HTTP 400 and never
// reach the skill: a spy on the skill's invoke and its log sink both stay empty. None of this needs the
// internet: signatures are checked against a key made here, and a certificate download that cannot
// finish is cut off by the server's deadline.
import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { SkillRequestSignatureVerifier, TimestampVerifier, type Verifier } from "ask-sdk-express-adapter";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSkill } from "../../lambda/build-skill";
import type { LogEntry } from "../../lambda/skill/request-log";
import { createApp, VERIFICATION_OFF_WARNING } from "../../server/app";
import { bounded } from "../../server/bounded-verifier";
import { type Listening, listen } from "../../server/listen";
import { intentRequest, launchRequest } from "../../simulator/envelopes";
import { outputText } from "../../simulator/readable";
import { EMERGENCY } from "../support/content";
import { responseProblems } from "../support/response-checks";
import { invoke as invokeInProcess, TEST_SKILL_ID } from "../support/skill";

const CERT_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem";

/** The skill behind the server, with a spy on invoke and its own log. */
function spiedSkill() {
  const log: LogEntry[] = [];
  const skill = buildSkill({ skillId: TEST_SKILL_ID, log: (entry) => log.push(entry) });
  return { skill, log, invoke: vi.spyOn(skill, "invoke") };
}

interface Answer {
  status: number;
  text: string;
}

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });
  return { status: response.status, text: await response.text() };
}

function signed(body: string, key: KeyObject, certUrl = CERT_URL): Record<string, string> {
  return {
    SignatureCertChainUrl: certUrl,
    "Signature-256": sign("RSA-SHA256", Buffer.from(body), key).toString("base64"),
  };
}

function stale(envelope: RequestEnvelope): string {
  const old = new Date(Date.now() - 10 * 60 * 1000).toISOString();
  return JSON.stringify({ ...envelope, request: { ...envelope.request, timestamp: old } });
}

const fresh = () => JSON.stringify(launchRequest({ skillId: TEST_SKILL_ID }));
const amazonKey = generateKeyPairSync("rsa", { modulusLength: 2048 });
const forgerKey = generateKeyPairSync("rsa", { modulusLength: 2048 });

/**
 * The SDK's signature verifier, as if it had already downloaded and validated Amazon's certificate
 * for CERT_URL: its certificate cache (a protected field, meant for this) holds a key made here.
 */
class KnownCertificateVerifier extends SkillRequestSignatureVerifier {
  constructor(publicKeyPem: string) {
    super();
    this.certCache.set(CERT_URL, publicKeyPem);
  }
}

describe("with the SDK's verifiers, as `npm run serve` runs", () => {
  const spy = spiedSkill();
  let server: Listening;
  beforeAll(async () => {
    server = await listen(
      createApp({ skill: spy.skill, warn: () => expect.fail("no warning") }),
      "127.0.0.1",
      0,
    );
  });
  afterAll(() => server.close());
  afterEach(() => {
    expect(spy.invoke).not.toHaveBeenCalled();
    expect(spy.log).toEqual([]);
  });

  it("refuses an unsigned request", async () => {
    expect((await post(server.url, fresh())).status).toBe(400);
  });

  it("refuses a request with a signature but no certificate URL, and the reverse", async () => {
    const body = fresh();
    const headers = signed(body, forgerKey.privateKey);
    expect((await post(server.url, body, { "Signature-256": headers["Signature-256"] ?? "" })).status).toBe(
      400,
    );
    expect((await post(server.url, body, { SignatureCertChainUrl: CERT_URL })).status).toBe(400);
  });

  it.each([
    ["http", "http://s3.amazonaws.com/echo.api/echo-api-cert.pem"],
    ["another host", "https://s3.example.com/echo.api/echo-api-cert.pem"],
    ["another path", "https://s3.amazonaws.com/other.api/echo-api-cert.pem"],
    ["another port", "https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem"],
  ])("refuses a certificate URL with %s", async (_, certUrl) => {
    const body = fresh();
    expect((await post(server.url, body, signed(body, forgerKey.privateKey, certUrl))).status).toBe(400);
  });

  it("refuses a stale request", async () => {
    const body = stale(launchRequest({ skillId: TEST_SKILL_ID }));
    expect((await post(server.url, body, signed(body, forgerKey.privateKey))).status).toBe(400);
  });

  it("refuses a forged signature, whether or not Amazon's certificate can be fetched", {
    timeout: 10_000,
  }, async () => {
    const body = fresh();
    expect((await post(server.url, body, signed(body, forgerKey.privateKey))).status).toBe(400);
  });

  it("answers GET /health with 200", async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("signature checks against a known certificate", () => {
  const spy = spiedSkill();
  let server: Listening;
  beforeAll(async () => {
    const pem = amazonKey.publicKey.export({ type: "spki", format: "pem" }).toString();
    const verifiers = [new KnownCertificateVerifier(pem), new TimestampVerifier()];
    server = await listen(createApp({ skill: spy.skill, verifiers }), "127.0.0.1", 0);
  });
  afterAll(() => server.close());

  it("answers a request signed with the certificate's key (the control case)", async () => {
    const body = fresh();
    const answer = await post(server.url, body, signed(body, amazonKey.privateKey));
    expect(answer.status).toBe(200);
    expect(spy.invoke).toHaveBeenCalledTimes(1);
  });

  it("refuses a body signed with another key, a body changed after signing, and a stale signed body", async () => {
    spy.invoke.mockClear();
    spy.log.length = 0;
    const body = fresh();
    expect((await post(server.url, body, signed(body, forgerKey.privateKey))).status).toBe(400);
    const tampered = body.replace('"LaunchRequest"', '"SessionEndedRequest"');
    expect((await post(server.url, tampered, signed(body, amazonKey.privateKey))).status).toBe(400);
    const old = stale(launchRequest({ skillId: TEST_SKILL_ID }));
    expect((await post(server.url, old, signed(old, amazonKey.privateKey))).status).toBe(400);
    expect(spy.invoke).not.toHaveBeenCalled();
    expect(spy.log).toEqual([]);
  });
});

describe("a verification that never finishes", () => {
  it("is cut off, refused with 400, and never reaches the skill", async () => {
    const spy = spiedSkill();
    const hanging: Verifier = { verify: () => new Promise<void>(() => {}) };
    const app = createApp({ skill: spy.skill, verifiers: [bounded(hanging, 200)] });
    const server = await listen(app, "127.0.0.1", 0);
    try {
      expect((await post(server.url, fresh())).status).toBe(400);
      expect(spy.invoke).not.toHaveBeenCalled();
    } finally {
      await server.close();
    }
  });
});

describe("with verification off, for local testing", () => {
  const spy = spiedSkill();
  const warnings: string[] = [];
  let server: Listening;
  beforeAll(async () => {
    const app = createApp({ skill: spy.skill, verifiers: "off", warn: (message) => warnings.push(message) });
    server = await listen(app, "127.0.0.1", 0);
  });
  afterAll(() => server.close());

  async function turn(envelope: RequestEnvelope): Promise<ResponseEnvelope> {
    const answer = await post(server.url, JSON.stringify(envelope));
    expect(answer.status).toBe(200);
    const response = JSON.parse(answer.text) as ResponseEnvelope;
    expect(await responseProblems(response)).toEqual([]);
    return response;
  }

  it("warns when the app is made", () => {
    expect(warnings).toEqual([VERIFICATION_OFF_WARNING]);
  });

  it("answers a LaunchRequest exactly as the skill does in process", async () => {
    const envelope = launchRequest({ skillId: TEST_SKILL_ID });
    expect(await turn(envelope)).toEqual(await invokeInProcess(envelope));
  });

  it("runs the red-flag check through session attributes: no, then yes, ends in an emergency", async () => {
    spy.invoke.mockClear();
    const options = { skillId: TEST_SKILL_ID };
    const first = await turn(intentRequest(options, "CheckSymptomsIntent"));
    expect(first.response.shouldEndSession).toBe(false);
    expect(first.sessionAttributes).toMatchObject({ conversation: { check: { index: 0 } } });

    const second = await turn(
      intentRequest({ ...options, attributes: first.sessionAttributes }, "AMAZON.NoIntent"),
    );
    expect(second.sessionAttributes).toMatchObject({ conversation: { check: { index: 1 } } });

    const last = await turn(
      intentRequest({ ...options, attributes: second.sessionAttributes }, "AMAZON.YesIntent"),
    );
    expect(last.response.shouldEndSession).toBe(true);
    const said = outputText(last.response.outputSpeech);
    expect(said.split(/(?<=[.!?])\s/)[0]).toContain(EMERGENCY);
    expect(spy.invoke).toHaveBeenCalledTimes(3);
  });

  it("still refuses a request for another skill: 400, a short reason, and nothing spoken", async () => {
    spy.log.length = 0;
    const answer = await post(
      server.url,
      JSON.stringify(launchRequest({ skillId: "amzn1.ask.skill.other" })),
    );
    // The SDK's skill id check throws before any handler runs; the server answers that as a refusal.
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toEqual({ error: "wrong skill id" });
    expect(spy.log).toEqual([]);
  });
});
