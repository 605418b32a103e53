// How the tests count spoken words: tokens with a letter or digit ("&" and "—" are not words).
export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

export function wordCount(text: string): number {
  return words(text).length;
}
