/**
 * The one door the elements use to the data: a contract feed (`kumppani`), or
 * a real API read through its adapter. A source is either loaded whole (a
 * FeedData, as a downloaded feed) or queried page by page (a RemoteSource).
 */
import { sharedFeed } from '../feed/feed-cache.js';
import { FeedError, type FeedData, type FeedEvent, type VolunteerTask } from '../feed/types.js';
import { linkedEventsSource, type LinkedEventsOptions, type LinkedEventsSource } from './linkedevents/index.js';
import { loadPtv } from './ptv/index.js';

export type SourceFormat = 'kumppani' | 'linkedevents' | 'ptv';
export type SourceKind = 'associations' | 'events' | 'tasks';

export const SOURCE_FORMATS: readonly SourceFormat[] = ['kumppani', 'linkedevents', 'ptv'];

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

/** The `format` attribute's value, or undefined for one this version does not read. */
export function sourceFormat(value: string | null | undefined): SourceFormat | undefined {
  const format = (value ?? 'kumppani').trim().toLowerCase() || 'kumppani';
  return SOURCE_FORMATS.find((known) => known === format);
}

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
  const has = format === 'ptv' ? 'associations' : 'events and volunteer tasks';
  throw new FeedError('format', `format="${format}" gives ${has}, not ${kind}`, url);
}

export { linkedEventsSource, type LinkedEventsOptions, type LinkedEventsSource } from './linkedevents/index.js';
export { loadPtv, type LoadPtvOptions } from './ptv/index.js';
export { tm35finToWgs84 } from './tm35fin.js';
