// Words as the symptom lookup compares them: lower case, no punctuation or apostrophes, digits read out
// one by one ("nine one one"), and without filler words that change nothing about which sign is meant
// ("a", "my", "i was", "went").

const FILLERS = new Set(
  (
    "a an the my i im ive id me was got get went gone have had has been am is are just also too now right " +
    "please really so um uh oh well actually and then " +
    // Spanish: articles, "me", "ya", "pues", "este" said while thinking.
    "el la los las un una unos unas mi mis yo ya pues este eh bueno y luego también ahora"
  ).split(" "),
);

const DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** The words that matter in `text`. */
export function keyWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, "")
    .replace(/\d/g, (digit) => ` ${DIGITS[Number(digit)]} `)
    .split(/[^\p{L}]+/u)
    .filter((word) => word !== "" && !FILLERS.has(word));
}
