/**
 * The pages of a feed, from a file or an http(s) URL, following `meta.next`
 * as a widget does: the same page cap, the same loop detection, the same
 * envelope check (an unusable page throws a FeedError).
 */
import { readFile } from 'node:fs/promises';
import { MAX_PAGES, isLastPage, pageHref } from '../feed/client.js';
import { readPage, type Page } from '../feed/normalize.js';
import { FeedError, type PagingStop } from '../feed/types.js';

export interface ReadPage {
  /** From 1. */
  number: number;
  url: string;
  page: Page;
  /** The page as parsed JSON, for checks beyond the widget's. */
  body: unknown;
}

export interface PagingStopped {
  reason: PagingStop;
  url: string;
}

const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

/** The body of `source` as JSON; failures are FeedErrors ('network', 'http', 'format'). */
export async function fetchJson(source: string): Promise<unknown> {
  let text: string;
  if (isUrl(source)) {
    let response: Response;
    try {
      response = await fetch(source, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      throw new FeedError('network', `could not load the feed (${(error as Error).message})`, source);
    }
    if (!response.ok) throw new FeedError('http', `HTTP ${response.status}`, source, response.status);
    text = await response.text();
  } else {
    try {
      text = await readFile(source, 'utf8');
    } catch (error) {
      throw new FeedError(
        'network',
        `could not read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        source,
      );
    }
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    throw new FeedError('format', 'the feed is not JSON', source);
  }
}

/**
 * Yields every page of the feed at `source`; `onStop` hears why following
 * `meta.next` stopped early (as `FeedData.pagingStopped` would say).
 */
export async function* readPages(
  source: string,
  onStop: (stop: PagingStopped) => void,
  maxPages = MAX_PAGES,
): AsyncGenerator<ReadPage> {
  const first = isUrl(source) ? pageHref(source) : source;
  if (!first) throw new FeedError('network', 'the feed address is not an http(s) URL', source);
  const visited = new Set([first]);
  let url = first;
  for (let number = 1; ; number++) {
    const body = await fetchJson(url);
    const page = readPage(body, url);
    yield { number, url, page, body };
    if (isLastPage(page.next)) return;
    const next = pageHref(page.next);
    const reason: PagingStop | undefined = !next
      ? 'invalid-next'
      : visited.has(next)
        ? 'loop'
        : number >= maxPages
          ? 'page-cap'
          : undefined;
    if (reason) {
      onStop({ reason, url: next ?? String(page.next) });
      return;
    }
    visited.add(next!);
    url = next!;
  }
}
