// Where the request's log line goes: straight to stdout's file descriptor, whole, one line each; a
// line the descriptor cannot take whole (a full pipe) is not lost, and the lines after it keep their order.
import fs from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { jsonLineSink } from "../lambda/skill/request-log";

/** What went to file descriptor 1 directly and through process.stdout, as text. */
function watchStdout(direct: (line: Buffer) => number) {
  const fd1: string[] = [];
  const stream: string[] = [];
  vi.spyOn(fs, "writeSync").mockImplementation(((fd: number, data: Buffer) => {
    expect(fd).toBe(1);
    const taken = direct(data);
    fd1.push(data.subarray(0, taken).toString());
    return taken;
  }) as typeof fs.writeSync);
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stream.push(Buffer.from(chunk).toString());
    return true;
  });
  return { fd1, stream };
}

afterEach(() => {
  vi.restoreAllMocks();
});

// In this order: the module remembers a line that did not go whole, as a process would.
describe("the log sink", () => {
  it("writes each entry as one JSON line on file descriptor 1, without making process.stdout do it", () => {
    const { fd1, stream } = watchStdout((line) => line.length);
    jsonLineSink({ event: "request", outcome: "open" });
    jsonLineSink({ event: "request", outcome: "ended" });
    expect(fd1).toEqual([
      '{"event":"request","outcome":"open"}\n',
      '{"event":"request","outcome":"ended"}\n',
    ]);
    expect(stream).toEqual([]);
  });

  it("hands the rest of a line the pipe would not take to process.stdout, and every later line too, in order", () => {
    const { fd1, stream } = watchStdout(() => 10);
    jsonLineSink({ event: "request", outcome: "open" });
    jsonLineSink({ event: "request", outcome: "ended" });
    expect(fd1.join("") + stream.join("")).toBe(
      '{"event":"request","outcome":"open"}\n{"event":"request","outcome":"ended"}\n',
    );
    expect(fd1).toHaveLength(1);
  });

  it("keeps writing through process.stdout once it has, so that nothing overtakes a queued line", () => {
    const { fd1, stream } = watchStdout((line) => line.length);
    jsonLineSink({ event: "request", outcome: "silent" });
    expect(fd1).toEqual([]);
    expect(stream).toEqual(['{"event":"request","outcome":"silent"}\n']);
  });
});

describe("a write that fails outright (EAGAIN)", () => {
  it("loses no line: it goes through process.stdout", async () => {
    vi.resetModules();
    const { jsonLineSink: freshSink } = await import("../lambda/skill/request-log");
    const { fd1, stream } = watchStdout(() => {
      throw Object.assign(new Error("EAGAIN: resource temporarily unavailable, write"), { code: "EAGAIN" });
    });
    freshSink({ event: "request", outcome: "open" });
    expect(fd1).toEqual([]);
    expect(stream).toEqual(['{"event":"request","outcome":"open"}\n']);
  });
});
