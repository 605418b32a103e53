// SSML is built here and nowhere else. Content is plain text; every character of it is escaped,
// and the numbers a listener must catch are wrapped so Alexa reads them digit by digit.

/** A number that must be read as a telephone number wherever it appears in speech. */
export interface SpokenNumber {
  digits: string;
  /** Short pauses around it, so a listener has time to write it down. */
  pause: boolean;
}

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

export const PAUSE = '<break time="300ms"/>';

/**
 * Characters XML does not allow in a document (so neither in SSML): control characters other than
 * tab, newline and carriage return, a surrogate without its pair, and U+FFFE / U+FFFF.
 */
const XML_FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const EVERY_XML_FORBIDDEN = new RegExp(XML_FORBIDDEN.source, "g");

/** True when `text` holds a character XML does not allow. */
export function hasXmlForbidden(text: string): boolean {
  return XML_FORBIDDEN.test(text);
}

function withoutXmlForbidden(text: string): string {
  return text.replace(EVERY_XML_FORBIDDEN, "");
}

/** Escapes the five XML special characters once (the SDK's own helper double-escapes `&apos;`). */
export function escapeSsml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

interface NumberPattern {
  byDigits: ReadonlyMap<string, SpokenNumber>;
  pattern: RegExp;
}

// The numbers come from content (the clinic's and the emergency number), the same on every request:
// each set's pattern is compiled once, not for every speech and reprompt.
const patterns = new Map<string, NumberPattern>();

function numberPattern(numbers: readonly SpokenNumber[]): NumberPattern {
  const key = numbers.map((n) => `${n.digits}${n.pause ? " pause" : ""}`).join("\n");
  const known = patterns.get(key);
  if (known) return known;
  const byDigits = new Map(numbers.map((n) => [n.digits, n]));
  const alternatives = [...byDigits.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\d-])(${alternatives.join("|")})(?![\\d-])`);
  const compiled = { byDigits, pattern };
  patterns.set(key, compiled);
  return compiled;
}

/**
 * Plain text → the inside of a `<speak>` element: characters XML forbids left out, text escaped, each spoken number as
 * `<say-as interpret-as="telephone">`, never matching inside a longer number.
 */
export function toSsml(text: string, numbers: readonly SpokenNumber[]): string {
  const clean = withoutXmlForbidden(text);
  if (numbers.length === 0) return escapeSsml(clean);
  const { byDigits, pattern } = numberPattern(numbers);
  return clean
    .split(pattern)
    .map((part, i) => {
      // split() with one capture group puts the captured numbers at odd indexes.
      if (i % 2 === 0) return escapeSsml(part);
      const sayAs = `<say-as interpret-as="telephone">${escapeSsml(part)}</say-as>`;
      return byDigits.get(part)?.pause ? `${PAUSE}${sayAs}${PAUSE}` : sayAs;
    })
    .join("");
}
