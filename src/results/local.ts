import { createItemSearch, type ItemSearch } from '../search/item-search.js';
import type { SearchDocument } from '../search/types.js';
import type { ResultsSource } from './source.js';

/**
 * Results worked out in the browser from the items of a downloaded feed: the
 * element gives the items in its scope (in their default order), asks for the
 * positions matching the typed words, and sets the results after its filters
 * and sort. The search index is built in the background.
 */
export class LocalResults<Item extends { id: string }> implements ResultsSource<Item> {
  results: readonly Item[] = [];
  readonly busy = false;
  readonly settled: Promise<void> = Promise.resolve();
  #scope: readonly Item[] = [];
  #search: ItemSearch | undefined;

  get total(): number {
    return this.results.length;
  }

  /** The items in scope, in their default order. */
  get scoped(): readonly Item[] {
    return this.#scope;
  }

  /** Replaces the items in scope; they are indexed for search in the background. */
  setScope(items: readonly Item[], document: (item: Item) => SearchDocument): void {
    this.#search?.stop();
    this.#scope = items;
    this.#search = createItemSearch(items, document);
  }

  /** Positions in the scope of the items matching the words, best first; undefined without words. */
  matches(text: string): Int32Array | undefined {
    const query = text.trim();
    if (!query || !this.#search) return undefined;
    return this.#search.search(query);
  }

  show(results: readonly Item[]): void {
    this.results = results;
  }

  hasMore(visible: number): boolean {
    return visible < this.results.length;
  }

  loadMore(): undefined {
    return undefined;
  }

  find(id: string): Item | undefined {
    const index = this.#search?.indexOf(id) ?? -1;
    return index >= 0 ? this.#scope[index] : undefined;
  }

  /** Stops indexing in the background (the element left the page or got new items). */
  stop(): void {
    this.#search?.stop();
  }
}
