// The HTTPS endpoint's server against bad requests, over real sockets on 127.0.0.1: every error a
// short JSON body with no stack, path or library message, logged as one line; requests held open
// cut off; the certificate URL normalised and its download bounded; the timestamp within ±150 s; and
// every refusal answered 400 with a short reason. Nothing here needs the internet.
import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { createServer as createHttpServer, type Server } from "node:http";
import { connect, type Socket } from "node:net";
import { gzipSync } from "node:zlib";
import { SkillRequestSignatureVerifier, type Verifier } from "ask-sdk-express-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSkill } from "../../lambda/build-skill";
import type { LogEntry } from "../../lambda/skill/request-log";
import { BODY_LIMIT_BYTES, createApp } from "../../server/app";
import { signatureVerifier } from "../../server/bounded-verifier";
import { FAILURE_PAUSE_MS, MAX_IN_FLIGHT } from "../../server/certificate-download";
import { normaliseCertUrl } from "../../server/certificate-url";
import { type Listening, listen, REQUEST_TIMEOUT_MS } from "../../server/listen";
import { timestampVerifier } from "../../server/timestamp";
import { launchRequest } from "../../simulator/envelopes";
import { TEST_SKILL_ID } from "../support/skill";

const CERT_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem";
const amazonKey = generateKeyPairSync("rsa", { modulusLength: 2048 });
const forgerKey = generateKeyPairSync("rsa", { modulusLength: 2048 });

interface Answer {
  status: number;
  text: string;
  json: unknown;
}

async function post(
  url: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

function signed(body: string, key: KeyObject, certUrl = CERT_URL): Record<string, string> {
  return {
    SignatureCertChainUrl: certUrl,
    "Signature-256": sign("RSA-SHA256", Buffer.from(body), key).toString("base64"),
  };
}

/** A launch stamped `offsetMs` from now (or with `timestamp` as it is). */
function stamped(timestamp: unknown): string {
  const envelope = launchRequest({ skillId: TEST_SKILL_ID });
  return JSON.stringify({ ...envelope, request: { ...envelope.request, timestamp } });
}
const at = (offsetMs: number) => stamped(new Date(Date.now() + offsetMs).toISOString());
/** The same, made when the request is sent. */
const later = (offsetMs: number) => () => at(offsetMs);

/** No stack trace, no file path, no library's words: a short JSON object with one reason. */
function expectShortJson(answer: Answer, status: number, reason?: string | RegExp): void {
  expect(answer.status).toBe(status);
  expect(answer.json).toEqual({ error: expect.any(String) });
  if (reason !== undefined) expect((answer.json as { error: string }).error).toMatch(reason);
  expect(answer.text.length).toBeLessThan(100);
  expect(answer.text).not.toMatch(/\bat \w|\/|\\|node_modules|Error|AskSdk|SyntaxError/);
}

/** The SDK's verifier already holding a key made here as the certificate for CERT_URL. */
class KnownCertificateVerifier extends SkillRequestSignatureVerifier {
  constructor(publicKeyPem: string) {
    super();
    this.certCache.set(CERT_URL, publicKeyPem);
  }
}

interface Running {
  server: Listening;
  log: LogEntry[];
  skillLog: LogEntry[];
}

function serve(verifiers: Verifier[] | "off"): Running {
  const running = { log: [], skillLog: [] } as unknown as Running;
  beforeAll(async () => {
    const skill = buildSkill({ skillId: TEST_SKILL_ID, log: (entry) => running.skillLog.push(entry) });
    const log = (entry: LogEntry) => running.log.push(entry);
    const app = createApp({ skill, verifiers, warn: () => {}, log });
    running.server = await listen(app, "127.0.0.1", 0, { log });
  });
  afterAll(() => running.server.close());
  return running;
}

/** Sends `envelope` and returns the log lines it added. */
async function logged(running: Running, send: () => Promise<Answer>): Promise<[Answer, LogEntry[]]> {
  const before = running.log.length;
  const answer = await send();
  return [answer, running.log.slice(before)];
}

const pem = amazonKey.publicKey.export({ type: "spki", format: "pem" }).toString();

describe("7. errors before verification: short JSON, one log line", () => {
  const running = serve([timestampVerifier, signatureVerifier({ sdk: new KnownCertificateVerifier(pem) })]);

  it.each([
    ["a body over the limit", () => post(running.server.url, "x".repeat(BODY_LIMIT_BYTES + 1)), 413],
    [
      "a gzip content encoding",
      () => post(running.server.url, gzipSync(at(0)), { "content-encoding": "gzip" }),
      415,
    ],
    [
      "an odd charset",
      () => post(running.server.url, at(0), { "content-type": "application/json; charset=utf-16" }),
      415,
    ],
    ["bytes that are not UTF-8", () => post(running.server.url, Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), 400],
    ["another path", () => post(`${running.server.url}/admin`, at(0)), 404],
  ])("%s", async (_, send, status) => {
    const [answer, lines] = await logged(running, send);
    expectShortJson(answer, status);
    expect(lines).toEqual([
      expect.objectContaining({ event: "refused", status, reason: expect.any(String) }),
    ]);
    expect(running.skillLog).toEqual([]);
  });
});

/** A raw connection to `url`, collecting what the server sends until it closes. */
function rawClient(url: string): { socket: Socket; closed: Promise<string> } {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  let received = "";
  socket.on("data", (chunk) => {
    received += chunk.toString();
  });
  const closed = new Promise<string>((resolve) => socket.on("close", () => resolve(received)));
  socket.on("error", () => {});
  return { socket, closed };
}

describe("8. timeouts over a real socket", () => {
  const SHORT_MS = 600;
  const log: LogEntry[] = [];
  let server: Listening;
  beforeAll(async () => {
    const skill = buildSkill({ skillId: TEST_SKILL_ID, log: () => {} });
    const app = createApp({ skill, verifiers: "off", warn: () => {}, log: (e) => log.push(e) });
    server = await listen(app, "127.0.0.1", 0, {
      requestTimeoutMs: SHORT_MS,
      keepAliveTimeoutMs: SHORT_MS,
      checkIntervalMs: 100,
      log: (e) => log.push(e),
    });
  });
  afterAll(() => server.close());

  it("a little above Alexa's 8 seconds by default, and keep-alive shorter than that", async () => {
    const app = createApp({
      skill: buildSkill({ skillId: TEST_SKILL_ID }),
      verifiers: "off",
      warn: () => {},
    });
    const defaults = await listen(app, "127.0.0.1", 0);
    try {
      expect(REQUEST_TIMEOUT_MS).toBeGreaterThan(8000);
      expect(REQUEST_TIMEOUT_MS).toBeLessThanOrEqual(15_000);
      // Node's own timeouts, a backstop one check after the server's deadline.
      expect(defaults.server.requestTimeout).toBeLessThanOrEqual(REQUEST_TIMEOUT_MS + 1000);
      expect(defaults.server.headersTimeout).toBeLessThanOrEqual(REQUEST_TIMEOUT_MS + 1000);
      expect(defaults.server.keepAliveTimeout).toBeLessThan(8000);
    } finally {
      await defaults.close();
    }
  });

  it.each([
    ["a body sent a byte at a time", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n", "{"],
    ["headers sent a byte at a time", "POST / HTTP/1.1\r\n", "X"],
  ])("%s is cut off with a 408 and a JSON reason", async (_, start, drip) => {
    const client = rawClient(server.url);
    const before = log.length;
    const started = performance.now();
    client.socket.write(start);
    const dripping = setInterval(() => client.socket.writable && client.socket.write(drip), 50);
    const received = await client.closed;
    clearInterval(dripping);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(SHORT_MS - 50);
    expect(elapsed).toBeLessThan(SHORT_MS + 2000);
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
    expect(received).toContain('{"error":"request timed out"}');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(log.slice(before)).toEqual([
      expect.objectContaining({ status: 408, reason: "request timed out" }),
    ]);
  });

  it("an idle kept-alive connection is closed", async () => {
    const client = rawClient(server.url);
    const started = performance.now();
    await client.closed;
    expect(performance.now() - started).toBeLessThan(SHORT_MS + 2000);
  });
});

describe("9. the certificate download: aborted at the deadline, failures remembered", () => {
  /** A server that accepts connections and never answers, counting them open and closed. */
  let hanging: Server;
  let hangingUrl = "";
  const sockets = { opened: 0, closed: 0 };
  beforeAll(async () => {
    hanging = createHttpServer(() => {});
    hanging.on("connection", (socket) => {
      sockets.opened += 1;
      socket.on("close", () => {
        sockets.closed += 1;
      });
    });
    await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve));
    const address = hanging.address() as { port: number };
    hangingUrl = `http://127.0.0.1:${address.port}/cert.pem`;
  });
  afterAll(() => {
    hanging.closeAllConnections();
    hanging.close();
  });

  it("a download that hangs is aborted at the deadline: no socket left open", async () => {
    const fetched: string[] = [];
    const verifier = signatureVerifier({
      timeoutMs: 300,
      fetch: async (url, signal) => {
        fetched.push(url);
        const response = await fetch(hangingUrl, { signal });
        return response.text();
      },
    });
    const body = at(0);
    const started = performance.now();
    await expect(verifier.verify(body, signed(body, forgerKey.privateKey))).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(1500);
    expect(fetched).toEqual([CERT_URL]);
    await expect.poll(() => sockets.closed, { timeout: 2000 }).toBe(sockets.opened);
    expect(sockets.opened).toBeGreaterThan(0);
  });

  it("a URL whose download failed is not fetched again, and fresh URLs cannot fan out", async () => {
    let now = 1_000_000;
    const fetched: string[] = [];
    const verifier = signatureVerifier({
      timeoutMs: 300,
      now: () => now,
      fetch: async (url) => {
        fetched.push(url);
        throw new Error("403");
      },
    });
    const body = at(0);
    for (let i = 0; i < 20; i++) {
      await expect(verifier.verify(body, signed(body, forgerKey.privateKey))).rejects.toThrow();
    }
    expect(fetched).toEqual([CERT_URL]);
    // Twenty fresh URLs at once, then twenty more after the pause.
    const fresh = (n: number) => `https://s3.amazonaws.com/echo.api/fresh-${n}.pem`;
    const flood = async (from: number) =>
      Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          verifier.verify(body, signed(body, forgerKey.privateKey, fresh(from + i))),
        ),
      );
    await flood(0);
    expect(fetched.length - 1).toBe(0);
    now += FAILURE_PAUSE_MS + 1;
    await flood(100);
    expect(fetched.length - 1).toBeLessThanOrEqual(MAX_IN_FLIGHT);
  });
});

describe("10. the certificate URL is normalised before the SDK sees it", () => {
  const running = serve([timestampVerifier, signatureVerifier({ sdk: new KnownCertificateVerifier(pem) })]);

  it.each([
    ["a dot-dot segment leaving echo.api", "https://s3.amazonaws.com/echo.api/../other/cert.pem"],
    ["an encoded dot-dot", "https://s3.amazonaws.com/echo.api/%2e%2e/other/cert.pem"],
    [
      "an encoded dot-dot in capitals",
      "https://s3.amazonaws.com/echo.api/%2E%2E/echo.api/echo-api-cert-test.pem",
    ],
    ["an encoded slash", "https://s3.amazonaws.com/echo.api%2f..%2fother/cert.pem"],
  ])("refuses %s with 400", async (_, certUrl) => {
    const body = at(0);
    const [answer, lines] = await logged(running, () =>
      post(running.server.url, body, signed(body, amazonKey.privateKey, certUrl)),
    );
    expectShortJson(answer, 400);
    expect(lines).toHaveLength(1);
    expect(running.skillLog).toEqual([]);
  });

  it("accepts the same certificate reached through a dot-dot that stays in echo.api", async () => {
    const body = at(0);
    const certUrl = "https://S3.amazonaws.com:443/echo.api/../echo.api/./echo-api-cert-test.pem";
    const answer = await post(running.server.url, body, signed(body, amazonKey.privateKey, certUrl));
    expect(answer.status).toBe(200);
  });

  it("normalises, and refuses encoded separators", () => {
    expect(normaliseCertUrl("https://s3.amazonaws.com/echo.api/../other/x.pem")).toBe(
      "https://s3.amazonaws.com/other/x.pem",
    );
    expect(() => normaliseCertUrl("https://s3.amazonaws.com/echo.api/%2E./x.pem")).toThrow();
    expect(() => normaliseCertUrl("not a url")).toThrow();
  });
});

describe("11. the timestamp: within ±150 seconds and readable, before the SDK runs", () => {
  const running = serve([timestampVerifier, signatureVerifier({ sdk: new KnownCertificateVerifier(pem) })]);
  const send = (body: string) => post(running.server.url, body, signed(body, amazonKey.privateKey));

  it.each([
    ["10 years ahead", later(10 * 365 * 24 * 3600 * 1000)],
    ["151 seconds ahead", later(151_000)],
    ["151 seconds old", later(-151_000)],
    ["garbage", () => stamped("garbage")],
    ["a number", () => stamped(Date.now())],
    ["a date without a time", () => stamped(new Date().toISOString().slice(0, 10))],
    ["missing", () => stamped(undefined)],
  ])("refuses a timestamp %s with 400", async (_, body) => {
    const [answer, lines] = await logged(running, () => send(body()));
    expectShortJson(answer, 400, /timestamp/);
    expect(lines).toEqual([
      expect.objectContaining({ status: 400, reason: expect.stringMatching(/timestamp/) }),
    ]);
  });

  it.each([
    ["now", later(0)],
    ["140 seconds ahead", later(140_000)],
    ["140 seconds old", later(-140_000)],
  ])("accepts a timestamp %s", async (_, body) => {
    expect((await send(body())).status).toBe(200);
  });
});

describe("12. refusals: 400, a short JSON reason, one log line", () => {
  const verified = serve([timestampVerifier, signatureVerifier({ sdk: new KnownCertificateVerifier(pem) })]);
  const open = serve("off");

  it("a request for another skill", async () => {
    for (const running of [verified, open]) {
      const body = JSON.stringify(launchRequest({ skillId: "amzn1.ask.skill.other" }));
      const [answer, lines] = await logged(running, () =>
        post(running.server.url, body, signed(body, amazonKey.privateKey)),
      );
      expectShortJson(answer, 400, "wrong skill id");
      expect(lines).toEqual([
        expect.objectContaining({ event: "refused", status: 400, reason: "wrong skill id" }),
      ]);
    }
  });

  it.each([
    ["malformed JSON", "{not json", "malformed JSON"],
    ["an unsigned request", at(0), "signature verification failed"],
  ])("%s", async (_, body, reason) => {
    const [answer, lines] = await logged(verified, () => post(verified.server.url, body));
    expectShortJson(answer, 400, reason);
    expect(lines).toEqual([expect.objectContaining({ status: 400, reason })]);
  });

  it("a forged signature", async () => {
    const body = at(0);
    const answer = await post(verified.server.url, body, signed(body, forgerKey.privateKey));
    expectShortJson(answer, 400, "signature verification failed");
  });

  it("malformed JSON with verification off", async () => {
    expectShortJson(await post(open.server.url, "{not json"), 400, "malformed JSON");
  });

  it("never reached the skill", () => {
    expect(verified.skillLog).toEqual([]);
  });
});
