import type { Association } from '../feed/types.js';
import { municipalityCodes } from './scope.js';

/** The filter groups a resident can narrow by. */
export const FACETS = ['category', 'targetGroup', 'language', 'municipality'] as const;
export type Facet = (typeof FACETS)[number];

export type Filters = Record<Facet, ReadonlySet<string>>;
export type FacetCounts = Record<Facet, Map<string, number>>;

export function emptyFilters(): Filters {
  return { category: new Set(), targetGroup: new Set(), language: new Set(), municipality: new Set() };
}

export function facetValues(association: Association, facet: Facet): readonly string[] {
  switch (facet) {
    case 'category':
      return association.categories;
    case 'targetGroup':
      return association.targetGroups;
    case 'language':
      return association.languages;
    case 'municipality':
      return municipalityCodes(association);
  }
}

/** Any value within a group matches; every group with a selection must match. */
export function matchesFilters(association: Association, filters: Filters, except?: Facet): boolean {
  for (const facet of FACETS) {
    if (facet === except) continue;
    const wanted = filters[facet];
    if (wanted.size > 0 && !facetValues(association, facet).some((value) => wanted.has(value))) return false;
  }
  return true;
}

/**
 * How many associations each value would give. A group's own selection is left
 * out of its counts, so ticking a second category adds to the results as the
 * count beside it promised.
 */
export function countFacets(associations: readonly Association[], filters: Filters): FacetCounts {
  const counts: FacetCounts = {
    category: new Map(),
    targetGroup: new Map(),
    language: new Map(),
    municipality: new Map(),
  };
  const active = FACETS.filter((facet) => filters[facet].size > 0);
  // Runs on every keystroke over every match: no allocation per association.
  for (const association of associations) {
    // Which group rejects this item: it counts for a group only if no *other* group does.
    let failing: Facet | undefined;
    let failures = 0;
    for (const facet of active) {
      const wanted = filters[facet];
      if (!facetValues(association, facet).some((value) => wanted.has(value))) {
        failing = facet;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    for (const facet of FACETS) {
      if (failing !== undefined && failing !== facet) continue;
      const map = counts[facet];
      const values = facetValues(association, facet);
      for (let i = 0; i < values.length; i++) {
        const value = values[i]!;
        // A code listed twice counts once.
        if (values.indexOf(value) === i) map.set(value, (map.get(value) ?? 0) + 1);
      }
    }
  }
  return counts;
}

export function activeFilterCount(filters: Filters): number {
  return FACETS.reduce((sum, facet) => sum + filters[facet].size, 0);
}
