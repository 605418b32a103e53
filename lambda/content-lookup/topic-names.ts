// A cause or treatment named in words the model did not resolve ("those cortisone injections",
// "PT", "my slipped discs"), looked up against every cause's and treatment's names and synonyms.
// Pure: the names come in as data (topic-name-data.ts reads them from the interaction model, the one
// place they live); accents are dropped as the symptom lookup drops them (spoken-words.ts).
import { plain } from "./spoken-words";

/** One cause or treatment: its id, and its names and synonyms as `normaliseName` leaves them. */
export interface TopicName {
  id: string;
  names: readonly string[];
}

/** Words that change nothing about which thing is named. */
const FILLER_WORDS = new Set([
  "a",
  "an",
  "the",
  "my",
  "your",
  "some",
  "any",
  "those",
  "these",
  "this",
  "that",
  // Spanish: articles, "mi", "eso de ...".
  ...["el", "la", "los", "las", "un", "una", "unos", "unas", "mi", "mis", "su", "sus", "de"],
  ...["eso", "esos", "esas", "ese", "esa", "este", "esta", "estos", "estas"],
]);

/** A plural said as its singular: "injections" → "injection", "therapies" → "therapy"; "stress" stays. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * A name as the lookup compares it: lower case, no accents (speech-to-text may drop them), no
 * punctuation or apostrophes, without articles and "my", each word singular, and spelled-out letters
 * joined ("p. t." → "pt").
 */
export function normaliseName(text: string): string {
  const words = plain(text.toLowerCase())
    .replace(/['\u2019]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "" && !FILLER_WORDS.has(word));
  const joined: string[] = [];
  let spelling = false;
  for (const word of words) {
    const letter = word.length === 1;
    if (letter && spelling) joined[joined.length - 1] += word;
    else joined.push(word);
    spelling = letter;
  }
  return joined.map(singular).join(" ");
}

/** `needle` found in `haystack` as whole words. */
function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/** The cause or treatment whose name or synonym `heard` is, word for word once normalised. */
export function exactName(names: readonly TopicName[], heard: string): string | undefined {
  const said = normaliseName(heard);
  return names.find((topic) => topic.names.includes(said))?.id;
}

/**
 * The cause or treatment `heard` names: one whose name it is, or else the one with the longest name
 * inside it ("cortisone injections for my back" → injections). Undefined when it names none.
 */
export function lookUpName(names: readonly TopicName[], heard: string): string | undefined {
  const said = normaliseName(heard);
  if (said === "") return undefined;
  const exact = exactName(names, heard);
  if (exact !== undefined) return exact;
  let best: { id: string; length: number } | undefined;
  for (const topic of names) {
    for (const name of topic.names) {
      if (name.length > (best?.length ?? 0) && containsWords(said, name))
        best = { id: topic.id, length: name.length };
    }
  }
  return best?.id;
}
