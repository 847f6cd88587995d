import { fold } from './fold.js';

/**
 * Words are runs of letters and digits (with any combining marks, so text that
 * is not NFC stays whole). Everything else separates words: "Kylä- ja
 * asukastoiminta" gives "Kylä", "ja", "asukastoiminta".
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

export interface TokenSpan {
  text: string;
  start: number;
  end: number;
}

export function tokenSpans(text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The words of a text, unfolded. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Query words are distinct folded tokens; repeating a word adds nothing. */
export function queryWords(query: string): string[] {
  return [...new Set(tokenize(query).map(fold))];
}
