import type { DroppedField, SkippedItem } from '../feed/types.js';

/**
 * A source that answers queries page by page instead of being downloaded whole:
 * a feed's own search (contract §6), or a real API read through an adapter.
 * The elements never call one directly; a server results source does, and keeps
 * an older answer from ever changing what a newer query shows.
 */
export interface RemoteSource<Item> {
  /** The first page of answers to a query. */
  search(query: RemoteQuery, signal: AbortSignal): Promise<RemotePage<Item>>;
  /** The page after one already read (its `next`). */
  more(next: string, signal: AbortSignal): Promise<RemotePage<Item>>;
}

/** What a resident asked for, within what the page shows. */
export interface RemoteQuery {
  /** The typed words, trimmed; empty for none. */
  text: string;
  /** The resident's filter choices by the element's filter key (the keys of its URL state). */
  filters: Readonly<Record<string, readonly string[]>>;
  /** What the webmaster's attributes limit the page to. */
  scope: RemoteScope;
  /** Items a page should hold. */
  pageSize: number;
}

export interface RemoteScope {
  /** Statistics Finland codes ("091"); empty: everywhere. */
  municipalities: readonly string[];
  categories: readonly string[];
  targetGroups: readonly string[];
  /** Events: the window of days from `now`, and one organizer's id. */
  now?: Date;
  days?: number;
  organizer?: string;
}

/** One page of answers, validated and reported as feed items are. */
export interface RemotePage<Item> {
  items: Item[];
  /** How many items match in all, when the source says. */
  total?: number;
  /** Where the next page is, if there is one. */
  next?: string;
  /** The address this page was read from, to name it in reports. */
  url?: string;
  skipped: SkippedItem[];
  dropped: DroppedField[];
}
