/**
 * Character classes and word hashes for the index builder's hot loop, so it
 * reads text by character codes and does no string work for words it has seen.
 */

/** Character classes: what the tokenizer's regular expression decides, per UTF-16 unit. */
export const SEPARATOR = 1;
/** A Latin-1 letter or digit: `fold` is the per-character lower case. */
export const SIMPLE = 2;
/** A letter or digit outside Latin-1: the word is folded as a string. */
export const OTHER = 3;
/** A combining mark: continues a word, never starts one. */
export const MARK = 4;
/** Half of a surrogate pair: the rest of the text goes through `tokenize`. */
export const SURROGATE = 5;

export const CLASS = new Uint8Array(0x10000);
/** For Latin-1: the lower case of a letter or digit, 0 for anything else. */
export const LATIN1 = new Uint16Array(0x100);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const COMBINING = /^\p{M}$/u;

function classify(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return SURROGATE;
  const ch = String.fromCharCode(c);
  if (LETTER_OR_DIGIT.test(ch)) return c < 0x100 ? SIMPLE : OTHER;
  return COMBINING.test(ch) ? MARK : SEPARATOR;
}

for (let c = 0; c < 0x100; c++) {
  CLASS[c] = classify(c);
  LATIN1[c] = CLASS[c] === SIMPLE ? String.fromCharCode(c).toLowerCase().charCodeAt(0) : 0;
}

export function classOf(c: number): number {
  let k = CLASS[c] ?? SEPARATOR;
  if (k === 0) k = CLASS[c] = classify(c);
  return k;
}

// ---------------------------------------------------------------- builder

// Two independent 32-bit hashes of a word's folded letters. The word table
// keeps both (and the length) for every word, so a word is told from every
// other without comparing letters: two different words agree on all of them
// with odds of about 1 in 2^64 per pair, far below anything a directory meets.
export const HASH_SEED = 0x811c9dc5;
export const HASH_PRIME = 0x01000193;
export const CHECK_SEED = 0x2545f491;
export const CHECK_PRIME = 0x5bd1e995;

export function hashString(s: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), HASH_PRIME);
  return h;
}

export function checkString(s: string): number {
  let h = CHECK_SEED;
  for (let i = 0; i < s.length; i++) h = Math.imul(h + s.charCodeAt(i), CHECK_PRIME) ^ (h >>> 15);
  return h;
}
