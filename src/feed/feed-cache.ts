/**
 * One load per feed URL for all widgets on a page. A completed load stays in
 * memory for the page's lifetime (never in storage); a failed or abandoned
 * one is forgotten, so the next call fetches again.
 */
import { abortReason, loadFeed } from './client.js';
import type { FeedData } from './types.js';

export interface SharedFeedOptions {
  /**
   * Fetch again even if a completed copy is held (a retry or a reload). A
   * load already in flight is joined instead: it is as fresh as it gets.
   */
  fresh?: boolean;
  /** Passed to `loadFeed` when this call starts a load. */
  timeoutMs?: number;
  /**
   * Stop after the first page when the feed can be queried (`meta.query` has
   * `q`) and announces more items than this; `FeedData.next` is then set.
   * Loads with different thresholds are not shared.
   */
  serverThreshold?: number;
}

interface Load {
  promise: Promise<FeedData>;
  controller: AbortController;
  /** Callers still waiting; when the last one leaves, the load is aborted. */
  waiting: number;
  settled: boolean;
}

const loads = new Map<string, Load>();

function keyOf(url: string): string {
  try {
    return new URL(url, typeof document === 'undefined' ? undefined : document.baseURI).href;
  } catch {
    return url;
  }
}

function start(key: string, url: string, options: SharedFeedOptions): Load {
  const controller = new AbortController();
  const { timeoutMs, serverThreshold } = options;
  const load: Load = {
    controller,
    waiting: 0,
    settled: false,
    promise: loadFeed(url, {
      signal: controller.signal,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
      ...(serverThreshold === undefined
        ? {}
        : { stopAfterFirst: (first) => !!first.query?.includes('q') && (first.count ?? 0) > serverThreshold }),
    }),
  };
  load.promise.then(
    () => {
      load.settled = true;
    },
    () => {
      load.settled = true;
      if (loads.get(key) === load) loads.delete(key);
    },
  );
  loads.set(key, load);
  return load;
}

/**
 * The feed at `url`, loaded once and shared by every caller. Aborting
 * `signal` rejects only this caller (with the abort reason); the load itself
 * is aborted when every caller waiting for it has aborted. The FeedData is
 * shared between callers: treat it as read-only.
 */
export function sharedFeed(url: string, signal?: AbortSignal, options: SharedFeedOptions = {}): Promise<FeedData> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  const key = options.serverThreshold === undefined ? keyOf(url) : `${keyOf(url)} ${options.serverThreshold}`;
  let load = loads.get(key);
  if (!load || (options.fresh && load.settled)) load = start(key, url, options);
  const current = load;
  current.waiting++;

  return new Promise<FeedData>((resolve, reject) => {
    let waiting = true;
    const leave = (): boolean => {
      if (!waiting) return false;
      waiting = false;
      signal?.removeEventListener('abort', onAbort);
      current.waiting--;
      return true;
    };
    const onAbort = (): void => {
      if (!leave()) return;
      reject(abortReason(signal!));
      if (current.waiting === 0 && !current.settled) {
        if (loads.get(key) === current) loads.delete(key);
        current.controller.abort(abortReason(signal!));
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    current.promise.then(
      (data) => {
        if (leave()) resolve(data);
      },
      (error: unknown) => {
        if (leave()) reject(error);
      },
    );
  });
}

/** Forces a new load of `url` for this caller and every later one (a retry control). */
export function reloadFeed(url: string, signal?: AbortSignal): Promise<FeedData> {
  return sharedFeed(url, signal, { fresh: true });
}
