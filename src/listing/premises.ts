import type { Premise } from '../feed/types.js';
import { countSpec, matchesSpec, type CountMaps, type FacetSpec, type FilterSets } from './facet-spec.js';

/**
 * Premise filter groups: `municipality` codes; `pricing` (free, discounted,
 * paid, on-request for associations); `spaceType` codes; `accessibility`
 * codes; `capacity` one whole number, "at least this many persons".
 */
export const PREMISE_FACETS = ['municipality', 'pricing', 'spaceType', 'accessibility', 'capacity'] as const;
export type PremiseFacet = (typeof PREMISE_FACETS)[number];
export type PremiseFilters = FilterSets<PremiseFacet>;
export type PremiseFacetCounts = CountMaps<PremiseFacet>;

/** The number a `capacity` value asks for, or undefined when it is not a whole number ≥ 1. */
export function capacityWanted(value: string): number | undefined {
  const n = Number(value);
  return /^\d+$/.test(value) && n >= 1 ? n : undefined;
}

function values(premise: Premise, facet: PremiseFacet): readonly string[] {
  switch (facet) {
    case 'municipality':
      return [premise.municipality.code];
    case 'pricing':
      return premise.pricing?.forAssociations ? [premise.pricing.forAssociations] : [];
    case 'spaceType':
      return premise.spaceTypes;
    case 'accessibility':
      return premise.accessibility;
    case 'capacity':
      return [];
  }
}

const SPEC: FacetSpec<Premise, PremiseFacet> = {
  facets: PREMISE_FACETS,
  has: (premise, facet, value) => {
    if (facet !== 'capacity') return values(premise, facet).includes(value);
    const wanted = capacityWanted(value);
    // A space whose capacity is not given may be big enough: the feed does not say it is too small.
    return wanted === undefined || premise.capacity === undefined || premise.capacity >= wanted;
  },
  candidates: values,
};

/** Whether a premise passes every filter group with a selection (`except` one left out). */
export function matchesPremiseFilters(premise: Premise, filters: PremiseFilters, except?: PremiseFacet): boolean {
  return matchesSpec(SPEC, premise, filters, except);
}

/** How many premises each value would give (the capacity number has no counts). */
export function countPremiseFacets(premises: readonly Premise[], filters: PremiseFilters): PremiseFacetCounts {
  return countSpec(SPEC, premises, filters);
}
