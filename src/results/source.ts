/**
 * Where a list's results come from, behind one interface: the in-browser search
 * over a downloaded feed, or a server that answers each query (a feed's own
 * search, a real API through an adapter). The elements do not ask which.
 */
export interface ResultsSource<Item> {
  /** The matching items at hand, in the order to show them. */
  readonly results: readonly Item[];
  /** How many items match in all (a server may hold more than are at hand). */
  readonly total: number;
  /** Whether "show more" has more to show after `visible` items, here or on the server. */
  hasMore(visible: number): boolean;
  /** Fetches what showing `wanted` items needs beyond those at hand; undefined when nothing is needed. */
  loadMore(wanted: number): Promise<void> | undefined;
  /** Newer results are on their way and slow enough to say so (the list is marked busy). */
  readonly busy: boolean;
  /** Resolves when the results of the latest query are in. */
  readonly settled: Promise<void>;
  /** An item shown or once shown by this source, by id (a detail opened from a shared link). */
  find(id: string): Item | undefined;
}
