/**
 * Linked Events (the City of Helsinki's event API, `…/linkedevents/v1/`) as a
 * RemoteSource: queried page by page, never downloaded whole. Events of type
 * General and Course become contract events; Volunteering ones volunteer tasks.
 * Organizer names come from `organization/<id>/`, fetched once per organizer
 * and shared by every source of the same API on the page.
 */
import { readItem } from '../../feed/normalize.js';
import { httpHref } from '../../feed/schemas.js';
import {
  FeedError,
  type DroppedField,
  type FeedEvent,
  type SkippedItem,
  type VolunteerTask,
} from '../../feed/types.js';
import type { RemotePage, RemoteQuery, RemoteSource } from '../../results/remote.js';
import { getJson, type GetJsonOptions } from '../http.js';
import { mapLinkedEvent } from './map.js';
import { LINKED_EVENTS_FILTERS, linkedEventsUrl, type LinkedEventsKind } from './query.js';
import { asJson } from '../plain.js';
import { encodeComponent } from '../../internal/links.js';

export { LINKED_EVENTS_FILTERS, linkedEventsUrl, type LinkedEventsKind } from './query.js';
export { mapLinkedEvent } from './map.js';

/** The source's name, as the attribution line shows it. */
export const LINKED_EVENTS_NAME = { fi: 'Linked Events', sv: 'Linked Events', en: 'Linked Events' };

export interface LinkedEventsSource<Item> extends RemoteSource<Item> {
  /** The filter keys the API can answer; the element offers no others. */
  readonly filters: readonly string[];
  /** An organizer's name, once a page naming it has loaded (undefined: unknown, show no name). */
  organizerName(id: string): string | undefined;
}

export type LinkedEventsOptions = Pick<GetJsonOptions, 'fetch' | 'timeoutMs' | 'retries' | 'maxRetryWaitMs' | 'sleep'>;

/** Organizer names by API root and organization id: a promise each, so one request serves every caller. */
const organizers = new Map<string, Map<string, Promise<string | undefined>>>();

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The page's records turned into validated items, with what was skipped or dropped under the source's ids. */
function readRecords<Item>(records: readonly unknown[], asTask: boolean, page: number): Omit<RemotePage<Item>, 'next'> {
  const items: Item[] = [];
  const skipped: SkippedItem[] = [];
  const dropped: DroppedField[] = [];
  records.forEach((record, index) => {
    const result = readItem(asJson(mapLinkedEvent(record, asTask)));
    if (result.kind === 'item') {
      items.push(result.item as Item);
      dropped.push(...result.dropped);
    } else if (result.kind === 'skipped') {
      skipped.push({ id: result.id ?? (page > 1 ? `page ${page} #${index}` : `#${index}`), reason: result.reason });
    }
  });
  return { items, skipped, dropped };
}

export function linkedEventsSource(
  root: string,
  kind: 'events',
  options?: LinkedEventsOptions,
): LinkedEventsSource<FeedEvent>;
export function linkedEventsSource(
  root: string,
  kind: 'tasks',
  options?: LinkedEventsOptions,
): LinkedEventsSource<VolunteerTask>;
/**
 * The Linked Events API at `root` (e.g. `https://api.hel.fi/linkedevents/v1/`)
 * as a source of events or volunteer tasks.
 */
export function linkedEventsSource(
  root: string,
  kind: LinkedEventsKind,
  options: LinkedEventsOptions = {},
): LinkedEventsSource<FeedEvent | VolunteerTask> {
  const base = root.replace(/\/*$/, '/');
  let names = organizers.get(base);
  if (!names) organizers.set(base, (names = new Map()));
  const known = new Map<string, string>();
  /** Pages read per query, to name skipped items without ids by page. */
  const pageOf = new Map<string, number>();

  const organizerName = (id: string, signal: AbortSignal): Promise<string | undefined> => {
    let name = names.get(id);
    if (!name) {
      const url = `${base}organization/${encodeComponent(id)}/`;
      // Not tied to one query's signal: the name outlives the query that asked first.
      name = getJson(url, { ...options, retries: 1 }).then(
        (body) => (isObject(body) && typeof body.name === 'string' && body.name.trim() ? body.name.trim() : undefined),
        () => {
          names.delete(id); // a failure is forgotten, so a later page asks again
          return undefined;
        },
      );
      names.set(id, name);
    }
    return Promise.race([
      name,
      new Promise<undefined>((resolve) => signal.addEventListener('abort', () => resolve(undefined), { once: true })),
    ]);
  };

  const read = async (
    url: string,
    page: number,
    signal: AbortSignal,
  ): Promise<RemotePage<FeedEvent | VolunteerTask>> => {
    const body = await getJson(url, { ...options, signal });
    if (!isObject(body) || !Array.isArray(body.data)) {
      throw new FeedError('format', 'the source did not answer with a Linked Events list (no data)', url);
    }
    const meta = isObject(body.meta) ? body.meta : {};
    const result = readRecords<FeedEvent | VolunteerTask>(body.data, kind === 'tasks', page);
    const ids = new Set(
      result.items.flatMap((item) => (item.type === 'event' ? item.organizerIds : [item.associationId])),
    );
    await Promise.all(
      [...ids].map(async (id) => {
        const name = await organizerName(id, signal);
        if (name) known.set(id, name);
      }),
    );
    if (signal.aborted) throw signal.reason;
    const out: RemotePage<FeedEvent | VolunteerTask> = { ...result, url };
    if (typeof meta.count === 'number' && meta.count >= 0) out.total = meta.count;
    const next = httpHref(meta.next);
    if (next) {
      out.next = next;
      pageOf.set(next, page + 1);
    }
    return out;
  };

  return {
    filters: LINKED_EVENTS_FILTERS[kind],
    organizerName: (id) => known.get(id),
    async search(query: RemoteQuery, signal: AbortSignal) {
      const url = linkedEventsUrl(base, kind, query);
      if (!url) return { items: [], total: 0, skipped: [], dropped: [] };
      return read(url, 1, signal);
    },
    more(next: string, signal: AbortSignal) {
      return read(next, pageOf.get(next) ?? 2, signal);
    },
  };
}
