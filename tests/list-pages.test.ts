// Paging a list: at most three items a turn, and fewer when their names run past one breath.
import { describe, expect, it } from "vitest";
import { paginate } from "../lambda/speech/list-pages";

describe("paginate", () => {
  const short = ["a", "b", "c", "d"];

  it("gives three items a page, a page never spanning two groups", () => {
    const pages = paginate([{ title: "T", labels: short }, { labels: ["e"] }]);
    expect(pages.map((p) => p.labels)).toEqual([["a", "b", "c"], ["d"], ["e"]]);
    expect(pages.map((p) => p.title)).toEqual(["T", undefined, undefined]);
    expect(pages.map((p) => p.endsGroup)).toEqual([false, true, true]);
  });

  it("closes a page early when the next name would take it past the word budget", () => {
    const long = ["one two three", "four five six", "seven", "eight nine ten eleven"];
    const pages = paginate([{ labels: long, title: "Do this", titleEveryPage: true }], 3, 6);
    expect(pages.map((p) => p.labels)).toEqual([
      ["one two three", "four five six"],
      ["seven", "eight nine ten eleven"],
    ]);
    expect(pages.every((p) => p.title === "Do this")).toBe(true);
  });

  it("still reads a name longer than the budget, alone on its page", () => {
    const pages = paginate([{ labels: ["a b c d e f g", "h"] }], 3, 4);
    expect(pages.map((p) => p.labels)).toEqual([["a b c d e f g"], ["h"]]);
  });
});
