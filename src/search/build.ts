/**
 * Builds the engine's index: a vocabulary of distinct folded words, sorted by
 * their loose form (so every word start is one contiguous range), with the
 * (document, field) pairs each word occurs in, in flat typed arrays.
 *
 * Building is the cost a resident waits for when a large feed arrives, so the
 * hot loop does no string work for words it has seen: it walks the text by
 * character codes, lower-cases Latin-1 letters through a table, hashes the
 * word as it goes and finds it in an open-addressing table by its hashes.
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
import {
  CHECK_PRIME,
  CHECK_SEED,
  CLASS,
  HASH_PRIME,
  HASH_SEED,
  LATIN1,
  MARK,
  SEPARATOR,
  SIMPLE,
  SURROGATE,
  checkString,
  classOf,
  hashString,
} from './chars.js';
import { IntList, doubled, group } from './int-list.js';
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

/** A slot of the word table: hash, check, length, builder id + 1 (0: free). */
const SLOT = 4;

const EMPTY = new Int32Array(0);

/**
 * For each key in `order`: its old list (the one at oldPos[key] in oldStarts,
 * if any) followed by its fresh one.
 */
function merge(
  order: ArrayLike<number>,
  fresh: (key: number) => Int32Array,
  oldPos: ArrayLike<number> = EMPTY,
  oldStarts: Int32Array = EMPTY,
  oldValues: Int32Array = EMPTY,
): { starts: Int32Array; values: Int32Array } {
  // A key added since (a new term or phrase) has no old list.
  const old = (key: number): Int32Array => {
    const o = key < oldPos.length ? oldPos[key]! : -1;
    return o >= 0 && o + 1 < oldStarts.length ? oldValues.subarray(oldStarts[o], oldStarts[o + 1]) : EMPTY;
  };
  const count = order.length;
  const starts = new Int32Array(count + 1);
  for (let r = 0; r < count; r++) starts[r + 1] = starts[r]! + old(order[r]!).length + fresh(order[r]!).length;
  const values = new Int32Array(starts[count]!);
  for (let r = 0; r < count; r++) {
    const before = old(order[r]!);
    values.set(before, starts[r]);
    values.set(fresh(order[r]!), starts[r]! + before.length);
  }
  return { starts, values };
}

export class IndexBuilder {
  readonly #ids: string[] = [];
  /** Terms in the order they were first seen (builder ids). */
  readonly #terms: Term[] = [];
  /** The word table: open addressing, `SLOT` ints a slot, so a lookup reads one place. */
  #table = new Int32Array(SLOT << 12);
  #lastCode = new Int32Array(1 << 10).fill(-1);
  /** Per builder id: its pairs since the last snapshot (counted as they come, so packing needs no pass to count them). */
  #pairCount = new Int32Array(1 << 10);
  /**
   * The (term, document × 4 + field) pairs of names and descriptions added
   * since the last snapshot: their builder ids, in runs of one code, so a
   * word stores one int, not two. Each document added has two runs, names
   * and descriptions; runStart[r] is where run r starts.
   */
  #pairTerm = new IntList();
  #runStart = new IntList();
  /**
   * Label phrases: their ids, the terms of each, and the documents each was
   * added to since the last snapshot. There are few phrases (labels repeat),
   * so a list each costs little and needs no sorting.
   */
  readonly #phraseIds = new Map<string, number>();
  readonly #phraseTerms: Int32Array[] = [];
  #phraseDocs: IntList[] = [];
  /** Collects term ids instead of pairing them (while a new phrase is read). */
  #collect: number[] | null = null;
  #packed: Index | null = null;
  /** For each builder id, its position in `packed.terms`. */
  #packedRank = new Int32Array(0);

  get size(): number {
    return this.#ids.length;
  }

  /**
   * Makes room for the words of documents about to be added (in one call or
   * in slices), so a large build copies little: about one (word, document,
   * field) pair per 8 to 10 characters of names and descriptions. The
   * characters are counted on a sample of the documents: reading them all
   * would cost a pass over every document.
   */
  reserveFor(docs: readonly SearchDocument[]): void {
    // About 1,000 documents.
    const step = Math.max(1, Math.floor(docs.length / 1000));
    let chars = 0;
    for (let d = 0; d < docs.length; d += step) {
      const doc = docs[d]!;
      for (const text of doc.name) chars += text.length;
      for (const text of doc.text) chars += text.length;
    }
    // The sample holds about docs.length / step documents.
    this.#pairTerm.reserve(Math.ceil((chars * step) / 8));
    this.#runStart.reserve(docs.length * 2);
  }

  add(docs: readonly SearchDocument[]): void {
    for (const doc of docs) {
      const index = this.#ids.length;
      this.#ids.push(doc.id);
      this.#runStart.push(this.#pairTerm.length);
      for (const text of doc.name) this.#addText(text, index * 4);
      for (const text of doc.labels) this.#addPhrase(text, index);
      this.#runStart.push(this.#pairTerm.length);
      for (const text of doc.text) this.#addText(text, index * 4 + 2);
    }
  }

  #addPhrase(text: string, doc: number): void {
    let phrase = this.#phraseIds.get(text);
    if (phrase === undefined) {
      phrase = this.#phraseTerms.length;
      const words: number[] = (this.#collect = []);
      this.#addText(text, -1);
      this.#collect = null;
      this.#phraseTerms.push(Int32Array.from(new Set(words)));
      this.#phraseIds.set(text, phrase);
      this.#phraseDocs.push(new IntList(16));
    }
    const docs = this.#phraseDocs[phrase]!;
    // A label repeated on a document (in two languages alike) counts once.
    if (docs.length > 0 && docs.data[docs.length - 1] === doc) return;
    docs.push(doc);
  }

  /** Adds the words of one text with the code document × 4 + field (-1: collects them). */
  #addText(text: string, code: number): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (c < 0x100 && LATIN1[c] === 0) {
        i++;
        continue;
      }
      // Latin-1 letters and digits, hashed as they come. Anything else ends
      // this loop: a call in it, even one that seldom runs, makes it much slower.
      const start = i;
      let h = HASH_SEED;
      let check = CHECK_SEED;
      for (; i < n; i++) {
        c = text.charCodeAt(i);
        if (c >= 0x100) break;
        const lower = LATIN1[c]!;
        if (lower === 0) break;
        h = Math.imul(h ^ lower, HASH_PRIME);
        check = Math.imul(check + lower, CHECK_PRIME) ^ (check >>> 15);
      }
      if (c >= 0x100 && CLASS[c] !== SEPARATOR) {
        // A letter, mark or surrogate outside Latin-1 (or a character not
        // classified yet): the word is read again from its start, the slow way.
        i = this.#addWord(text, start, code);
        continue;
      }
      // A separator outside Latin-1 (a dash, a quote) with no word before it.
      if (i === start) {
        i++;
        continue;
      }
      let term = this.#find(h, check, i - start);
      if (term < 0) term = this.#termOf(text.slice(start, i));
      this.#pair(term, code);
      // The character that ended the word is a separator: no need to read it again.
      i++;
    }
  }

  /**
   * Adds the word at `start` whatever its characters (folded as a string) and
   * returns where it ends; returns `start + 1` when no word starts there.
   */
  #addWord(text: string, start: number, code: number): number {
    const n = text.length;
    let i = start;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      const k = c < 0x100 ? (LATIN1[c] === 0 ? SEPARATOR : SIMPLE) : classOf(c);
      if (k === SURROGATE) {
        // Characters outside the BMP: the rest of the text goes through the regular expression.
        for (const raw of tokenize(text.slice(start))) this.#pair(this.#termOf(raw), code);
        return n;
      }
      // A combining mark continues a word but cannot start one.
      if (k === SEPARATOR || (k === MARK && i === start)) break;
    }
    if (i === start) return start + 1;
    this.#pair(this.#termOf(text.slice(start, i)), code);
    return i;
  }

  #pair(term: number, code: number): void {
    if (code < 0) {
      this.#collect?.push(term);
      return;
    }
    if (this.#lastCode[term] === code) return;
    this.#lastCode[term] = code;
    this.#pairCount[term]!++;
    this.#pairTerm.push(term);
  }

  /** The builder id of the known word with these hashes and length, or -1. */
  #find(h: number, check: number, length: number): number {
    const table = this.#table;
    const mask = table.length - SLOT;
    for (let at = (h * SLOT) & mask; ; at = (at + SLOT) & mask) {
      const entry = table[at + 3]!;
      if (entry === 0) return -1;
      if (table[at] === h && table[at + 1] === check && table[at + 2] === length) return entry - 1;
    }
  }

  /** The builder id of any word, folded as a string. */
  #termOf(raw: string): number {
    const f = fold(raw);
    const h = hashString(f);
    const check = checkString(f);
    const known = this.#find(h, check, f.length);
    return known >= 0 ? known : this.#insert(raw, h, check);
  }

  #insert(raw: string, h: number, check: number): number {
    const term = makeTerm(raw);
    const id = this.#terms.length;
    this.#terms.push(term);
    this.#place(this.#table, h, check, term.fold.length, id);
    if (id >= this.#lastCode.length) {
      this.#lastCode = doubled(this.#lastCode, -1);
      this.#pairCount = doubled(this.#pairCount);
    }
    // At most half full, so probes stay short.
    if (this.#terms.length * 2 * SLOT > this.#table.length) {
      const old = this.#table;
      this.#table = new Int32Array(old.length * 2);
      for (let at = 0; at < old.length; at += SLOT) {
        const entry = old[at + 3]!;
        if (entry !== 0) this.#place(this.#table, old[at]!, old[at + 1]!, old[at + 2]!, entry - 1);
      }
    }
    return id;
  }

  #place(table: Int32Array, h: number, check: number, length: number, id: number): void {
    const mask = table.length - SLOT;
    let at = (h * SLOT) & mask;
    while (table[at + 3] !== 0) at = (at + SLOT) & mask;
    table[at] = h;
    table[at + 1] = check;
    table[at + 2] = length;
    table[at + 3] = id + 1;
  }

  /**
   * The pairs since the last snapshot, grouped: builder id t goes to list
   * `listOf[t]`, codes in order within a list.
   */
  #groupPairs(listOf: Int32Array, lists: number): { starts: Int32Array; values: Int32Array } {
    const terms = this.#pairTerm.data;
    const n = this.#pairTerm.length;
    const counts = this.#pairCount;
    const starts = new Int32Array(lists + 1);
    for (let t = 0; t < listOf.length; t++) starts[listOf[t]! + 1] = counts[t]!;
    for (let l = 0; l < lists; l++) starts[l + 1]! += starts[l]!;
    // The counts become where each builder id's next pair goes (`snapshot` clears them).
    for (let t = 0; t < listOf.length; t++) counts[t] = starts[listOf[t]!]!;
    const values = new Int32Array(n);
    const runStart = this.#runStart.data;
    const runs = this.#runStart.length;
    const first = this.#packed?.ids.length ?? 0;
    for (let r = 0; r < runs; r++) {
      // Names (even runs) or descriptions (odd runs) of the document first + r / 2.
      const code = (first + (r >> 1)) * 4 + (r & 1) * 2;
      const end = r + 1 < runs ? runStart[r + 1]! : n;
      for (let i = runStart[r]!; i < end; i++) values[counts[terms[i]!]!++] = code;
    }
    return { starts, values };
  }

  /** The index of everything added so far (cheap when nothing was added since the last call). */
  snapshot(): Index {
    const packed = this.#packed;
    if (packed && packed.ids.length === this.#ids.length) return packed;
    // Only a non-empty index is worth merging with.
    const old = packed && packed.ids.length > 0 ? packed : null;
    const terms = this.#terms;
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
    // The first time, group the pairs by rank straight away; later, by builder id, and merge with what was packed.
    let posts = this.#groupPairs(old ? Int32Array.from(terms.keys()) : rank, count);
    if (old) {
      const fresh = posts;
      posts = merge(
        order,
        (id) => fresh.values.subarray(fresh.starts[id], fresh.starts[id + 1]),
        this.#packedRank,
        old.postStart,
        old.postings,
      );
    }

    // Phrases keep their ids; their documents are merged the same way.
    const phrases = this.#phraseTerms.length;
    const identity = Int32Array.from({ length: phrases }, (_, p) => p);
    const lists = this.#phraseDocs;
    const docs = merge(
      identity,
      (p) => lists[p]!.data.subarray(0, lists[p]!.length),
      identity,
      old?.phraseStart,
      old?.phraseDocs,
    );
    // New lists: the full ones would hold their room as long as the engine lives.
    this.#phraseDocs = lists.map(() => new IntList(16));
    const byTerm = { keys: new IntList(), values: new IntList() };
    this.#phraseTerms.forEach((words, p) => {
      for (const id of words) {
        byTerm.keys.push(rank[id] ?? 0);
        byTerm.values.push(p);
      }
    });
    const termPhrases = group(byTerm.keys, byTerm.values, count);

    const sorted = Array.from(order, (id) => terms[id] as Term);
    const column = (f: (t: Term) => number): Int32Array => Int32Array.from(sorted, f);
    this.#pairTerm = new IntList();
    this.#pairCount.fill(0);
    this.#runStart = new IntList();
    this.#packedRank = rank;
    this.#packed = {
      ids: this.#ids.slice(),
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
    return this.#packed;
  }
}
