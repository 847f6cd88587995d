import { FeedError } from '../feed/types.js';
import type { RemotePage, RemoteQuery, RemoteSource } from './remote.js';
import type { ResultsSource } from './source.js';

/** A search that takes longer than this says it is under way (a quick answer would only flicker). */
const SLOW_MS = 400;
/** How many pages a search reads at most before it shows that it found nothing listable. */
const PAGES_READ_FOR_AN_ITEM = 5;

export interface ServerResultsBinding<Item> {
  /** Something shown changed: render again. */
  changed(): void;
  /** A search failed: show the error (over the last results). */
  failed(error: FeedError): void;
  /** A search succeeded: clear an error an earlier one left. */
  succeeded(): void;
  /** A page of the newest query was read: report its invalid items and fields. */
  read(page: RemotePage<Item>): void;
  /** The newest query's first page is shown (a "show more" clicked before was for the results it replaced). */
  answered(): void;
}

/**
 * Results a server works out for each query (contract §6, or a real API through
 * an adapter). Every query and "show more" belongs to a generation: a newer
 * query cancels the older requests, and an answer of an older generation can
 * never change what is shown, so every state ends with the newest query's answer.
 */
export class ServerResults<Item extends { id: string }> implements ResultsSource<Item> {
  results: Item[] = [];
  total = 0;
  settled: Promise<void> = Promise.resolve();
  /** Whether the current scope has had an answer yet. */
  #answered = false;
  /** Whether the newest query has taken long enough to say so. */
  #slow = false;
  #next: string | undefined;
  #generation = 0;
  /** The generation whose answer is on screen: "show more" continues only that one. */
  #shown = 0;
  #requests: AbortController | undefined;
  readonly #items = new Map<string, Item>();
  #last: RemoteQuery | undefined;

  readonly #source: RemoteSource<Item>;
  readonly #binding: ServerResultsBinding<Item>;

  constructor(source: RemoteSource<Item>, binding: ServerResultsBinding<Item>) {
    this.#source = source;
    this.#binding = binding;
  }

  /** Asks the server; an older query still under way is cancelled and its answer ignored. */
  query(query: RemoteQuery): void {
    this.#last = query;
    const generation = this.#begin();
    const signal = this.#requests!.signal;
    const slow = setTimeout(() => {
      if (generation !== this.#generation) return;
      this.#slow = true;
      this.#binding.changed();
    }, SLOW_MS);
    this.settled = this.#source
      .search(query, signal)
      .then(async (first) => {
        // A page with nothing to list (only invalid, dissolved or other items) is no answer to show
        // with "nothing found" while the server has more: read on, a few pages at most. The older
        // results stay on screen meanwhile.
        const pages = [first];
        while (pages.every((page) => page.items.length === 0) && pages.length < PAGES_READ_FOR_AN_ITEM) {
          const next = pages[pages.length - 1]!.next;
          if (next === undefined || generation !== this.#generation) break;
          pages.push(await this.#source.more(next, signal));
        }
        if (generation !== this.#generation) return;
        this.#items.clear();
        this.results = [];
        this.#shown = generation;
        this.total = first.total ?? first.items.length;
        for (const page of pages) this.#take(page);
        this.#answered = true;
        this.#binding.answered();
        this.#binding.succeeded();
      })
      .catch((reason: unknown) => this.#fail(generation, reason))
      .finally(() => {
        clearTimeout(slow);
        if (generation !== this.#generation) return;
        this.#slow = false;
        this.#binding.changed();
      });
  }

  /** Asks the last query again (the retry after a failure). */
  retry(): Promise<void> {
    if (this.#last) this.query(this.#last);
    return this.settled;
  }

  /** Forgets the answers: the scope changed, so the next answer is a first one. */
  reset(): void {
    this.#begin();
    this.#items.clear();
    this.results = [];
    this.total = 0;
    this.#answered = false;
    this.#slow = false;
  }

  /** Until the scope's first answer, and while a slow one is awaited, the list is loading. */
  get busy(): boolean {
    return !this.#answered || this.#slow;
  }

  hasMore(visible: number): boolean {
    return visible < this.results.length || this.#next !== undefined;
  }

  loadMore(wanted: number): Promise<void> | undefined {
    const next = this.#next;
    // While a newer query is under way, the results on screen are an older one's: nothing to continue.
    if (next === undefined || wanted <= this.results.length || this.#shown !== this.#generation) return undefined;
    const generation = this.#generation;
    const signal = this.#requests!.signal;
    return this.#source.more(next, signal).then(
      (page) => {
        if (generation !== this.#generation) return;
        this.#take(page);
        this.#binding.succeeded();
        this.#binding.changed();
      },
      (reason: unknown) => this.#fail(generation, reason),
    );
  }

  find(id: string): Item | undefined {
    return this.#items.get(id);
  }

  /** Starts a new generation, cancelling every request of the older ones. */
  #begin(): number {
    this.#requests?.abort();
    this.#requests = new AbortController();
    return ++this.#generation;
  }

  #take(page: RemotePage<Item>): void {
    const fresh = page.items.filter((item) => !this.#items.has(item.id));
    for (const item of fresh) this.#items.set(item.id, item);
    this.results = [...this.results, ...fresh];
    this.#next = page.next;
    // On the last page the count is what could be listed: an answer of only events, dissolved
    // or invalid items reads as nothing found, not as "0 of 2".
    if (page.next === undefined) this.total = this.results.length;
    this.#binding.read(page);
  }

  #fail(generation: number, reason: unknown): void {
    if (generation !== this.#generation) return;
    const error = reason instanceof FeedError ? reason : new FeedError('network', String(reason), '');
    this.#binding.failed(error);
  }
}
