// Session state read back from the attributes: validated, and anything malformed dropped.
import { describe, expect, it } from "vitest";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { readState, STATE_KEY, writeState } from "../lambda/state/session-state";

const read = (conversation: unknown) => readState({ [STATE_KEY]: conversation }, RED_FLAGS);

describe("reading the state back", () => {
  it("round-trips what it wrote", () => {
    const state = {
      pending: { kind: "list" as const, list: "causes" as const, page: 2 },
      check: { index: 2, questionId: RED_FLAGS[2]?.id ?? "" },
      said: { speech: "", question: "b?", reprompt: "c" },
    };
    expect(readState(writeState(state), RED_FLAGS)).toEqual({ state, checkLost: false });
  });

  it.each([undefined, null, "text", 42, [], { other: 1 }])(
    "treats %j attributes as a fresh start",
    (attributes) => {
      expect(readState(attributes, RED_FLAGS)).toEqual({ state: {}, checkLost: false });
    },
  );

  it.each([
    { kind: "offer", offer: "lottery" },
    { kind: "list", list: "causes", page: -1 },
    { kind: "list", list: "causes", page: 1.5 },
    { kind: "list", list: "recipes", page: 0 },
    { kind: "list", list: "__proto__", page: 0 },
    "offer",
  ])("drops a malformed pending offer %j", (pending) => {
    expect(read({ v: 1, pending }).state.pending).toBeUndefined();
  });

  it.each([
    { speech: 1, question: "q", reprompt: "r" },
    { speech: "s", question: "q" },
    { speech: "x".repeat(5000), question: "q?", reprompt: "r" },
    { speech: "s", question: "", reprompt: "r" },
    { speech: "s", question: "not a question", reprompt: "r" },
    { speech: "s", question: `${"'".repeat(400)}?`, reprompt: "r" },
    { speech: "s", question: "q?", reprompt: " " },
  ])("drops a malformed 'said' %#", (said) => {
    expect(read({ v: 1, said }).state.said).toBeUndefined();
  });

  it("flags a check whose place cannot be trusted, and keeps nothing of it", () => {
    expect(read({ v: 1, check: { index: RED_FLAGS.length, questionId: "x" } })).toEqual({
      state: {},
      checkLost: true,
    });
    expect(read({ v: 2, check: { index: 0, questionId: RED_FLAGS[0]?.id } })).toEqual({
      state: {},
      checkLost: true,
    });
  });

  it("does not flag a lost check when there was none", () => {
    expect(read({ v: 2 })).toEqual({ state: {}, checkLost: false });
  });
});
