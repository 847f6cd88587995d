import type { Association } from '../feed/types.js';

/** The filter groups a resident can narrow by. */
export const FACETS = ['category', 'targetGroup', 'language', 'municipality'] as const;
export type Facet = (typeof FACETS)[number];

export type Filters = Record<Facet, ReadonlySet<string>>;
export type FacetCounts = Record<Facet, Map<string, number>>;

/** One facet's values for every item, as small integer codes in flat arrays. */
interface Column {
  /** Code → value. */
  values: string[];
  codeOf: Map<string, number>;
  /** Item i has the codes codes[start[i] … start[i + 1]], each once. */
  start: Int32Array;
  codes: Int32Array;
}

function valuesOf(association: Association, facet: Facet): readonly string[] {
  switch (facet) {
    case 'category':
      return association.categories;
    case 'targetGroup':
      return association.targetGroups;
    case 'language':
      return association.languages;
    case 'municipality':
      return [association.municipality.code, ...association.areaServed.map((area) => area.code)];
  }
}

function makeColumn(items: readonly Association[], facet: Facet): Column {
  const values: string[] = [];
  const codeOf = new Map<string, number>();
  const start = new Int32Array(items.length + 1);
  let codes = new Int32Array(Math.max(16, items.length * 2));
  let length = 0;
  for (let i = 0; i < items.length; i++) {
    start[i] = length;
    for (const value of valuesOf(items[i]!, facet)) {
      let code = codeOf.get(value);
      if (code === undefined) {
        code = values.length;
        codeOf.set(value, code);
        values.push(value);
      }
      // A code listed twice counts once.
      let seen = false;
      for (let c = start[i]!; c < length && !seen; c++) seen = codes[c] === code;
      if (seen) continue;
      if (length === codes.length) {
        const grown = new Int32Array(codes.length * 2);
        grown.set(codes);
        codes = grown;
      }
      codes[length++] = code;
    }
  }
  start[items.length] = length;
  return { values, codeOf, start, codes: codes.slice(0, length) };
}

/**
 * The directory's filter groups over a fixed list of associations (the
 * widget's scope): counting and filtering run on every keystroke over up to
 * every item, so each item's values are kept as integer codes and a pass
 * does no string work and no allocation per item.
 */
export class FacetTable {
  private readonly columns: readonly Column[];

  constructor(readonly items: readonly Association[]) {
    this.columns = FACETS.map((facet) => makeColumn(items, facet));
  }

  /**
   * In one pass over the matched items (indexes into `items`; all of them when
   * absent): the ones that pass every filter group, in the order given, and
   * how many each value would give. Within a group any value matches; a
   * group's own selection is left out of its counts, so ticking a second
   * category adds to the results as the count beside it promised.
   */
  apply(filters: Filters, matched?: ArrayLike<number>): { passing: Int32Array; counts: FacetCounts } {
    const columns = this.columns;
    const n = matched ? matched.length : this.items.length;
    // The selected groups, each with its selection as a flag per code.
    const active: { facet: number; wanted: Uint8Array }[] = [];
    FACETS.forEach((facet, f) => {
      const selected = filters[facet];
      if (selected.size === 0) return;
      const column = columns[f]!;
      const wanted = new Uint8Array(column.values.length);
      for (const value of selected) {
        const code = column.codeOf.get(value);
        if (code !== undefined) wanted[code] = 1;
      }
      active.push({ facet: f, wanted });
    });
    const tallies = columns.map((column) => new Int32Array(column.values.length));
    const passing = new Int32Array(n);
    let passed = 0;
    for (let k = 0; k < n; k++) {
      const item = matched ? matched[k]! : k;
      // Which group rejects this item: it counts for a group only if no *other* group does.
      let failing = -1;
      let failures = 0;
      for (const { facet, wanted } of active) {
        const { start, codes } = columns[facet]!;
        let hit = false;
        for (let c = start[item]!, end = start[item + 1]!; c < end && !hit; c++) hit = wanted[codes[c]!] === 1;
        if (!hit) {
          failing = facet;
          if (++failures > 1) break;
        }
      }
      if (failures > 1) continue;
      if (failures === 0) passing[passed++] = item;
      for (let f = 0; f < columns.length; f++) {
        if (failing !== -1 && failing !== f) continue;
        const { start, codes } = columns[f]!;
        const tally = tallies[f]!;
        for (let c = start[item]!, end = start[item + 1]!; c < end; c++) tally[codes[c]!]!++;
      }
    }
    const counts = Object.fromEntries(
      FACETS.map((facet, f) => {
        const map = new Map<string, number>();
        const tally = tallies[f]!;
        columns[f]!.values.forEach((value, code) => {
          if (tally[code]! > 0) map.set(value, tally[code]!);
        });
        return [facet, map];
      }),
    ) as FacetCounts;
    return { passing: passing.slice(0, passed), counts };
  }
}
