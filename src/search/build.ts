/**
 * Builds the engine's index: a vocabulary of distinct folded words, sorted by
 * their loose form (so every word start is one contiguous range), with the
 * (document, field) pairs each word occurs in, in flat typed arrays.
 *
 * Building is the cost a resident waits for when a large feed arrives, so the
 * hot loop does no string work for words it has seen: it walks the text by
 * character codes, lower-cases Latin-1 letters through a table, hashes the
 * word as it goes and finds it in an open-addressing table by comparing codes.
 * Only a new word, or one with letters outside Latin-1 or combining marks, is
 * cut out and folded (`fold`), which gives the same words and forms as
 * `tokenize` and `fold` (the highlight's agreement with the engine rests on it).
 *
 * Documents can be added in slices (`add`), so a caller can build a large
 * index in short tasks; `snapshot` packs what has been added so far.
 */
import { fold } from './fold.js';
import { headOf, makeTerm, type Term } from './match.js';
import { tokenize } from './tokenize.js';
import type { SearchDocument } from './types.js';

export interface Index {
  ids: string[];
  /** The vocabulary in loose-form order (`terms[t]` for every column below). */
  terms: Term[];
  /**
   * Term t occurs in names and descriptions at postings[postStart[t] …
   * postStart[t + 1]], as document × 4 + field, in document order.
   */
  postStart: Int32Array;
  postings: Int32Array;
  /**
   * Labels (categories, target groups, places) repeat on most documents, so
   * they are indexed once per distinct label text, a "phrase": term t occurs
   * in phrases termPhrases[termPhraseStart[t] …], and phrase p is a label of
   * the documents phraseDocs[phraseStart[p] … phraseStart[p + 1]], in order.
   */
  termPhraseStart: Int32Array;
  termPhrases: Int32Array;
  phraseStart: Int32Array;
  phraseDocs: Int32Array;
  // Per term, in flat arrays: what the pre-test reads.
  letters: Int32Array;
  lo: Int32Array;
  hi: Int32Array;
  head: Int32Array;
  tail: Int32Array;
  // For one- and two-letter query words: the term's length when both its forms
  // have it (else -1), and its strict first letters.
  length: Int32Array;
  foldHead: Int32Array;
}

// ---------------------------------------------------------------- characters

/** Character classes: what the tokenizer's regular expression decides, per UTF-16 unit. */
const SEPARATOR = 1;
/** A Latin-1 letter or digit: `fold` is the per-character lower case. */
const SIMPLE = 2;
/** A letter or digit outside Latin-1: the word is folded as a string. */
const OTHER = 3;
/** A combining mark: continues a word, never starts one. */
const MARK = 4;
/** Half of a surrogate pair: the rest of the text goes through `tokenize`. */
const SURROGATE = 5;

const CLASS = new Uint8Array(0x10000);
/** For Latin-1: the lower case of a letter or digit, 0 for anything else. */
const LATIN1 = new Uint16Array(0x100);
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

function classOf(c: number): number {
  let k = CLASS[c] ?? SEPARATOR;
  if (k === 0) k = CLASS[c] = classify(c);
  return k;
}

// ---------------------------------------------------------------- builder

// Two independent 32-bit hashes of a word's folded letters: the first finds
// its slot, the second (with the length) tells it from the other words there
// without comparing letters. Two different words agree on both with odds of
// about 1 in 2^64 per pair: far below anything a directory meets.
const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;
const CHECK_SEED = 0x2545f491;
const CHECK_PRIME = 0x5bd1e995;

function hashString(s: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), HASH_PRIME);
  return h;
}

function checkString(s: string): number {
  let h = CHECK_SEED;
  for (let i = 0; i < s.length; i++) h = Math.imul(h + s.charCodeAt(i), CHECK_PRIME) ^ (h >>> 15);
  return h;
}

/** A growable Int32Array. */
class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(value: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }
  /** Makes room for `extra` more values at once (growing by halves reallocates less). */
  reserve(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    const next = new Int32Array(Math.max(this.length + extra, Math.ceil(this.data.length * 1.5)));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  grow(): void {
    const next = new Int32Array(this.data.length * 2);
    next.set(this.data);
    this.data = next;
  }
}

/** Groups (key, value) pairs by key with a counting sort, keeping their order: starts[k] … starts[k + 1]. */
function group(
  keys: IntList,
  values: IntList,
  keyCount: number,
  map: Int32Array | null = null,
): { starts: Int32Array; values: Int32Array } {
  const starts = new Int32Array(keyCount + 1);
  const n = keys.length;
  let k = keys.data;
  if (map) {
    k = new Int32Array(n);
    for (let i = 0; i < n; i++) k[i] = map[keys.data[i] ?? 0] ?? 0;
  }
  for (let i = 0; i < n; i++) {
    const key = (k[i] ?? 0) + 1;
    starts[key] = (starts[key] ?? 0) + 1;
  }
  for (let i = 0; i < keyCount; i++) starts[i + 1] = (starts[i + 1] ?? 0) + (starts[i] ?? 0);
  const fill = starts.slice(0, keyCount);
  const out = new Int32Array(n);
  const v = values.data;
  for (let i = 0; i < n; i++) out[fill[k[i] ?? 0]!++] = v[i] ?? 0;
  return { starts, values: out };
}

/** Old lists (by old key) followed by new ones (by key), laid out in `order`. */
function merge(
  order: ArrayLike<number>,
  oldPos: ArrayLike<number> | null,
  oldStarts: Int32Array | null,
  oldValues: Int32Array | null,
  fresh: { starts: Int32Array; values: Int32Array },
): { starts: Int32Array; values: Int32Array } {
  const count = order.length;
  const starts = new Int32Array(count + 1);
  const oldRange = (key: number): [number, number] => {
    if (!oldPos || !oldStarts || key >= oldPos.length) return [0, 0];
    const o = oldPos[key] ?? 0;
    // A key added since (a new phrase) has no old list.
    if (o + 1 >= oldStarts.length) return [0, 0];
    return [oldStarts[o] ?? 0, oldStarts[o + 1] ?? 0];
  };
  for (let r = 0; r < count; r++) {
    const key = order[r] ?? 0;
    const [from, to] = oldRange(key);
    starts[r + 1] = (starts[r] ?? 0) + (to - from) + ((fresh.starts[key + 1] ?? 0) - (fresh.starts[key] ?? 0));
  }
  const values = new Int32Array(starts[count] ?? 0);
  for (let r = 0; r < count; r++) {
    const key = order[r] ?? 0;
    let at = starts[r] ?? 0;
    const [from, to] = oldRange(key);
    if (oldValues && to > from) {
      values.set(oldValues.subarray(from, to), at);
      at += to - from;
    }
    values.set(fresh.values.subarray(fresh.starts[key] ?? 0, fresh.starts[key + 1] ?? 0), at);
  }
  return { starts, values };
}

export class IndexBuilder {
  private readonly ids: string[] = [];
  /** Terms in the order they were first seen (builder ids). */
  private readonly terms: Term[] = [];
  private readonly folds: string[] = [];
  /** Per builder id: the second hash and the length of its folded form. */
  private checks = new Int32Array(1 << 10);
  private lengths = new Int32Array(1 << 10);
  /** Open addressing: builder id + 1, 0 when free. */
  private table = new Int32Array(1 << 12);
  private lastCode = new Int32Array(1 << 10).fill(-1);
  // (term, document × 4 + field) pairs of names and descriptions added since the last snapshot.
  private pairTerm = new IntList();
  private pairCode = new IntList();
  // Label phrases: their ids, the terms of each, and (phrase, document) pairs since the last snapshot.
  private readonly phraseIds = new Map<string, number>();
  private readonly phraseTerms: Int32Array[] = [];
  private lastDoc = new Int32Array(256).fill(-1);
  private phrasePair = new IntList();
  private phrasePairDoc = new IntList();
  /** Collects term ids instead of pairing them (while a new phrase is read). */
  private collect: number[] | null = null;
  private packed: Index | null = null;
  /** For each builder id, its position in `packed.terms`. */
  private packedRank = new Int32Array(0);

  get size(): number {
    return this.ids.length;
  }

  /**
   * Makes room for the words of documents about to be added (in one call or
   * in slices), so a large build copies little: about one (word, document,
   * field) pair per 8 to 10 characters of names and descriptions.
   */
  reserveFor(docs: readonly SearchDocument[]): void {
    let chars = 0;
    for (const doc of docs) {
      for (const text of doc.name) chars += text.length;
      for (const text of doc.text) chars += text.length;
    }
    this.pairTerm.reserve(Math.ceil(chars / 8));
    this.pairCode.reserve(Math.ceil(chars / 8));
  }

  add(docs: readonly SearchDocument[]): void {
    for (const doc of docs) {
      const index = this.ids.length;
      this.ids.push(doc.id);
      for (const text of doc.name) this.addText(text, index * 4);
      for (const text of doc.labels) this.addPhrase(text, index);
      for (const text of doc.text) this.addText(text, index * 4 + 2);
    }
  }

  private addPhrase(text: string, doc: number): void {
    let phrase = this.phraseIds.get(text);
    if (phrase === undefined) {
      phrase = this.phraseTerms.length;
      const words: number[] = (this.collect = []);
      this.addText(text, -1);
      this.collect = null;
      this.phraseTerms.push(Int32Array.from(new Set(words)));
      this.phraseIds.set(text, phrase);
      if (phrase >= this.lastDoc.length) {
        const next = new Int32Array(this.lastDoc.length * 2).fill(-1);
        next.set(this.lastDoc);
        this.lastDoc = next;
      }
    }
    if (this.lastDoc[phrase] === doc) return;
    this.lastDoc[phrase] = doc;
    this.phrasePair.push(phrase);
    this.phrasePairDoc.push(doc);
  }

  /** Adds the words of one text with the code document × 4 + field (-1: collects them). */
  private addText(text: string, code: number): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (c < 0x100 ? LATIN1[c] === 0 : classOf(c) !== OTHER) {
        if (c >= 0xd800 && c <= 0xdfff) {
          this.addSlow(text.slice(i), code);
          return;
        }
        // A separator, or a combining mark that cannot start a word.
        i++;
        continue;
      }
      const start = i;
      let h = HASH_SEED;
      let check = CHECK_SEED;
      let simple = true;
      for (; i < n; i++) {
        c = text.charCodeAt(i);
        if (c < 0x100) {
          const lower = LATIN1[c] ?? 0;
          if (lower === 0) break;
          h = Math.imul(h ^ lower, HASH_PRIME);
          check = Math.imul(check + lower, CHECK_PRIME) ^ (check >>> 15);
        } else {
          const k = classOf(c);
          if (k === SURROGATE) {
            this.addSlow(text.slice(start), code);
            return;
          }
          if (k === SEPARATOR) break;
          simple = false;
        }
      }
      const term = simple ? this.find(h, check, i - start) ?? this.termOf(text.slice(start, i)) : this.termOf(text.slice(start, i));
      // As `pair`, inline: this runs for every word of every document.
      if (code < 0 || this.lastCode[term] === code) {
        if (code < 0) this.collect?.push(term);
        continue;
      }
      this.lastCode[term] = code;
      const terms = this.pairTerm;
      const codes = this.pairCode;
      if (terms.length === terms.data.length) {
        terms.grow();
        codes.grow();
      }
      terms.data[terms.length++] = term;
      codes.data[codes.length++] = code;
    }
  }

  /** Words of a text with characters outside the BMP, through the regular expression. */
  private addSlow(text: string, code: number): void {
    for (const raw of tokenize(text)) this.pair(this.termOf(raw), code);
  }

  private pair(term: number, code: number): void {
    if (code < 0) {
      this.collect?.push(term);
      return;
    }
    if (this.lastCode[term] === code) return;
    this.lastCode[term] = code;
    const terms = this.pairTerm;
    if (terms.length === terms.data.length) {
      terms.grow();
      this.pairCode.grow();
    }
    terms.data[terms.length++] = term;
    this.pairCode.data[this.pairCode.length++] = code;
  }

  /** The builder id of the known word with these hashes and length, or undefined. */
  private find(h: number, check: number, length: number): number | undefined {
    const table = this.table;
    const mask = table.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = table[slot] ?? 0;
      if (entry === 0) return undefined;
      if (this.checks[entry - 1] === check && this.lengths[entry - 1] === length) return entry - 1;
    }
  }

  /** The builder id of any word, folded as a string. */
  private termOf(raw: string): number {
    const f = fold(raw);
    const mask = this.table.length - 1;
    for (let slot = hashString(f) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot] ?? 0;
      if (entry === 0) return this.insert(raw, slot);
      if (this.folds[entry - 1] === f) return entry - 1;
    }
  }

  private insert(raw: string, slot: number): number {
    const term = makeTerm(raw);
    const id = this.terms.length;
    this.terms.push(term);
    this.folds.push(term.fold);
    if (id >= this.checks.length) {
      const checks = new Int32Array(this.checks.length * 2);
      checks.set(this.checks);
      this.checks = checks;
      const lengths = new Int32Array(this.lengths.length * 2);
      lengths.set(this.lengths);
      this.lengths = lengths;
    }
    this.checks[id] = checkString(term.fold);
    this.lengths[id] = term.fold.length;
    this.table[slot] = id + 1;
    if (id >= this.lastCode.length) {
      const next = new Int32Array(this.lastCode.length * 2).fill(-1);
      next.set(this.lastCode);
      this.lastCode = next;
    }
    if (this.terms.length * 2 > this.table.length) this.grow();
    return id;
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    this.folds.forEach((f, id) => {
      let slot = hashString(f) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    });
    this.table = table;
  }

  /** The index of everything added so far (cheap when nothing was added since the last call). */
  snapshot(): Index {
    const packed = this.packed;
    if (packed && packed.ids.length === this.ids.length) return packed;
    // Only a non-empty index is worth merging with.
    const old = packed && packed.ids.length > 0 ? packed : null;
    const terms = this.terms;
    const count = terms.length;
    // Loose form first, so a word start is a range; strict form to break ties.
    const order = Int32Array.from(terms.keys()).sort((a, b) => {
      const x = terms[a] as Term;
      const y = terms[b] as Term;
      if (x.loose !== y.loose) return x.loose < y.loose ? -1 : 1;
      return x.fold < y.fold ? -1 : x.fold > y.fold ? 1 : 0;
    });
    const rank = new Int32Array(count);
    order.forEach((id, r) => (rank[id] = r));
    // The first time, group the pairs by rank straight away; later, merge with what was packed.
    const posts = old
      ? merge(order, this.packedRank, old.postStart, old.postings, group(this.pairTerm, this.pairCode, count))
      : group(this.pairTerm, this.pairCode, count, rank);

    // Phrases keep their ids; their documents are merged the same way.
    const phrases = this.phraseTerms.length;
    const identity = Int32Array.from({ length: phrases }, (_, p) => p);
    const docs = merge(identity, identity, old?.phraseStart ?? null, old?.phraseDocs ?? null, group(this.phrasePair, this.phrasePairDoc, phrases));
    const byTerm = { keys: new IntList(), values: new IntList() };
    this.phraseTerms.forEach((words, p) => {
      for (const id of words) {
        byTerm.keys.push(rank[id] ?? 0);
        byTerm.values.push(p);
      }
    });
    const termPhrases = group(byTerm.keys, byTerm.values, count);

    const sorted = Array.from(order, (id) => terms[id] as Term);
    const column = (f: (t: Term) => number): Int32Array => Int32Array.from(sorted, f);
    this.pairTerm = new IntList();
    this.pairCode = new IntList();
    this.phrasePair = new IntList();
    this.phrasePairDoc = new IntList();
    this.packedRank = rank;
    this.packed = {
      ids: this.ids.slice(),
      terms: sorted,
      postStart: posts.starts,
      postings: posts.values,
      termPhraseStart: termPhrases.starts,
      termPhrases: termPhrases.values,
      phraseStart: docs.starts,
      phraseDocs: docs.values,
      letters: column((t) => t.letters),
      lo: column((t) => t.lo),
      hi: column((t) => t.hi),
      head: column((t) => t.head),
      tail: column((t) => t.tail),
      length: column((t) => (t.fold.length === t.loose.length ? t.fold.length : -1)),
      foldHead: column((t) => headOf(t.fold)),
    };
    return this.packed;
  }
}
