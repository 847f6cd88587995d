import type { Association, LocalizedText, Taxonomy } from '../feed/types.js';
import type { SearchDocument } from '../search/types.js';

function allValues(text: LocalizedText | undefined): string[] {
  return text ? Object.values(text) : [];
}

/**
 * What a resident can find an association by: its names in every language, the
 * labels of its categories and target groups, the names of its municipalities,
 * and its descriptions. Labels in all languages, so a Finnish word finds a
 * Swedish-only association's category.
 */
export function toSearchDocument(
  association: Association,
  taxonomy: Taxonomy,
  municipalityNames: ReadonlyMap<string, LocalizedText>,
): SearchDocument {
  const labels: string[] = [];
  for (const code of association.categories) labels.push(...allValues(taxonomy.categories.get(code)));
  for (const code of association.targetGroups) labels.push(...allValues(taxonomy.targetGroups.get(code)));
  for (const municipality of [association.municipality, ...association.areaServed]) {
    labels.push(...allValues(municipality.name ?? municipalityNames.get(municipality.code)));
  }
  return {
    id: association.id,
    name: allValues(association.name),
    labels,
    text: [...allValues(association.shortDescription), ...allValues(association.description)],
  };
}
