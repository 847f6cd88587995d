import { loadFeed } from '../feed/index.js';
import type { Association, FeedData } from '../feed/types.js';
import type { RemotePage, RemoteQuery, RemoteSource } from './remote.js';
import { askedTargetGroups } from '../listing/target-groups.js';

/**
 * A contract feed's own search (contract §6): the typed words, the page's scope
 * and the resident's filters as the query parameters the feed lists in
 * `meta.query`; each answer is a feed page, read and checked as feed pages are.
 */
export class FeedSearch implements RemoteSource<Association> {
  constructor(private readonly feed: Pick<FeedData, 'url' | 'query'>) {}

  /** The feed's query URL for the words, the scope and the filters. */
  url(query: RemoteQuery): string {
    const url = new URL(this.feed.url);
    const accepted = new Set(this.feed.query);
    const put = (name: string, values: Iterable<string>) => {
      const list = [...values];
      if (accepted.has(name) && list.length > 0) url.searchParams.set(name, list.join(','));
    };
    const chosen = (key: string) => query.filters[key] ?? [];
    const either = (key: string, scoped: readonly string[]) => (chosen(key).length > 0 ? chosen(key) : scoped);
    put('q', query.text ? [query.text] : []);
    put('municipality', either('municipality', query.scope.municipalities));
    put('category', either('category', query.scope.categories));
    put('targetGroup', askedTargetGroups(either('targetGroup', query.scope.targetGroups)));
    put('language', chosen('language'));
    put('type', ['association']);
    put('pageSize', [String(Math.min(100, query.pageSize))]);
    return url.href;
  }

  search(query: RemoteQuery, signal: AbortSignal): Promise<RemotePage<Association>> {
    return this.#page(this.url(query), signal);
  }

  more(next: string, signal: AbortSignal): Promise<RemotePage<Association>> {
    return this.#page(next, signal);
  }

  /** One page of the answer: its active associations, count and next page. */
  async #page(url: string, signal: AbortSignal): Promise<RemotePage<Association>> {
    const page = await loadFeed(url, { signal, taxonomyFile: false, stopAfterFirst: () => true });
    return {
      items: page.associations.filter((association) => association.status === 'active'),
      ...(page.announcedCount === undefined ? {} : { total: page.announcedCount }),
      ...(page.next ? { next: page.next } : {}),
      url,
      skipped: page.skipped,
      dropped: page.dropped,
    };
  }
}
