/**
 * Case and accent folding. Two forms:
 * - `fold`: NFC + lower case; keeps every letter as is, so å/ä/ö stay distinct.
 * - `foldLoose`: also drops diacritics and maps letters without a decomposition
 *   (Sámi đ/ŋ/ŧ, ø, ß …), so "kyla" meets "kylä" and "sapmi" meets "sápmi".
 *
 * Both work per character cluster (a base character and its combining marks),
 * which keeps a map back to the original text for highlighting, also when the
 * input is not NFC.
 */

/** Letters that NFD does not split into base + mark. */
const LOOSE_SPECIAL: Readonly<Record<string, string>> = {
  đ: 'd',
  ð: 'd',
  ŋ: 'n',
  ŧ: 't',
  ʒ: 'z',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  // Skolt Sámi palatalisation mark: residents type without it.
  '\u02b9': '',
};

const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;
const MARKS = /\p{M}+/gu;
const ASCII = /^[\x00-\x7f]*$/;

function foldCluster(cluster: string): string {
  return cluster.normalize('NFC').toLowerCase();
}

/** Loose form of an already folded cluster. */
function looseCluster(folded: string): string {
  let out = '';
  for (const ch of folded.normalize('NFD').replace(MARKS, '')) {
    out += LOOSE_SPECIAL[ch] ?? ch;
  }
  return out;
}

/** Strict folding: NFC, lower case; å/ä/ö/é … kept. */
export function fold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (const m of s.matchAll(CLUSTER)) out += foldCluster(m[0]);
  return out;
}

/** Loose folding: as `fold`, then without diacritics (ä→a, š→s, đ→d …). */
export function foldLoose(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (const m of s.matchAll(CLUSTER)) out += looseCluster(foldCluster(m[0]));
  return out;
}

/** Both folded forms of one word. */
export interface FoldedWord {
  fold: string;
  loose: string;
}

export function foldWord(s: string): FoldedWord {
  if (ASCII.test(s)) {
    const lower = s.toLowerCase();
    return { fold: lower, loose: lower };
  }
  let f = '';
  let l = '';
  for (const m of s.matchAll(CLUSTER)) {
    const c = foldCluster(m[0]);
    f += c;
    l += looseCluster(c);
  }
  return { fold: f, loose: l };
}

/**
 * A folded form with, for each of its UTF-16 units, the start and end offsets
 * in the source of the cluster it came from (so a span of the folded form maps
 * back to whole source characters).
 */
export interface MappedFold {
  text: string;
  start: number[];
  end: number[];
}

export function foldWordMapped(s: string, offset = 0): { fold: MappedFold; loose: MappedFold } {
  const f: MappedFold = { text: '', start: [], end: [] };
  const l: MappedFold = { text: '', start: [], end: [] };
  for (const m of s.matchAll(CLUSTER)) {
    const from = offset + m.index;
    const to = from + m[0].length;
    const c = foldCluster(m[0]);
    const lc = looseCluster(c);
    f.text += c;
    l.text += lc;
    for (let i = 0; i < c.length; i++) {
      f.start.push(from);
      f.end.push(to);
    }
    for (let i = 0; i < lc.length; i++) {
      l.start.push(from);
      l.end.push(to);
    }
  }
  return { fold: f, loose: l };
}
