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
 *   (name 40 > labels 20 > descriptions 0) + match rank (see `tierOf`): exact
 *   word > word with a short ending > word start > compound part > inflected,
 *   each with a strict match (ä typed and found as ä) above a loose one
 *   (a ~ ä), and all of them above any typo match. Within those two groups the
 *   field steps exceed the range of the class ranks, so a name match beats any
 *   label match, which beats any description match.
 * - A document's score is the sum over the query words; a document missing any
 *   query word is left out.
 * - Equal scores keep the order the documents were given in.
 */
import { IndexBuilder, type Index } from './build.js';
import { hasStartTier, mayMatch, matchTerm, prepareWord, startTier, tierOf, type QueryWord } from './match.js';
import { queryWords } from './tokenize.js';
import { SLICE_MS, now, soon } from '../internal/tasks.js';
import type { SearchDocument, SearchEngine, SearchHit } from './types.js';

/** Weights by field (0 name, 1 labels, 2 descriptions); steps exceed the class-rank range 1–18. */
const FIELD_WEIGHT = [40, 20, 0] as const;

/** Best score of one query word per document (0: no match). */
function scoreWord(ix: Index, word: QueryWord): Uint8Array {
  const best = new Uint8Array(ix.ids.length);
  const phraseTier = new Uint8Array(ix.phraseStart.length - 1);
  const fast = hasStartTier(word);
  const { letters, lo, hi, head, tail, length, foldHead, postStart, postings, termPhraseStart, termPhrases } = ix;
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
    const phraseEnd = termPhraseStart[t + 1] ?? 0;
    for (let i = termPhraseStart[t] ?? 0; i < phraseEnd; i++) {
      const p = termPhrases[i] ?? 0;
      if (tier > (phraseTier[p] ?? 0)) phraseTier[p] = tier;
    }
  }
  // Each matching label phrase once, to all its documents.
  const { phraseStart, phraseDocs } = ix;
  for (let p = 0; p < phraseTier.length; p++) {
    const tier = phraseTier[p] ?? 0;
    if (tier === 0) continue;
    const score = FIELD_WEIGHT[1] + tier;
    const end = phraseStart[p + 1] ?? 0;
    for (let i = phraseStart[p] ?? 0; i < end; i++) {
      const doc = phraseDocs[i] ?? 0;
      if (score > (best[doc] ?? 0)) best[doc] = score;
    }
  }
  return best;
}

/** The documents with a positive total, best first, ties in document order. */
function rank(total: Int32Array): Int32Array {
  // Scores are small integers: a counting sort by score (stable, so ties keep
  // the document order) is much faster than a comparison sort when a short
  // query matches most of 100,000 documents.
  let max = 0;
  for (let d = 0; d < total.length; d++) if ((total[d] ?? 0) > max) max = total[d] ?? 0;
  const start = new Int32Array(max + 2);
  for (let d = 0; d < total.length; d++) {
    const score = total[d] ?? 0;
    // Bucket max − score: the best scores first.
    if (score > 0) start[max - score + 1] = (start[max - score + 1] ?? 0) + 1;
  }
  for (let b = 0; b <= max; b++) start[b + 1] = (start[b + 1] ?? 0) + (start[b] ?? 0);
  const order = new Int32Array(start[max + 1] ?? 0);
  for (let d = 0; d < total.length; d++) {
    const score = total[d] ?? 0;
    if (score > 0) order[start[max - score]!++] = d;
  }
  return order;
}

/** Documents between two looks at the clock. */
const SLICE_CHECK = 64;

/**
 * The engine. It returns at once and indexes the documents in the background,
 * in slices of about 8 ms, so a page can paint its first results while a large
 * feed is indexed; a search before the index is complete completes it first,
 * so results never depend on timing. `complete()` does that on demand.
 */
export function createSearchEngine(docs: readonly SearchDocument[]): SearchEngine {
  const builder = new IndexBuilder();
  // Documents not yet indexed: lists given to the engine, and how far into the first.
  const queue: (readonly SearchDocument[])[] = [];
  let queued = 0;
  let scheduled = false;
  let ix = builder.snapshot();
  // The previous query's word scores: while typing, most words repeat.
  let cache = new Map<string, Uint8Array>();

  /** Indexes queued documents until `deadline` (Infinity: all of them). */
  const work = (deadline: number): void => {
    while (queue.length > 0) {
      const list = queue[0] ?? [];
      const end = Math.min(list.length, queued + SLICE_CHECK);
      builder.add(queued === 0 && end === list.length ? list : list.slice(queued, end));
      queued = end;
      if (queued >= list.length) {
        queue.shift();
        queued = 0;
      }
      if (now() >= deadline) return;
    }
  };
  const schedule = (): void => {
    if (scheduled || (queue.length === 0 && ix.ids.length === builder.size)) return;
    scheduled = true;
    soon(() => {
      scheduled = false;
      // Index the documents; once they are all in, pack the index in a slice of its own.
      if (queue.length > 0) work(now() + SLICE_MS);
      else pack();
      schedule();
    });
  };
  const enqueue = (more: readonly SearchDocument[]): void => {
    if (more.length === 0) return;
    builder.reserveFor(more);
    queue.push(more);
    schedule();
  };
  const pack = (): void => {
    if (ix.ids.length === builder.size) return;
    ix = builder.snapshot();
    cache = new Map();
  };
  const complete = (): void => {
    if (queue.length > 0) work(Infinity);
    pack();
  };
  enqueue(docs);

  /** Each document's total score for the query (0: not every word matched). */
  const totals = (query: string): Int32Array | null => {
    const words = queryWords(query);
    if (words.length === 0) return null;
    complete();
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
    return total;
  };

  return {
    add: enqueue,
    complete,
    search(query) {
      const total = totals(query);
      if (!total) return [];
      return Array.from(rank(total), (doc): SearchHit => ({ id: ix.ids[doc] ?? '', score: total[doc] ?? 0 }));
    },
    positions(query) {
      const total = totals(query);
      return total ? rank(total) : new Int32Array(0);
    },
  };
}
