import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, type FeedData } from '../feed/types.js';
import { sharedFeed } from '../feed/index.js';
import { emit } from '../internal/events.js';
import { nextTask, soon } from '../internal/tasks.js';
import { warnInvalid } from '../internal/report.js';

export type FeedState = 'idle' | 'loading' | 'ready' | 'error';

export interface FeedBinding {
  /** The feed's address (the element's `feed` attribute). */
  url(): string | undefined;
  /**
   * Stop after the first page when the feed announces more items than this and
   * offers queries (contract §6); undefined: always read the whole feed.
   */
  serverThreshold(): number | undefined;
  /**
   * Work on a newly loaded feed worth doing in tasks of its own before it is
   * shown, so a national feed never blocks the page for long.
   */
  prepare?(data: FeedData): Promise<void>;
  /**
   * Work that needs no feed (creating the language's collator takes tens of
   * milliseconds on a phone), done in a task of its own while the feed downloads
   * rather than in the task that shows the first cards.
   */
  warmUp?(): void;
  /** For `kumppani-load`: the items in the element's scope, and the valid items of its kind in the feed. */
  counts(data: FeedData): { count: number; total: number };
  /** Reads a source other than a contract feed (a real API through its adapter); undefined: a contract feed. */
  load?(url: string, signal: AbortSignal): Promise<FeedData> | undefined;
  /** What else decides what `load` reads (its format, the municipalities it asks for). */
  variant?(): string;
}

/**
 * Loads an element's feed: the loading, ready and error states, a newer load
 * cancelling an older one, retry, and the `kumppani-load` / `kumppani-error`
 * events with the invalid items reported in the console for the webmaster.
 */
export class FeedController implements ReactiveController {
  state: FeedState = 'idle';
  data: FeedData | undefined;
  error: FeedError | undefined;

  #abort: AbortController | undefined;
  /** The address and mode of the current or last load, so a change loads again. */
  #requested: string | undefined;
  /** The error `fail` showed, which `recover` may take away. */
  #failedAfterLoad: FeedError | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #binding: FeedBinding;

  constructor(host: ReactiveControllerHost & HTMLElement, binding: FeedBinding) {
    this.#host = host;
    this.#binding = binding;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.state === 'idle') this.#loadIfChanged();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    if (this.state === 'loading') {
      this.state = 'idle';
      this.#requested = undefined;
    }
  }

  /** After a render: a changed `feed` (or search mode) loads again. */
  hostUpdated(): void {
    if (this.#host.isConnected) this.#loadIfChanged();
  }

  /** Fetches the feed again, bypassing the shared copy. */
  reload(): Promise<void> {
    return this.#load(true);
  }

  /** Shows an error that arose after loading (a failed server search) with the feed's retry. */
  fail(error: FeedError): void {
    this.#failedAfterLoad = error;
    this.error = error;
    this.state = 'error';
    this.#host.requestUpdate();
  }

  /** Clears an error shown by `fail` once what failed has succeeded (never the feed's own error). */
  recover(): void {
    if (this.state !== 'error' || !this.data || this.error !== this.#failedAfterLoad) return;
    this.error = undefined;
    this.state = 'ready';
    this.#host.requestUpdate();
  }

  #key(): string | undefined {
    const url = this.#binding.url();
    return url ? `${url} ${this.#binding.serverThreshold() ?? ''} ${this.#binding.variant?.() ?? ''}` : undefined;
  }

  #loadIfChanged(): void {
    if (this.#key() !== this.#requested) void this.#load();
  }

  async #load(fresh = false): Promise<void> {
    const url = this.#binding.url();
    this.#requested = this.#key();
    this.#abort?.abort();
    if (!url) {
      this.state = 'idle';
      this.data = undefined;
      this.#host.requestUpdate();
      return;
    }
    const controller = new AbortController();
    this.#abort = controller;
    this.state = 'loading';
    this.#host.requestUpdate();
    if (this.#binding.warmUp) soon(() => this.#binding.warmUp?.());
    try {
      const threshold = this.#binding.serverThreshold();
      const data = await (this.#binding.load?.(url, controller.signal) ??
        sharedFeed(url, controller.signal, {
          fresh,
          ...(threshold === undefined ? {} : { serverThreshold: threshold }),
        }));
      // The feed's last page was read in this task: showing it starts in another.
      await nextTask();
      if (controller.signal.aborted) return;
      await this.#binding.prepare?.(data);
      if (controller.signal.aborted) return;
      this.data = data;
      this.error = undefined;
      this.state = 'ready';
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      this.#report(data);
    } catch (reason) {
      if (controller.signal.aborted) return;
      const error = reason instanceof FeedError ? reason : new FeedError('network', String(reason), url);
      this.error = error;
      this.state = 'error';
      this.#host.requestUpdate();
      console.error(`kumppani: the feed ${error.url} could not be shown (${error.kind}): ${error.message}`);
      emit(this.#host, 'kumppani-error', {
        kind: error.kind,
        message: error.message,
        ...(error.status !== undefined ? { status: error.status } : {}),
      });
    }
  }

  #report(data: FeedData): void {
    warnInvalid(data.url, data.skipped, data.dropped);
    if (data.pagingStopped) {
      console.warn(
        `kumppani: stopped following the pages of ${data.url} (${data.pagingStopped.reason} at ${data.pagingStopped.url}); showing what was loaded.`,
      );
    }
    emit(this.#host, 'kumppani-load', {
      ...this.#binding.counts(data),
      skipped: data.skipped,
      dropped: data.dropped,
      ...(data.pagingStopped ? { pagingStopped: data.pagingStopped } : {}),
    });
  }
}
