/**
 * A scanning search engine. At build time every distinct document word is
 * folded once into a vocabulary that records, per word, the (document, field)
 * pairs it occurs in. A search folds the query once, tests each query word
 * against the whole vocabulary (a pre-test on letter signatures in flat arrays
 * skips most words without string work, see `mayMatch`) and spreads the
 * matches to the documents through those lists.
 *
 * Score ordering (higher first):
 * - Each query word scores its best match in the document: field weight
 *   (name 40 > labels 20 > descriptions 0) + match tier 1–16 (see `tierOf`):
 *   exact word > word start > compound part > inflected > one typo, each with
 *   a strict match (ä typed and found as ä) above a loose one (a ~ ä). A loose
 *   match of a query word written with å/ä/ö/é … ranks below all strict ones.
 *   The field steps exceed the tier range, so a name match beats any label
 *   match, which beats any description match.
 * - A document's score is the sum over the query words; a document missing any
 *   query word is left out.
 * - Equal scores keep the order the documents were given in.
 */
import {
  hasStartTier,
  headOf,
  makeTerm,
  mayMatch,
  matchTerm,
  prepareWord,
  startTier,
  tierOf,
  type QueryWord,
  type Term,
} from './match.js';
import { queryWords, tokenize } from './tokenize.js';
import type { SearchDocument, SearchEngine, SearchHit } from './types.js';

/** Room for the document index below the score in a sort key (up to 2^24 documents). */
const ORDER_SPAN = 2 ** 24;

/** Weights by field (0 name, 1 labels, 2 descriptions); steps exceed the tier range 1–16. */
const FIELD_WEIGHT = [40, 20, 0] as const;

interface Index {
  ids: string[];
  terms: Term[];
  /** Term t occurs at postings[postStart[t] … postStart[t + 1]], as document × 4 + field. */
  postStart: Int32Array;
  postings: Int32Array;
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

function buildIndex(docs: readonly SearchDocument[]): Index {
  const terms: Term[] = [];
  const lists: number[][] = [];
  const byFold = new Map<string, number>();
  const byRaw = new Map<string, number>();
  const termOf = (raw: string): number => {
    let id = byRaw.get(raw);
    if (id !== undefined) return id;
    const term = makeTerm(raw);
    id = byFold.get(term.fold);
    if (id === undefined) {
      id = terms.length;
      terms.push(term);
      lists.push([]);
      byFold.set(term.fold, id);
    }
    byRaw.set(raw, id);
    return id;
  };

  docs.forEach((doc, index) => {
    [doc.name, doc.labels, doc.text].forEach((texts, field) => {
      const code = index * 4 + field;
      for (const text of texts) {
        for (const raw of tokenize(text)) {
          const list = lists[termOf(raw)];
          if (list && list[list.length - 1] !== code) list.push(code);
        }
      }
    });
  });

  const postStart = new Int32Array(terms.length + 1);
  lists.forEach((l, t) => (postStart[t + 1] = (postStart[t] ?? 0) + l.length));
  const postings = new Int32Array(postStart[terms.length] ?? 0);
  lists.forEach((l, t) => postings.set(l, postStart[t]));
  const column = (f: (t: Term) => number): Int32Array => Int32Array.from(terms, f);
  return {
    ids: docs.map((d) => d.id),
    terms,
    postStart,
    postings,
    letters: column((t) => t.letters),
    lo: column((t) => t.lo),
    hi: column((t) => t.hi),
    head: column((t) => t.head),
    tail: column((t) => t.tail),
    length: column((t) => (t.fold.length === t.loose.length ? t.fold.length : -1)),
    foldHead: column((t) => headOf(t.fold)),
  };
}

/** Best score of one query word per document (0: no match). */
function scoreWord(ix: Index, word: QueryWord): Uint8Array {
  const best = new Uint8Array(ix.ids.length);
  const fast = hasStartTier(word);
  const { letters, lo, hi, head, tail, length, foldHead, postStart, postings } = ix;
  for (let t = 0; t < ix.terms.length; t++) {
    if (!mayMatch(word, letters[t] ?? 0, lo[t] ?? 0, hi[t] ?? 0, head[t] ?? 0, tail[t] ?? 0)) continue;
    let tier: number;
    const len = length[t] ?? -1;
    if (fast && len >= 0) {
      // One or two letters typed: compare them, not the strings.
      tier = startTier(word, len, foldHead[t] ?? 0);
    } else {
      const term = ix.terms[t];
      const m = term ? matchTerm(word, term) : null;
      if (!m) continue;
      tier = tierOf(m, word);
    }
    const end = postStart[t + 1] ?? 0;
    for (let i = postStart[t] ?? 0; i < end; i++) {
      const code = postings[i] ?? 0;
      const doc = code >> 2;
      const score = (FIELD_WEIGHT[(code & 3) as 0 | 1 | 2] ?? 0) + tier;
      if (score > (best[doc] ?? 0)) best[doc] = score;
    }
  }
  return best;
}

/** Hits for the documents with a positive total, best first, ties in document order. */
function rank(ids: readonly string[], total: Int32Array): SearchHit[] {
  // Sorting numeric keys (score, then document index) is much faster than
  // sorting objects with a comparator when thousands match a short query.
  let count = 0;
  for (let d = 0; d < total.length; d++) if ((total[d] ?? 0) > 0) count++;
  const keys = new Float64Array(count);
  let k = 0;
  for (let d = 0; d < total.length; d++) {
    const score = total[d] ?? 0;
    if (score > 0) keys[k++] = -score * ORDER_SPAN + d;
  }
  keys.sort();
  const hits = new Array<SearchHit>(count);
  for (let i = 0; i < count; i++) {
    const key = keys[i] ?? 0;
    const score = Math.ceil(-key / ORDER_SPAN);
    hits[i] = { id: ids[key + score * ORDER_SPAN] ?? '', score };
  }
  return hits;
}

export function createSearchEngine(docs: readonly SearchDocument[]): SearchEngine {
  const ix = buildIndex(docs);
  // The previous query's word scores: while typing, most words repeat.
  let cache = new Map<string, Uint8Array>();

  return {
    search(query: string): SearchHit[] {
      const words = queryWords(query);
      if (words.length === 0) return [];
      const nextCache = new Map<string, Uint8Array>();
      let total: Int32Array | null = null;
      for (const w of words) {
        const best = cache.get(w) ?? scoreWord(ix, prepareWord(w));
        nextCache.set(w, best);
        if (total === null) {
          total = new Int32Array(best);
          continue;
        }
        let alive = 0;
        for (let d = 0; d < total.length; d++) {
          const s = best[d] ?? 0;
          const sum = s > 0 && (total[d] ?? 0) > 0 ? (total[d] ?? 0) + s : 0;
          total[d] = sum;
          if (sum > 0) alive++;
        }
        // No document has every word so far: the remaining words cannot help.
        if (alive === 0) break;
      }
      cache = nextCache;
      return total === null ? [] : rank(ix.ids, total);
    },
  };
}
