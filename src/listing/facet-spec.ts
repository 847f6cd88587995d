/**
 * Filter groups over a list of items described by a spec, for lists small
 * enough to test item by item (events, volunteer tasks). The directory's
 * national-scale lists use the flat-array `FacetTable` of `association-facets.ts` instead.
 */

/** How a list's filter groups test an item: OR within a group, AND across groups. */
export interface FacetSpec<T, F extends string> {
  facets: readonly F[];
  /** Whether the item fits one selected value of a group. */
  has: (item: T, facet: F, value: string) => boolean;
  /** The values a group's counts are kept for, as far as this item may fit them. */
  candidates: (item: T, facet: F) => Iterable<string>;
}

export type FilterSets<F extends string> = Record<F, ReadonlySet<string>>;
export type CountMaps<F extends string> = Record<F, Map<string, number>>;

function failsGroup<T, F extends string>(spec: FacetSpec<T, F>, item: T, facet: F, wanted: ReadonlySet<string>) {
  return wanted.size > 0 && ![...wanted].some((value) => spec.has(item, facet, value));
}

export function matchesSpec<T, F extends string>(
  spec: FacetSpec<T, F>,
  item: T,
  filters: FilterSets<F>,
  except?: F,
): boolean {
  return spec.facets.every((facet) => facet === except || !failsGroup(spec, item, facet, filters[facet]));
}

/**
 * How many items each value would give, leaving a group's own selection out of
 * its counts (as `countFacets` does for associations).
 */
export function countSpec<T, F extends string>(
  spec: FacetSpec<T, F>,
  items: readonly T[],
  filters: FilterSets<F>,
): CountMaps<F> {
  const counts = Object.fromEntries(spec.facets.map((facet) => [facet, new Map<string, number>()])) as CountMaps<F>;
  for (const item of items) {
    const failing = spec.facets.filter((facet) => failsGroup(spec, item, facet, filters[facet]));
    if (failing.length > 1) continue;
    for (const facet of spec.facets) {
      if (failing.length === 1 && failing[0] !== facet) continue;
      const map = counts[facet];
      for (const value of new Set(spec.candidates(item, facet))) {
        if (spec.has(item, facet, value)) map.set(value, (map.get(value) ?? 0) + 1);
      }
    }
  }
  return counts;
}
