import type { Association } from '../feed/types.js';
import { runNow, type Steps } from '../internal/tasks.js';
import { EVERYONE } from '../feed/taxonomy.js';
import { isResidentGroup } from './target-groups.js';

/** The filter groups a resident can narrow by. */
export const FACETS = ['category', 'targetGroup', 'language', 'municipality'] as const;
export type Facet = (typeof FACETS)[number];

export type Filters = Record<Facet, ReadonlySet<string>>;
export type FacetCounts = Record<Facet, Map<string, number>>;

const TARGET_GROUP = FACETS.indexOf('targetGroup');

/** One facet's values for every item, as small integer codes in flat arrays. */
interface Column {
  /** Code → value. */
  values: string[];
  codeOf: Map<string, number>;
  /** Item i has the codes codes[start[i] … start[i + 1]], each once. */
  start: Int32Array;
  codes: Int32Array;
}

/** Items between two chances to pause. */
const STEP = 2048;

/** A column being filled, item after item. */
function columnBuilder(items: number) {
  const values: string[] = [];
  const codeOf = new Map<string, number>();
  const start = new Int32Array(items + 1);
  const codes: number[] = [];
  return {
    /** Adds item i's values, each once. */
    add(i: number, itemValues: readonly string[]): void {
      start[i] = codes.length;
      for (const value of itemValues) {
        let code = codeOf.get(value);
        if (code === undefined) codeOf.set(value, (code = values.push(value) - 1));
        if (codes.indexOf(code, start[i]) < 0) codes.push(code);
      }
    },
    finish(): Column {
      start[items] = codes.length;
      return { values, codeOf, start, codes: Int32Array.from(codes) };
    },
  };
}

/**
 * The filter groups over a fixed list of associations. Counting and filtering
 * run on every keystroke over up to every item, so each item's values are kept
 * as integer codes in flat arrays: a pass does no string work, no allocation
 * per item, and does not visit the associations themselves (a national feed's
 * objects are spread over hundreds of megabytes, and each visit costs).
 */
export class FacetTable {
  /** Positions of the associations whose status is active. */
  readonly active: Int32Array;
  private readonly columns: readonly Column[];

  /** Per item, 1 when it is for everyone (so it counts under every group of residents). */
  private readonly forEveryone: Uint8Array;

  private constructor(columns: readonly Column[], active: Int32Array) {
    this.columns = columns;
    this.active = active;
    const { start, codes, codeOf } = columns[TARGET_GROUP]!;
    const everyone = codeOf.get(EVERYONE);
    this.forEveryone = new Uint8Array(start.length - 1);
    if (everyone === undefined) return;
    for (let i = 0; i < this.forEveryone.length; i++) {
      for (let c = start[i]!; c < start[i + 1]!; c++) if (codes[c] === everyone) this.forEveryone[i] = 1;
    }
  }

  /** The table, made in one pass over the items, as steps (see `runInTasks`). */
  static *build(items: readonly Association[]): Steps<FacetTable> {
    const builders = FACETS.map(() => columnBuilder(items.length));
    const active: number[] = [];
    for (let i = 0; i < items.length; i++) {
      const association = items[i]!;
      if (association.status === 'active') active.push(i);
      builders[0]!.add(i, association.categories);
      builders[1]!.add(i, association.targetGroups);
      builders[2]!.add(i, association.languages);
      builders[3]!.add(i, [association.municipality.code, ...association.areaServed.map((area) => area.code)]);
      if (i % STEP === STEP - 1) yield;
    }
    return new FacetTable(
      builders.map((builder) => builder.finish()),
      Int32Array.from(active),
    );
  }

  /** `build` at once. */
  static of(items: readonly Association[]): FacetTable {
    return runNow(FacetTable.build(items));
  }

  /**
   * In one pass over the given positions (all items when absent): the ones
   * that pass every filter group, in the order given, and how many each value
   * would give. Within a group any value matches; a group's own selection is
   * left out of its counts, so ticking a second category adds to the results
   * as the count beside it promised.
   */
  apply(filters: Filters, positions?: ArrayLike<number>): { passing: Int32Array; counts: FacetCounts } {
    const columns = this.columns;
    const n = positions ? positions.length : (columns[0]?.start.length ?? 1) - 1;
    const { forEveryone } = this;
    const everyone = columns[TARGET_GROUP]!.codeOf.get(EVERYONE) ?? -1;
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
        if (f === TARGET_GROUP && everyone >= 0 && isResidentGroup(value)) wanted[everyone] = 1;
      }
      active.push({ facet: f, wanted });
    });
    const tallies = columns.map((column) => new Int32Array(column.values.length));
    // Per target group, the counted items that have it and are also for everyone.
    const alsoForEveryone = new Int32Array(columns[TARGET_GROUP]!.values.length);
    const passing = new Int32Array(n);
    let passed = 0;
    for (let k = 0; k < n; k++) {
      const item = positions ? positions[k]! : k;
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
        const from = start[item]!;
        const end = start[item + 1]!;
        for (let c = from; c < end; c++) tally[codes[c]!]!++;
        if (f === TARGET_GROUP && forEveryone[item] === 1) {
          for (let c = from; c < end; c++) alsoForEveryone[codes[c]!]!++;
        }
      }
    }
    const counts = Object.fromEntries(
      FACETS.map((facet, f) => {
        const map = new Map<string, number>();
        const tally = tallies[f]!;
        columns[f]!.values.forEach((value, code) => {
          // What is for everyone counts under each group of residents, once.
          const count =
            f === TARGET_GROUP && everyone >= 0 && isResidentGroup(value)
              ? tally[code]! + tally[everyone]! - alsoForEveryone[code]!
              : tally[code]!;
          if (count > 0) map.set(value, count);
        });
        return [facet, map];
      }),
    ) as FacetCounts;
    return { passing: passing.slice(0, passed), counts };
  }
}
