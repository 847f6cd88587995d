/**
 * Loads a contract v1 feed: every page via `meta.next`, then (when no page
 * carried one) `taxonomy.json` beside the feed. No cookies, no storage, no
 * console output: the calling element reports what happened.
 */
import { ItemCollector, readPage, readTaxonomy, type Page } from './normalize.js';
import { httpHref } from './schemas.js';
import { runInTasks } from '../internal/tasks.js';
import { concatTaxonomies, mergeTaxonomy } from './taxonomy.js';
import { FeedError, type FeedData, type FeedTaxonomy, type PagingStop } from './types.js';

export interface LoadFeedOptions {
  /** Aborting rejects with the signal's reason (not a FeedError) and cancels the request in flight. */
  signal?: AbortSignal;
  /** Time-out for each request (headers and body), in ms. Default 20 000; 0 or Infinity: none. */
  timeoutMs?: number;
  /** The most pages followed through `meta.next`. Default MAX_PAGES. */
  maxPages?: number;
  /** A fetch implementation; the global one by default. */
  fetch?: typeof fetch;
  /**
   * Asked after the first page with its `meta.count` and `meta.query`: true stops
   * there on purpose (nothing is reported) and sets `FeedData.next`, so a widget
   * can query a large feed's server instead of downloading every page.
   */
  stopAfterFirst?: (first: { count?: number; query?: string[] }) => boolean;
  /** Look for `taxonomy.json` beside the feed when no page carries a taxonomy. Default true. */
  taxonomyFile?: boolean;
}

/** The most pages a widget follows through `meta.next` (contract §5: a sane cap). */
export const MAX_PAGES = 1000;

/** A response that is not 2xx as the error a widget shows; its body is not read. */
export function httpFailure(response: Response, url: string): FeedError {
  response.body?.cancel().catch(() => undefined);
  const text = response.statusText ? ` ${response.statusText}` : '';
  return new FeedError('http', `HTTP ${response.status}${text}`, url, response.status);
}

/** The reason an aborted signal carries, or an 'AbortError' DOMException. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortReason(signal);
}

/** Rejects when `signal` aborts, so a stuck promise cannot outlive a time-out or an abort. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * GETs `url` and parses the body as JSON, mapping every failure to a FeedError
 * (or the abort reason). `url` in the answer is where the body came from after
 * any redirect.
 */
async function fetchJson(
  url: string,
  fetchFn: typeof fetch,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<{ body: unknown; url: string }> {
  throwIfAborted(signal);
  const request = new AbortController();
  let timedOut = false;
  const onAbort = (): void => request.abort(abortReason(signal!));
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer =
    timeoutMs > 0 && timeoutMs < 2 ** 31
      ? setTimeout(() => {
          timedOut = true;
          request.abort(new DOMException('The request timed out.', 'TimeoutError'));
        }, timeoutMs)
      : undefined;

  const failure = (error: unknown): unknown => {
    if (signal?.aborted) return abortReason(signal);
    if (timedOut) return new FeedError('network', `timed out after ${timeoutMs} ms`, url);
    if (error instanceof FeedError) return error;
    const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
    return new FeedError('network', `could not load the feed${detail}`, url);
  };

  try {
    let response: Response;
    try {
      response = await raceAbort(
        fetchFn(url, {
          signal: request.signal,
          headers: { Accept: 'application/json' },
          credentials: 'omit',
        }),
        request.signal,
      );
    } catch (error) {
      throw failure(error);
    }
    if (!response.ok) throw httpFailure(response, url);
    let body: string;
    try {
      body = await raceAbort(response.text(), request.signal);
    } catch (error) {
      throw failure(error);
    }
    try {
      return { body: JSON.parse(body) as unknown, url: response.url || url };
    } catch {
      throw new FeedError('format', 'the feed is not JSON', url);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * A page address for following and loop detection: absolute http(s), normalised,
 * no fragment, no empty query (`…/feed.json?` is `…/feed.json`).
 */
export function pageHref(next: unknown): string | undefined {
  const href = httpHref(next)?.split('#')[0];
  return href && href.indexOf('?') === href.length - 1 ? href.slice(0, -1) : href;
}

/** The feed URL as an absolute http(s) URL (without fragment), resolved against the page for relative ones. */
function resolveFeedUrl(url: string): string {
  let href: string | undefined;
  try {
    const base = typeof document === 'undefined' ? undefined : document.baseURI;
    href = pageHref(new URL(url, base).href);
  } catch {
    href = undefined;
  }
  if (!href) throw new FeedError('network', 'the feed address is not an http(s) URL', url);
  return href;
}

/** A `meta.next` that means "last page": null, missing or blank. */
export const isLastPage = (next: unknown): boolean =>
  next === null || next === undefined || (typeof next === 'string' && !next.trim());

/**
 * Loads the whole feed at `url`.
 *
 * Follows `meta.next` until it is null. Stops early, keeping what was loaded
 * and setting `pagingStopped`, when `next` repeats an earlier page, is not an
 * absolute http(s) URL, or `maxPages` pages have been read.
 *
 * Rejects with a FeedError: 'network' (unreachable, time-out), 'http'
 * (non-2xx, with `status`), 'format' (not JSON, not an object, no `data`, no
 * valid `feedVersion`) or 'version' (major ≠ 1) — for any page. An abort
 * through `signal` rejects with the abort reason instead.
 */
/** The optional taxonomy file must not hold the directory back for long. */
const TAXONOMY_TIMEOUT_MS = 5_000;

/** `taxonomy.json` beside the feed, or undefined when it is missing or unusable (it is optional). */
async function fetchTaxonomyFile(
  feedUrl: string,
  fetchFn: typeof fetch,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<FeedTaxonomy | undefined> {
  try {
    return readTaxonomy((await fetchJson(new URL('taxonomy.json', feedUrl).href, fetchFn, signal, timeoutMs)).body);
  } catch {
    return undefined;
  }
}

export async function loadFeed(url: string, options: LoadFeedOptions = {}): Promise<FeedData> {
  const { signal, timeoutMs = 20_000 } = options;
  const maxPages = Math.max(1, Math.floor(options.maxPages ?? MAX_PAGES));
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  throwIfAborted(signal);
  const feedUrl = resolveFeedUrl(url);

  const items = new ItemCollector();
  const taxonomies: FeedTaxonomy[] = [];
  /** Every page address asked for or redirected to. */
  const visited = new Set<string>([feedUrl]);
  // Assigned by the first pass of the loop, which never stops before it.
  let first!: Page;
  let pagingStopped: { reason: PagingStop; url: string } | undefined;
  let nextByChoice: string | undefined;
  let pageUrl = feedUrl;

  // Started beside the later pages, not after them, so it adds no wait of its own.
  let taxonomyFile: Promise<FeedTaxonomy | undefined> | undefined;

  let pending = fetchJson(pageUrl, fetchFn, signal, timeoutMs);
  for (let pageNumber = 1; ; pageNumber++) {
    const answer = await pending;
    const thisUrl = pageUrl;
    // A redirect back to a page already read is a loop: its items are not read twice.
    const landed = pageHref(answer.url);
    if (landed && landed !== thisUrl) {
      if (visited.has(landed)) {
        pagingStopped = { reason: 'loop', url: landed };
        break;
      }
      visited.add(landed);
    }
    const page = readPage(answer.body, thisUrl);
    if (pageNumber === 1) first = page;
    if (page.taxonomy) taxonomies.push(page.taxonomy);
    if (pageNumber === 1 && !page.taxonomy && options.taxonomyFile !== false) {
      taxonomyFile = fetchTaxonomyFile(feedUrl, fetchFn, signal, Math.min(timeoutMs, TAXONOMY_TIMEOUT_MS));
    }

    const last = isLastPage(page.next) || nextStop(page, pageNumber);
    if (!last) {
      // The next page downloads while this one's items are checked.
      pending = fetchJson(pageUrl, fetchFn, signal, timeoutMs);
      pending.catch(() => {}); // its failure is met when it is awaited
    }
    await runInTasks(items.addSteps(page.data, pageNumber));
    throwIfAborted(signal);
    if (last) break;
  }

  /** Whether paging stops after `page` although it names a next one; otherwise moves `pageUrl` on. */
  function nextStop(page: Page, pageNumber: number): boolean {
    const next = pageHref(page.next);
    if (pageNumber === 1 && next && options.stopAfterFirst?.({ count: page.count, query: page.query })) {
      nextByChoice = next;
      return true;
    }
    const stop: PagingStop | undefined = !next
      ? 'invalid-next'
      : visited.has(next)
        ? 'loop'
        : pageNumber >= maxPages
          ? 'page-cap'
          : undefined;
    if (stop) {
      const raw = typeof page.next === 'string' ? page.next : JSON.stringify(page.next);
      pagingStopped = { reason: stop, url: next ?? raw };
      return true;
    }
    visited.add(next!);
    pageUrl = next!;
    return false;
  }

  if (!taxonomies.length && taxonomyFile) {
    const taxonomy = await taxonomyFile;
    throwIfAborted(signal);
    if (taxonomy) taxonomies.push(taxonomy);
  }

  const data: FeedData = {
    url: feedUrl,
    feedVersion: first.feedVersion,
    taxonomy: mergeTaxonomy(concatTaxonomies(taxonomies)),
    associations: items.associations,
    events: items.events,
    tasks: items.tasks,
    premises: items.premises,
    contactPoints: items.contactPoints,
    otherItems: items.otherItems,
    skipped: items.skipped,
    dropped: items.dropped,
    receivedAt: Date.now(),
  };
  if (first.generatedAt) data.generatedAt = first.generatedAt;
  if (first.source) data.source = first.source;
  if (first.license) data.license = first.license;
  if (first.count !== undefined) data.announcedCount = first.count;
  if (first.query) data.query = first.query;
  if (pagingStopped) data.pagingStopped = pagingStopped;
  if (nextByChoice) data.next = nextByChoice;
  return data;
}
