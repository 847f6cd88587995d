/** Comparing words letter by letter: equal tails, and one edit apart. */

/** True when q[qi…] equals t[ti…ti + rest of q] (faster than startsWith on short words). */
export function sameFrom(q: string, qi: number, t: string, ti: number): boolean {
  if (t.length - ti < q.length - qi) return false;
  for (; qi < q.length; qi++, ti++) {
    if (q.charCodeAt(qi) !== t.charCodeAt(ti)) return false;
  }
  return true;
}

/**
 * Whether some part of t starting at `at` is within one edit (substitution,
 * insertion, deletion or swap of neighbours) of q, the edit at q's index
 * `from` or later. Returns the length of that part, or -1. Exact matches are
 * found before this is called.
 */
export function fuzzyAt(q: string, t: string, at: number, from: number): number {
  let i = 0;
  while (i < q.length && at + i < t.length && q.charCodeAt(i) === t.charCodeAt(at + i)) i++;
  if (i === q.length || i < from) return -1;
  const ti = at + i;
  if (ti < t.length) {
    // substitution
    if (sameFrom(q, i + 1, t, ti + 1)) return q.length;
    // neighbours swapped
    if (
      i + 1 < q.length &&
      ti + 1 < t.length &&
      q.charCodeAt(i) === t.charCodeAt(ti + 1) &&
      q.charCodeAt(i + 1) === t.charCodeAt(ti) &&
      sameFrom(q, i + 2, t, ti + 2)
    ) {
      return q.length;
    }
    // a letter missing from q
    if (sameFrom(q, i, t, ti + 1)) return q.length + 1;
  }
  // an extra letter in q
  if (sameFrom(q, i + 1, t, ti)) return q.length - 1;
  return -1;
}
