import type { FeedData } from '../../feed/types.js';
import type { Scope } from '../../listing/scope.js';
import { codeLabel, offeredAsFilter, type FilterGroup, type LabelSource } from '../shared/filters.js';

/**
 * The filter groups of a feed searched on its server: the taxonomy's categories
 * and target groups (within the page's scope), without counts (the feed gives none).
 */
export function serverFilterGroups(data: FeedData, scope: Scope | undefined, source: LabelSource): FilterGroup[] {
  const legends = source.locale.strings.filterGroups;
  const group = (
    facet: 'category' | 'targetGroup',
    codes: Iterable<string>,
    scoped: ReadonlySet<string> | undefined,
  ): FilterGroup => ({
    key: facet,
    legend: legends[facet],
    options: [...codes]
      .filter((code) => (!scoped?.size || scoped.has(code)) && offeredAsFilter(facet, code))
      .flatMap((value) => {
        const label = codeLabel(facet, value, source);
        return label ? [{ value, label: label.text, ...(label.lang ? { lang: label.lang } : {}) }] : [];
      }),
  });
  return [
    group('category', data.taxonomy.categories.keys(), scope?.categories),
    group('targetGroup', data.taxonomy.targetGroups.keys(), scope?.targetGroups),
  ];
}
