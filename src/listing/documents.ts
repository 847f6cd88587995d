import type { Association, FeedEvent, LocalizedText, Premise, Taxonomy, VolunteerTask } from '../feed/types.js';
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

/** An event is found by its name, its labels, place, municipality and organisers, and its descriptions. */
export function eventDocument(
  event: FeedEvent,
  taxonomy: Taxonomy,
  municipalityNames: ReadonlyMap<string, LocalizedText>,
  associations: ReadonlyMap<string, Association>,
): SearchDocument {
  const labels: string[] = [];
  for (const code of event.categories) labels.push(...allValues(taxonomy.categories.get(code)));
  for (const code of event.targetGroups) labels.push(...allValues(taxonomy.targetGroups.get(code)));
  const municipality = event.location.municipality;
  if (municipality) labels.push(...allValues(municipality.name ?? municipalityNames.get(municipality.code)));
  labels.push(...allValues(event.location.name));
  for (const id of event.organizerIds) labels.push(...allValues(associations.get(id)?.name));
  return {
    id: event.id,
    name: allValues(event.name),
    labels,
    text: [...allValues(event.shortDescription), ...allValues(event.description)],
  };
}

/** A volunteer task is found by its title, themes, municipality and association, and its description. */
export function taskDocument(
  task: VolunteerTask,
  taxonomy: Taxonomy,
  municipalityNames: ReadonlyMap<string, LocalizedText>,
  associations: ReadonlyMap<string, Association>,
): SearchDocument {
  const labels: string[] = [];
  for (const code of task.themes) labels.push(...allValues(taxonomy.themes.get(code)));
  if (task.municipality)
    labels.push(...allValues(task.municipality.name ?? municipalityNames.get(task.municipality.code)));
  labels.push(...allValues(associations.get(task.associationId)?.name));
  return {
    id: task.id,
    name: allValues(task.title),
    labels,
    text: [...allValues(task.timeCommitment), ...allValues(task.description)],
  };
}

/**
 * A premise is found by its name, owner, municipality, address and accessibility
 * labels, and by its description and equipment ("videotykki", "kahvinkeitin").
 */
export function premiseDocument(
  premise: Premise,
  taxonomy: Taxonomy,
  municipalityNames: ReadonlyMap<string, LocalizedText>,
  associations: ReadonlyMap<string, Association>,
): SearchDocument {
  const labels: string[] = [];
  const owner = premise.owner.associationId ? associations.get(premise.owner.associationId) : undefined;
  labels.push(...allValues(owner?.name ?? premise.owner.name));
  labels.push(...allValues(premise.municipality.name ?? municipalityNames.get(premise.municipality.code)));
  const address = premise.address;
  if (address) labels.push(...[address.street, address.postOffice].filter((part): part is string => !!part));
  for (const code of premise.accessibility) labels.push(...allValues(taxonomy.accessibility.get(code)));
  return {
    id: premise.id,
    name: allValues(premise.name),
    labels,
    text: [...allValues(premise.description), ...allValues(premise.equipment)],
  };
}
