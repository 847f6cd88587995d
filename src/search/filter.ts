/**
 * Cheap pre-tests that let a scan skip most document words without string
 * work. A word's signature holds the set of its letters (32 bits) and the set
 * of its letter pairs hashed into 64 bits, both of its loose form. A pattern
 * found inside a word has all its letters and pairs in the word's signature; a
 * pattern within one typo lacks at most one letter and three pairs (a swap of
 * neighbours breaks three). Hash collisions only let more words through.
 */

export interface Signature {
  letters: number;
  lo: number;
  hi: number;
}

function letterBit(c: number): number {
  if (c >= 97 && c <= 122) return 1 << (c - 97);
  if (c >= 48 && c <= 57) return 1 << 26;
  return 1 << (27 + (c % 5));
}

export function signature(loose: string): Signature {
  let letters = 0;
  let lo = 0;
  let hi = 0;
  let prev = -1;
  for (let i = 0; i < loose.length; i++) {
    const c = loose.charCodeAt(i);
    letters |= letterBit(c);
    if (prev >= 0) {
      const h = Math.imul((prev << 16) | c, 0x9e3779b1) >>> 26;
      if (h < 32) lo |= 1 << h;
      else hi |= 1 << (h - 32);
    }
    prev = c;
  }
  return { letters, lo, hi };
}

/** The signature of what all the given ones share. */
export function common(sigs: readonly Signature[]): Signature {
  const out: Signature = { letters: -1, lo: -1, hi: -1 };
  for (const s of sigs) {
    out.letters &= s.letters;
    out.lo &= s.lo;
    out.hi &= s.hi;
  }
  return out;
}

function bits(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Can a word with signature (letters, lo, hi) contain the pattern? */
export function mayContain(p: Signature, letters: number, lo: number, hi: number): boolean {
  return (p.letters & ~letters) === 0 && (p.lo & ~lo) === 0 && (p.hi & ~hi) === 0;
}

/** Can a word with signature (letters, lo, hi) contain the pattern with one typo? */
export function mayContainNearly(p: Signature, letters: number, lo: number, hi: number): boolean {
  const missing = p.letters & ~letters;
  if ((missing & (missing - 1)) !== 0) return false;
  return bits(p.lo & ~lo) + bits(p.hi & ~hi) <= 3;
}
