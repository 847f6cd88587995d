/**
 * GET a JSON document from a public API, robust against the real internet:
 * a time-out per request, HTTP 429 and 503 retried after the server's
 * `Retry-After` (within bounds), and a failure that names the likely cause for
 * the webmaster. Every failure is a FeedError, as for feeds; an abort rejects
 * with the signal's reason. No cookies, no storage.
 */
import { FeedError } from '../feed/types.js';
import { httpFailure } from '../feed/client.js';

export interface GetJsonOptions {
  signal?: AbortSignal | undefined;
  /** Time-out for each request (headers and body), in ms. Default 20 000. */
  timeoutMs?: number | undefined;
  /** A fetch implementation; the global one by default. */
  fetch?: typeof fetch | undefined;
  /** Retries after 429 or 503. Default 2. */
  retries?: number | undefined;
  /** The longest `Retry-After` honoured, in ms; a longer one fails at once. Default 10 000. */
  maxRetryWaitMs?: number | undefined;
  /** Waits between retries (tests record the waits instead of sleeping). */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}

const RETRY_STATUSES = new Set([429, 503]);
/** The wait when a 429 or 503 names none. */
const DEFAULT_RETRY_MS = 1_000;

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Resolves after `ms`, or rejects with the abort reason. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** `Retry-After` in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Why a fetch that never got a response failed, in words a webmaster can act on. */
function unreachable(url: string, error: unknown): string {
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  let crossOrigin = false;
  try {
    crossOrigin = typeof location !== 'undefined' && new URL(url).origin !== location.origin;
  } catch {
    // Not a URL: the network message says enough.
  }
  // Browsers hide a CORS refusal behind the same TypeError as a lost network, on purpose.
  return crossOrigin
    ? `could not load the source${detail}: either the network failed or the source does not allow this page's origin ${location.origin} (CORS)`
    : `could not load the source${detail}`;
}

/** One GET; 429/503 come back as a Response for the caller to retry. */
async function attempt(url: string, options: GetJsonOptions, fetchFn: typeof fetch): Promise<Response | unknown> {
  const { signal, timeoutMs = 20_000 } = options;
  const request = new AbortController();
  let timedOut = false;
  const onAbort = (): void => request.abort(abortReason(signal!));
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    request.abort(new DOMException('The request timed out.', 'TimeoutError'));
  }, timeoutMs);
  const fail = (error: unknown): unknown => {
    if (signal?.aborted) return abortReason(signal);
    if (timedOut) return new FeedError('network', `timed out after ${timeoutMs} ms`, url);
    return new FeedError('network', unreachable(url, error), url);
  };
  try {
    let response: Response;
    try {
      response = await fetchFn(url, {
        signal: request.signal,
        headers: { Accept: 'application/json' },
        credentials: 'omit',
      });
    } catch (error) {
      throw fail(error);
    }
    if (RETRY_STATUSES.has(response.status)) return response;
    if (!response.ok) throw httpFailure(response, url);
    let body: string;
    try {
      body = await response.text();
    } catch (error) {
      throw fail(error);
    }
    try {
      return JSON.parse(body) as unknown;
    } catch {
      throw new FeedError('format', 'the source did not answer with JSON', url);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** The JSON at `url`, or a FeedError ('network', 'http', 'format'). */
export async function getJson(url: string, options: GetJsonOptions = {}): Promise<unknown> {
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const { retries = 2, maxRetryWaitMs = 10_000, signal } = options;
  const wait = options.sleep ?? sleep;
  for (let tries = 0; ; tries++) {
    if (signal?.aborted) throw abortReason(signal);
    const result = await attempt(url, options, fetchFn);
    if (!(result instanceof Response)) return result;
    result.body?.cancel().catch(() => undefined);
    const delay = retryAfterMs(result.headers.get('Retry-After')) ?? DEFAULT_RETRY_MS;
    if (tries >= retries || delay > maxRetryWaitMs) {
      const after = delay > maxRetryWaitMs ? ` (asked to wait ${Math.ceil(delay / 1000)} s)` : '';
      throw new FeedError('http', `HTTP ${result.status}: the source is busy${after}`, url, result.status);
    }
    await wait(delay, signal);
  }
}
