/**
 * One Linked Events organizer (`organization/<id>/`) as an association, with
 * its next events (`event/?publisher=<id>`), for `<kumppani-card>`. Linked
 * Events knows an organizer's name and nothing else of the association, so the
 * card shows that name, and its detail lists the upcoming events.
 */
import { readItem } from '../../feed/normalize.js';
import { mergeTaxonomy } from '../../feed/taxonomy.js';
import { FeedError, type Association, type FeedData, type FeedEvent, type SkippedItem } from '../../feed/types.js';
import { encodeComponent } from '../../internal/links.js';
import { findMunicipality } from '../../municipalities/index.js';
import { getJson } from '../http.js';
import { asJson } from '../plain.js';
import { LINKED_EVENTS_NAME, linkedEventsSource, type LinkedEventsOptions } from './index.js';

/** How many of the organizer's next events the detail lists. */
const NEXT_EVENTS = 10;

export interface LoadOrganizerOptions extends LinkedEventsOptions {
  signal: AbortSignal;
  /** The organizer's municipality (code or name); without it, where most of its next events are. */
  municipality?: string;
  now?: Date;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The municipality most of the events are held in, if any is. */
function mostCommonMunicipality(events: readonly FeedEvent[]): string | undefined {
  const counts = new Map<string, number>();
  for (const event of events) {
    const code = event.location.municipality?.code;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The organization record as a raw contract association (validated by the caller like any item). */
export function mapLinkedEventsOrganizer(record: Record<string, unknown>, municipality: string | undefined): unknown {
  const dissolved = typeof record.dissolution_date === 'string' && Date.parse(record.dissolution_date) <= Date.now();
  const name = typeof record.name === 'string' ? record.name.trim() : record.name;
  return {
    type: 'association',
    id: record.id,
    // One plain string in the API: the name as the organizer wrote it, shown in every language.
    name: typeof name === 'string' && name ? { fi: name } : name,
    // Linked Events classifies organizers by its own classes, none of which is a contract category.
    categories: ['other'],
    municipality: municipality ? { code: municipality } : undefined,
    updatedAt: record.last_modified_time ?? record.created_time,
    status: dissolved ? 'dissolved' : 'active',
  };
}

/**
 * The organizer `id` of the Linked Events API at `rootUrl`: one association
 * (none when the API does not know the id) and its next events. Rejects with a
 * FeedError when the API cannot be read.
 */
export async function loadLinkedEventsOrganizer(
  rootUrl: string,
  id: string,
  options: LoadOrganizerOptions,
): Promise<FeedData> {
  const root = rootUrl.replace(/\/*$/, '/');
  const { signal } = options;
  const organization = getJson(`${root}organization/${encodeComponent(id)}/`, options).catch((error: unknown) => {
    // An id the API does not know is an association not found, not a broken source.
    if (error instanceof FeedError && error.status === 404) return undefined;
    throw error;
  });
  const next = linkedEventsSource(root, 'events', options).search(
    {
      text: '',
      filters: {},
      scope: { municipalities: [], categories: [], targetGroups: [], organizer: id, now: options.now },
      pageSize: NEXT_EVENTS,
    },
    signal,
  );
  const [record, events] = await Promise.all([organization, next]);

  const skipped: SkippedItem[] = [...events.skipped];
  const dropped = [...events.dropped];
  const associations: Association[] = [];
  if (isObject(record)) {
    const home = findMunicipality(options.municipality ?? '')?.code ?? mostCommonMunicipality(events.items);
    const result = readItem(asJson(mapLinkedEventsOrganizer(record, home)));
    if (result.kind === 'item' && result.item.type === 'association') {
      associations.push(result.item);
      dropped.push(...result.dropped);
    } else if (result.kind === 'skipped') {
      skipped.push({ id: result.id ?? id, reason: result.reason });
    }
  }

  return {
    url: root,
    feedVersion: '1.0',
    source: { name: LINKED_EVENTS_NAME },
    taxonomy: mergeTaxonomy(),
    associations,
    events: events.items,
    tasks: [],
    premises: [],
    contactPoints: [],
    otherItems: 0,
    skipped,
    dropped,
    receivedAt: Date.now(),
  };
}
