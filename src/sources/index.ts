/**
 * The one door the elements use to the data: a contract feed (`kumppani`), or
 * a real API read through its adapter. A source is either loaded whole (a
 * FeedData, as a downloaded feed) or queried page by page (a RemoteSource).
 */
import { sharedFeed } from '../feed/feed-cache.js';
import type { FeedData, FeedEvent, VolunteerTask } from '../feed/types.js';
import { linkedEventsSource, type LinkedEventsOptions, type LinkedEventsSource } from './linkedevents/index.js';
import { loadPtv } from './ptv/index.js';

import { unsupportedFormat, type SourceFormat, type SourceKind } from './format.js';

export { SOURCE_FORMATS, queriedFeedData, sourceFormat, unsupportedFormat } from './format.js';
export type { SourceFormat, SourceKind } from './format.js';

export interface WholeLoadOptions {
  /** Municipality codes or names of the page's scope (PTV needs at least one). */
  municipalities: readonly string[];
  signal?: AbortSignal;
}

/** A source loaded whole, like a downloaded feed. */
export interface WholeSource {
  mode: 'whole';
  load(options: WholeLoadOptions): Promise<FeedData>;
}

/** A source queried page by page. */
export interface QueriedSource<Item> {
  mode: 'remote';
  source: LinkedEventsSource<Item>;
}

export type OpenedSource = WholeSource | QueriedSource<FeedEvent> | QueriedSource<VolunteerTask>;

export function openSource(format: 'kumppani', url: string, kind: SourceKind): WholeSource;
export function openSource(format: 'ptv', url: string, kind: 'associations'): WholeSource;
export function openSource(
  format: 'linkedevents',
  url: string,
  kind: 'events',
  options?: LinkedEventsOptions,
): QueriedSource<FeedEvent>;
export function openSource(
  format: 'linkedevents',
  url: string,
  kind: 'tasks',
  options?: LinkedEventsOptions,
): QueriedSource<VolunteerTask>;
export function openSource(
  format: SourceFormat,
  url: string,
  kind: SourceKind,
  options?: LinkedEventsOptions,
): OpenedSource;
/**
 * The source at `url` in `format` for a list of `kind`. Throws a FeedError
 * ('format') for a pairing the source cannot give: Linked Events has events and
 * volunteer tasks, PTV associations.
 */
export function openSource(
  format: SourceFormat,
  url: string,
  kind: SourceKind,
  options: LinkedEventsOptions = {},
): OpenedSource {
  if (format === 'kumppani') {
    return { mode: 'whole', load: ({ signal }) => sharedFeed(url, signal) };
  }
  if (format === 'ptv' && kind === 'associations') {
    return {
      mode: 'whole',
      load: ({ municipalities, signal }) => loadPtv(url, { ...options, municipalities, signal }),
    };
  }
  if (format === 'linkedevents' && kind === 'events') {
    return { mode: 'remote', source: linkedEventsSource(url, 'events', options) };
  }
  if (format === 'linkedevents' && kind === 'tasks') {
    return { mode: 'remote', source: linkedEventsSource(url, 'tasks', options) };
  }
  throw unsupportedFormat(format, kind, url);
}

export { linkedEventsSource, type LinkedEventsOptions, type LinkedEventsSource } from './linkedevents/index.js';
export { loadPtv, type LoadPtvOptions } from './ptv/index.js';
export { tm35finToWgs84 } from './tm35fin.js';
