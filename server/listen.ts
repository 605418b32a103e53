// Starts an express app listening, and stops it again. Node's defaults let a client hold a request
// open for minutes (a body sent a byte a second; 300 s for a request, 60 s for its headers): here the
// headers and the whole request must arrive within REQUEST_TIMEOUT_MS, a little above the 8 seconds
// Alexa waits for an answer, and an idle kept-alive connection closes after KEEP_ALIVE_TIMEOUT_MS.
// A request that breaks HTTP, or takes too long, gets a short JSON answer and one log line.
import { createServer, type Server } from "node:http";
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

/** Node's answer to a request that broke HTTP or took too long, as a short JSON body. */
function answerClientError(log: LogSink, error: NodeJS.ErrnoException, socket: Socket): void {
  const timedOut = error.code === "ERR_HTTP_REQUEST_TIMEOUT";
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const status = timedOut ? 408 : tooLarge ? 431 : 400;
  const reason = timedOut ? "request timed out" : tooLarge ? "headers too large" : "malformed HTTP request";
  log({ level: "warn", event: "refused", status, reason });
  if (socket.writable && error.code !== "ECONNRESET") {
    const body = JSON.stringify({ error: reason });
    socket.end(
      `HTTP/1.1 ${status} ${timedOut ? "Request Timeout" : tooLarge ? "Request Header Fields Too Large" : "Bad Request"}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
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
    const server = createServer(
      {
        requestTimeout: requestTimeoutMs,
        headersTimeout: requestTimeoutMs,
        keepAliveTimeout: keepAliveTimeoutMs,
        connectionsCheckingInterval: checkIntervalMs,
      },
      app,
    );
    server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) =>
      answerClientError(log, error, socket),
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
