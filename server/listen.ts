// Starts an express app listening, and stops it again. Node's defaults let a client hold a request
// open for minutes (a body sent a byte a second; 300 s for a request, 60 s for its headers): here the
// headers and the whole request must arrive within REQUEST_TIMEOUT_MS, a little above the 8 seconds
// Alexa waits for an answer, and an idle kept-alive connection closes after KEEP_ALIVE_TIMEOUT_MS.
// A request that breaks HTTP, or takes too long, gets a short JSON answer and one log line.
//
// The deadline is a timer per connection, armed when it opens and again when each answer is sent,
// and disarmed once a request has arrived whole. Node's own request timeout is kept one check
// later as a backstop only: under load (the 200 connections of `npm run load`) its periodic check
// let slow clients through for as long as they liked.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { Express } from "express";
import { jsonLineSink, type LogSink } from "../lambda/skill/request-log";

export const REQUEST_TIMEOUT_MS = 10_000;
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;
/** How often Node looks for requests past their time. */
const CHECK_INTERVAL_MS = 1_000;

export interface Listening {
  server: Server;
  /** e.g. http://127.0.0.1:3000 */
  url: string;
  close(): Promise<void>;
}

export interface ListenOptions {
  requestTimeoutMs?: number;
  keepAliveTimeoutMs?: number;
  checkIntervalMs?: number;
  /** Where the line for each request broken at the HTTP level goes; JSON on stdout by default. */
  log?: LogSink;
}

/** How long a refused connection may take to read its answer before it is closed outright. */
const LINGER_MS = 1_000;

const CLIENT_ERRORS: Readonly<Record<string, { status: number; text: string; reason: string }>> = {
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, text: "Request Timeout", reason: "request timed out" },
  HPE_HEADER_OVERFLOW: { status: 431, text: "Request Header Fields Too Large", reason: "headers too large" },
};
const MALFORMED = { status: 400, text: "Bad Request", reason: "malformed HTTP request" };

/** Connections the server has answered and is closing: what happens on them after is not logged. */
const closing = new WeakSet<Socket>();

/** True when the server has already answered (and logged) this connection's request and is closing it. */
export function isClosing(socket: Socket): boolean {
  return closing.has(socket);
}

/**
 * Answers a request that broke HTTP or took too long with a short JSON body, then closes the
 * connection (at once when the client has already gone). One log line per connection refused.
 */
function answerClientError(log: LogSink, error: NodeJS.ErrnoException, socket: Socket): void {
  if (closing.has(socket)) {
    socket.destroy();
    return;
  }
  closing.add(socket);
  if (error.code === "ECONNRESET" || !socket.writable) {
    log({ level: "warn", event: "refused", status: 400, reason: "connection reset by the client" });
    socket.destroy();
    return;
  }
  const { status, text, reason } = CLIENT_ERRORS[error.code ?? ""] ?? MALFORMED;
  log({ level: "warn", event: "refused", status, reason });
  const body = JSON.stringify({ error: reason });
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}

/** Arms a deadline for each request on each connection: its headers and body must arrive in time. */
function requestDeadlines(server: Server, timeoutMs: number, onLate: (socket: Socket) => void): void {
  const timers = new WeakMap<Socket, NodeJS.Timeout>();
  const disarm = (socket: Socket) => clearTimeout(timers.get(socket));
  const arm = (socket: Socket) => {
    disarm(socket);
    const timer = setTimeout(() => onLate(socket), timeoutMs);
    timer.unref();
    timers.set(socket, timer);
  };
  server.on("connection", (socket: Socket) => {
    arm(socket);
    socket.once("close", () => disarm(socket));
  });
  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    const { socket } = request;
    if (request.complete) disarm(socket);
    else request.once("end", () => disarm(socket));
    response.once("finish", () => {
      if (!socket.destroyed) arm(socket);
    });
  });
}

export function listen(
  app: Express,
  host: string,
  port: number,
  {
    requestTimeoutMs = REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs = KEEP_ALIVE_TIMEOUT_MS,
    checkIntervalMs = CHECK_INTERVAL_MS,
    log = jsonLineSink,
  }: ListenOptions = {},
): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const backstopMs = requestTimeoutMs + checkIntervalMs;
    const server = createServer(
      {
        requestTimeout: backstopMs,
        headersTimeout: backstopMs,
        keepAliveTimeout: keepAliveTimeoutMs,
        connectionsCheckingInterval: checkIntervalMs,
      },
      app,
    );
    server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) =>
      answerClientError(log, error, socket),
    );
    requestDeadlines(server, requestTimeoutMs, (socket) =>
      answerClientError(log, Object.assign(new Error("late"), { code: "ERR_HTTP_REQUEST_TIMEOUT" }), socket),
    );
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
      resolve({
        server,
        url: `http://${shownHost}:${address.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
