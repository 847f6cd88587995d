/**
 * How one query word matches one document word. Shared by the engine (which
 * only needs the class) and highlighting (which also needs the span), so both
 * follow the same rules.
 */
import { common, mayContain, mayContainNearly, signature, type Signature } from './filter.js';
import { foldLoose, foldWord } from './fold.js';
import { SHORT_REST, isVowel, stems, type Stem } from './stem.js';
import { fuzzyAt, sameFrom } from './edits.js';

/** Match classes, best first. */
export const EXACT = 6; // the whole word: "kuoro" ~ "kuoro"
export const NEAR = 5; // the word with a short ending: "oulu" ~ "oulun", "kuor" ~ "kuoro"
export const PREFIX = 4; // word start, while typing: "lentop" ~ "lentopalloseura"
export const PART = 3; // compound part: "kuoro" ~ "mieskuoro"
export const INFLECTED = 2; // trimmed ending: "urheiluseuroille" ~ "urheiluseura"
export const FUZZY = 1; // one typo: "mieskuorro" ~ "mieskuoro"

/** At most this many letters after a word start make it NEAR rather than PREFIX. */
const NEAR_REST = 2;
/** Compound parts need this many letters (three only at a compound's end). */
const MIN_PART = 4;
/** Typos are forgiven from this word length on … */
const MIN_FUZZY = 5;
/** … and inside compounds only from this one (fewer letters match too much). */
const MIN_FUZZY_PART = 8;
/**
 * A typo is never forgiven in the first letter (people rarely get it wrong,
 * and it keeps typo search cheap) …
 */
const TYPO_FROM = 1;
/**
 * … and a stem's only in its last two letters, where Finnish gradation and
 * stem-vowel changes happen (kirko(n) ~ kirkko, seuro(ille) ~ seura).
 */
const STEM_TYPO_TAIL = 2;

/** A stem with its pre-test signatures. */
interface StemPattern extends Stem {
  sig: Signature;
  /** Of the letters before the last two, for typo matches. */
  headSig: Signature;
}

/** One form (strict or loose) of a query word with its stems. */
interface Pattern {
  text: string;
  sig: Signature;
  stems: StemPattern[];
}

export interface QueryWord {
  strict: Pattern;
  /** Present when the loose form differs from the strict one (the query has ä, é …). */
  loose: Pattern | null;
  fuzzy: boolean;
  fuzzyPart: boolean;
  // The rest serves `mayMatch`. Signatures and letters are of loose forms.
  /** One or two letters: only a word start can match. */
  startOnly: boolean;
  /** First two letters as in `Term.head` (one letter: the second is 0). */
  head: number;
  first: number;
  /** What every non-typo match anywhere in a word must contain (null: none) … */
  anywhereSig: Signature | null;
  /** … at a word start, with the head `startHead` (null: any) … */
  startSig: Signature | null;
  startHead: number | null;
  /** … and at a word end, with the same `Term.tail` (null: any). */
  endSig: Signature | null;
  endTail: number | null;
  /** The word, which a typo match nearly contains. */
  sig: Signature;
  /** A typo leaves one half of the word whole (the letter between may go). */
  halves: [Signature, Signature];
  /** What every typo match of a stem at a word start must contain (null: no such stems) … */
  stemTypoSig: Signature | null;
  /** … and inside a compound (long stems only). */
  stemTypoPartSig: Signature | null;
}

/** A document word in both folded forms, with the signature of the loose one. */
export interface Term extends Signature {
  fold: string;
  loose: string;
  /** True when both forms are the same (no diacritics). */
  plain: boolean;
  /** Loose first two letters (UTF-16 units), the first in the high half. */
  head: number;
  /** Loose last two letters, packed the same way. */
  tail: number;
}

export function makeTerm(raw: string): Term {
  const { fold, loose } = foldWord(raw);
  return { fold, loose, plain: fold === loose, head: headOf(loose), tail: tailOf(loose), ...signature(loose) };
}

export function headOf(s: string): number {
  return ((s.charCodeAt(0) | 0) << 16) | (s.charCodeAt(1) | 0);
}

function tailOf(s: string): number {
  return ((s.charCodeAt(s.length - 2) | 0) << 16) | (s.charCodeAt(s.length - 1) | 0);
}

/** The value all texts share, or null. */
function shared(values: readonly number[]): number | null {
  const first = values[0];
  return first !== undefined && values.every((v) => v === first) ? first : null;
}

const commonOrNull = (sigs: readonly Signature[]): Signature | null => (sigs.length > 0 ? common(sigs) : null);

export interface TermMatch {
  cls: number;
  /** True when only the loose forms matched (ä ~ a). */
  loose: boolean;
  /** Span in the matched form of the document word. */
  start: number;
  end: number;
}

/** Added to the rank of every match that needs no typo: typo matches come last. */
export const NO_TYPO = 64;

/**
 * Rank of a match: 1–18, plus `NO_TYPO` unless it is a typo match. Strict
 * matches (letters as typed) rank by class. A loose match ranks just below a
 * strict one of the same class when the query word has no diacritics
 * (residents type "kyla" for "kylä"), but below every strict match when it has
 * them: "kylä" was typed on purpose, "kyla" in a document is another word.
 *
 * A typo match ranks below every other match, whatever the field: "kuoro"
 * (choir) is one letter from "kuuro" (deaf), and a resident who typed it
 * correctly means the choir mentioned in a description, not the deaf
 * association's name. Typos still find what nothing else does.
 */
export function tierOf(m: TermMatch, w: QueryWord): number {
  return classTier(m.cls, m.loose, w);
}

function classTier(cls: number, loose: boolean, w: QueryWord): number {
  const bonus = cls > FUZZY ? NO_TYPO : 0;
  if (!loose) return bonus + cls * 2 + 6;
  return bonus + (w.loose === null ? cls * 2 + 5 : cls);
}

/** The class of a word start: the whole word, a short ending more, or a longer word. */
function startClass(queryLength: number, wordLength: number): number {
  return wordLength === queryLength ? EXACT : wordLength - queryLength <= NEAR_REST ? NEAR : PREFIX;
}

const looseSig = (text: string): Signature => signature(foldLoose(text));

function pattern(text: string): Pattern {
  return {
    text,
    sig: looseSig(text),
    stems: stems(text).map((s) => ({
      ...s,
      sig: looseSig(s.text),
      headSig: looseSig(s.text.slice(0, -STEM_TYPO_TAIL)),
    })),
  };
}

/** Where a candidate (the query word or a stem) can match a document word. */
function anchor(kind: Stem['kind'] | 'word', length: number): 'start' | 'end' | 'both' | 'anywhere' {
  if (kind === 'tail') return 'end';
  if (kind === 'vowel') return length < MIN_PART ? 'start' : 'anywhere';
  if (kind === 'word' && length === MIN_PART - 1) return 'both';
  return 'anywhere';
}

/** Stems matched with a typo: long enough, and left by a real ending (not kakol(a)). */
function typoStem(s: Stem): boolean {
  return s.kind === 'stem' && s.rest === Infinity && s.text.length >= MIN_FUZZY;
}

export function prepareWord(folded: string): QueryWord {
  const strict = pattern(folded);
  const looseText = foldLoose(folded);
  const loose = looseText === folded ? null : pattern(looseText);
  const forms = loose ? [strict, loose] : [strict];

  // Sort the non-typo candidates by where they can match.
  const anywhere: Signature[] = [];
  const atStart: string[] = [];
  const atEnd: string[] = [];
  for (const p of forms) {
    const candidates = [{ kind: 'word' as const, text: p.text }, ...p.stems];
    for (const c of candidates) {
      const where = anchor(c.kind, c.text.length);
      const l = foldLoose(c.text);
      if (where === 'anywhere') anywhere.push(signature(l));
      if (where === 'start' || where === 'both') atStart.push(l);
      if (where === 'end' || where === 'both') atEnd.push(l);
    }
  }
  const typoStems = forms.flatMap((p) => p.stems.filter(typoStem));
  const typoPartStems = typoStems.filter((s) => s.text.length >= MIN_FUZZY_PART);
  const mid = looseText.length >> 1;
  return {
    strict,
    loose,
    fuzzy: folded.length >= MIN_FUZZY,
    fuzzyPart: folded.length >= MIN_FUZZY_PART,
    startOnly: folded.length < MIN_PART - 1 && looseText.length <= 2,
    head: headOf(looseText),
    first: looseText.charCodeAt(0),
    anywhereSig: commonOrNull(anywhere),
    startSig: commonOrNull(atStart.map(signature)),
    // Without one shared head (rare folds like æ → ae) any head passes.
    startHead: shared(atStart.map(headOf)),
    endSig: commonOrNull(atEnd.map(signature)),
    endTail: shared(atEnd.map(tailOf)),
    sig: strict.sig,
    halves: [looseSig(looseText.slice(0, mid)), looseSig(looseText.slice(mid + 1))],
    stemTypoSig: commonOrNull(typoStems.map((s) => s.headSig)),
    stemTypoPartSig: commonOrNull(typoPartStems.map((s) => s.headSig)),
  };
}

/**
 * Cheap pre-test on a document word's signature and first and last letters:
 * false when `matchTerm` cannot match it. The engine scans with this.
 */
export function mayMatch(w: QueryWord, letters: number, lo: number, hi: number, head: number, tail: number): boolean {
  const first = head >>> 16;
  if (w.startOnly) return (w.head & 0xffff) === 0 ? first === w.first : head === w.head;
  if (w.anywhereSig !== null && mayContain(w.anywhereSig, letters, lo, hi)) return true;
  if (
    w.startSig !== null &&
    (w.startHead === null || head === w.startHead) &&
    mayContain(w.startSig, letters, lo, hi)
  ) {
    return true;
  }
  if (w.endSig !== null && (w.endTail === null || tail === w.endTail) && mayContain(w.endSig, letters, lo, hi)) {
    return true;
  }
  if (!w.fuzzy) return false;
  if (
    (first === w.first || w.fuzzyPart) &&
    mayContainNearly(w.sig, letters, lo, hi) &&
    (mayContain(w.halves[0], letters, lo, hi) || mayContain(w.halves[1], letters, lo, hi))
  ) {
    return true;
  }
  if (w.stemTypoSig !== null && first === w.first && mayContain(w.stemTypoSig, letters, lo, hi)) return true;
  return w.stemTypoPartSig !== null && mayContain(w.stemTypoPartSig, letters, lo, hi);
}

/**
 * `tierOf(matchTerm(w, t), w)` without touching the strings, for a query word
 * with `hasStartTier` and a document word that passed `mayMatch` (so its loose
 * form starts with the query word's). `length`: of both forms of the document
 * word (they must be equal); `foldHead`: `headOf(t.fold)`.
 */
export function startTier(w: QueryWord, length: number, foldHead: number): number {
  const q = w.strict.text;
  const wanted = headOf(q);
  const strict = q.length === 1 ? foldHead >>> 16 === wanted >>> 16 : foldHead === wanted;
  return classTier(startClass(q.length, length), !strict, w);
}

/** Whether `startTier` applies: one or two letters, as many in both forms. */
export function hasStartTier(w: QueryWord): boolean {
  return w.startOnly && (w.loose === null || w.loose.text.length === w.strict.text.length);
}

/** The best match of a query word in a document word (by `tierOf`), or null. */
export function matchTerm(w: QueryWord, t: Term): TermMatch | null {
  if (t.plain && w.loose === null) return matchForm(w.strict, t.fold, t, FUZZY, w.fuzzy);
  if (w.loose === null) {
    // The query has no diacritics, so a strict match is also a loose one:
    // find the loose class first, then see if the strict form reaches it too.
    const loose = matchForm(w.strict, t.loose, t, FUZZY, w.fuzzy);
    if (!loose) return null;
    const strict = matchForm(w.strict, t.fold, t, loose.cls, w.fuzzy);
    if (strict && strict.cls >= loose.cls) return strict;
    loose.loose = true;
    return loose;
  }
  // Any strict match beats a loose one for a query written with diacritics.
  const strict = matchForm(w.strict, t.fold, t, FUZZY, w.fuzzy);
  if (strict) return strict;
  const loose = matchForm(w.loose, t.loose, t, FUZZY, w.fuzzy);
  if (loose) loose.loose = true;
  return loose;
}

function hit(cls: number, start: number, end: number): TermMatch {
  return { cls, loose: false, start, end };
}

/**
 * Tries the classes best first and stops below `minCls`. `sig` is the
 * document word's signature, to skip string work that cannot succeed.
 */
function matchForm(p: Pattern, t: string, sig: Signature, minCls: number, fuzzy: boolean): TermMatch | null {
  const q = p.text;
  const n = q.length;
  if (sameFrom(q, 0, t, 0)) return hit(startClass(n, t.length), 0, n);
  if (minCls > PART) return null;
  const { letters, lo, hi } = sig;
  if (mayContain(p.sig, letters, lo, hi)) {
    if (n >= MIN_PART) {
      const at = t.indexOf(q, 1);
      if (at > 0) return hit(PART, at, at + n);
    } else if (n === MIN_PART - 1 && t.length > n && sameFrom(q, 0, t, t.length - n)) {
      return hit(PART, t.length - n, t.length);
    }
  }
  if (minCls > INFLECTED) return null;
  for (const s of p.stems) {
    if (!mayContain(s.sig, letters, lo, hi)) continue;
    const m = matchStem(s, t);
    if (m) return m;
  }
  if (minCls > FUZZY || !fuzzy) return null;
  return matchFuzzy(p, t, sig);
}

function matchStem(s: Stem, t: string): TermMatch | null {
  const st = s.text;
  const n = st.length;
  switch (s.kind) {
    case 'tail':
      if (t === st) return hit(INFLECTED, 0, n);
      if (t.length > n && sameFrom(st, 0, t, t.length - n)) return hit(INFLECTED, t.length - n, t.length);
      return null;
    case 'stem': {
      if (t.length - n <= s.rest && sameFrom(st, 0, t, 0)) return hit(INFLECTED, 0, n);
      // As a compound part, as near the end as `rest` demands.
      const from = s.rest === Infinity ? 1 : Math.max(1, t.length - n - s.rest);
      const at = t.indexOf(st, from);
      return at > 0 ? hit(INFLECTED, at, at + n) : null;
    }
    case 'vowel': {
      // base + one vowel + at most `rest` more letters, at the start or (long bases) a compound's end
      if (sameFrom(st, 0, t, 0) && isVowel(t[n]) && t.length - n - 1 <= s.rest) return hit(INFLECTED, 0, n + 1);
      if (n < MIN_PART) return null;
      for (let at = Math.max(1, t.length - n - 1 - s.rest); at + n < t.length; at++) {
        if (sameFrom(st, 0, t, at) && isVowel(t[at + n])) return hit(INFLECTED, at, at + n + 1);
      }
      return null;
    }
  }
}

function matchFuzzy(p: Pattern, t: string, sig: Signature): TermMatch | null {
  const { letters, lo, hi } = sig;
  const q = p.text;
  let len: number;
  if (mayContainNearly(p.sig, letters, lo, hi)) {
    // Typos while typing: a word start within one edit, anything may follow.
    len = fuzzyAt(q, t, 0, TYPO_FROM);
    if (len > 0) return hit(FUZZY, 0, len);
    if (q.length >= MIN_FUZZY_PART) {
      const q0 = q.charCodeAt(0);
      for (let at = 1; at + q.length - 1 <= t.length; at++) {
        if (t.charCodeAt(at) !== q0) continue;
        len = fuzzyAt(q, t, at, TYPO_FROM);
        if (len > 0) return hit(FUZZY, at, at + len);
      }
    }
  }
  // Inflected forms with gradation or a changed stem vowel: the stem with one
  // edit in its last letters, followed by a short ending only. Inside a
  // compound only long stems: short ones would match too much.
  for (const s of p.stems) {
    if (!typoStem(s) || !mayContain(s.headSig, letters, lo, hi)) continue;
    const n = s.text.length;
    const from = n - STEM_TYPO_TAIL;
    len = fuzzyAt(s.text, t, 0, from);
    if (len > 0 && t.length - len <= SHORT_REST) return hit(FUZZY, 0, len);
    if (n < MIN_FUZZY_PART) continue;
    for (let at = Math.max(1, t.length - n - 1 - SHORT_REST); at + n - 1 <= t.length; at++) {
      len = fuzzyAt(s.text, t, at, from);
      if (len > 0 && t.length - at - len <= SHORT_REST) return hit(FUZZY, at, at + len);
    }
  }
  return null;
}
