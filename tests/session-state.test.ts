// Session state read back from the attributes: validated, and anything malformed dropped.
import { describe, expect, it } from "vitest";
import { RED_FLAGS } from "../lambda/content-lookup/red-flags";
import { keepMentions, readState, STATE_KEY, writeState } from "../lambda/state/session-state";

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
    { speech: "s\u0000", question: "q?", reprompt: "r" },
    { speech: "s", question: "q\u001f?", reprompt: "r" },
    { speech: "s", question: "q?", reprompt: "r\ud800" },
    { speech: "s\udc00", question: "q?", reprompt: "r" },
    { speech: "s\uffff", question: "q?", reprompt: "r" },
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

describe("the signs said out loud", () => {
  const ids = RED_FLAGS.map((f) => f.id);

  it("round-trip, in the order said", () => {
    const state = { mentioned: [ids.at(-1) as string, ids[0] as string] };
    expect(readState(writeState(state), RED_FLAGS)).toEqual({ state, checkLost: false });
  });

  it.each([
    ["an unknown sign", ["headache"]],
    ["one known and one unknown", [ids[0], "headache"]],
    ["a sign twice", [ids[0], ids[0]]],
    ["an empty list", []],
    ["more signs than there are questions", [...ids, ids[0]]],
    ["a string", ids[0]],
    ["a number", 3],
    ["a name of an object property", ["constructor"]],
  ])(
    "that cannot be trusted (%s) are dropped, and the check restarts so nothing is skipped",
    (_, mentioned) => {
      expect(read({ v: 1, mentioned })).toEqual({ state: {}, checkLost: true });
    },
  );

  it("from another version are dropped the same way", () => {
    expect(read({ v: 2, mentioned: [ids[0]] })).toEqual({ state: {}, checkLost: true });
  });

  it("stay for the whole session: a turn that does not name them keeps them, one that does replaces them", () => {
    const previous = { mentioned: [ids[0] as string], check: { index: 0, questionId: ids[0] as string } };
    expect(keepMentions(previous, {})).toEqual({ mentioned: previous.mentioned });
    expect(keepMentions(previous, { mentioned: ids.slice(0, 2) })).toEqual({ mentioned: ids.slice(0, 2) });
    expect(keepMentions({}, { pending: { kind: "offer", offer: "number" } })).toEqual({
      pending: { kind: "offer", offer: "number" },
    });
  });
});
