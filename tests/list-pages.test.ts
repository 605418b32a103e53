// Paging a list: at most three items a turn, and fewer when their names run past one breath.
import { describe, expect, it } from "vitest";
import { pageSentence, paginate } from "../lambda/speech/list-pages";

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

describe("pageSentence", () => {
  const signs = ["a fall, a car crash, or another serious injury", "sudden pain, or feeling faint"];

  it("joins plain items in one list, with 'and' only where the group ends", () => {
    expect(pageSentence({ title: "T", labels: ["a", "b", "c"], endsGroup: true }, "en-US")).toBe(
      "T: a, b, and c.",
    );
    expect(pageSentence({ labels: ["a", "b"], endsGroup: false }, "en-US")).toBe("A, b.");
  });

  it("never closes a page with 'and' in any language while more follow, and closes the group with it", () => {
    expect(pageSentence({ labels: ["a", "b", "c"], endsGroup: false }, "es-US")).toBe("A, b, c.");
    expect(pageSentence({ labels: ["a", "b", "c"], endsGroup: true }, "es-US")).toBe("A, b y c.");
  });

  it("says each item a sentence of its own when its names have commas and 'or's of their own", () => {
    const page = {
      title: "Call 911 for any of these",
      labels: signs,
      endsGroup: false,
      itemsAsSentences: true,
    };
    expect(pageSentence(page, "en-US")).toBe(
      "Call 911 for any of these: a fall, a car crash, or another serious injury. Sudden pain, or feeling faint.",
    );
    expect(pageSentence({ ...page, title: undefined }, "en-US")).toBe(
      "A fall, a car crash, or another serious injury. Sudden pain, or feeling faint.",
    );
  });

  it("keeps each page of a group that says it so saying its items as sentences", () => {
    const pages = paginate([{ title: "T", labels: ["a", "b", "c", "d"], itemsAsSentences: true }]);
    expect(pages.every((p) => p.itemsAsSentences)).toBe(true);
    expect(paginate([{ labels: ["a"] }])[0]?.itemsAsSentences).toBeUndefined();
  });
});
