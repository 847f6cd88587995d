/**
 * The national feed's query server (query-server.ts) in a worker thread, started
 * by feed-plugin.ts. Generating, sorting and indexing 100,000 associations takes
 * seconds of CPU, which the dev server's own thread needs for serving pages.
 *
 * It generates and sorts the items at once and says `ready`; it then answers
 * requests while it makes the search documents in short slices (`indexed`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { FEED_LICENSE, FEED_SOURCE, GENERATED_AT, TAXONOMY, generateFeed } from './generate-feed.js';
import { createQueryServer } from './query-server.js';

export interface NationalWorkerData {
  associations: number;
  /** Absolute URL of the endpoint, for links when a request brings none. */
  baseUrl: string;
}

export interface NationalRequest {
  id: number;
  /** The request's absolute URL. */
  url: string;
  /** The endpoint's URL on the host the request came to. */
  baseUrl: string;
}

export type NationalMessage =
  | { type: 'ready'; count: number; ms: number }
  | { type: 'indexed'; ms: number }
  | { type: 'answer'; id: number; status: number; text: string };

const port = parentPort;
if (!port) throw new Error('national-worker runs as a worker thread');
const post = (message: NationalMessage): void => port.postMessage(message);
const { associations, baseUrl } = workerData as NationalWorkerData;

let started = performance.now();
// Associations only, so the unfiltered count is `associations` (the generator's
// handful of events and volunteer tasks belong to the regional feed).
const items = generateFeed({ associations, broken: false }).items.filter(
  (item) => typeof item === 'object' && item !== null && (item as { type?: unknown }).type === 'association',
);
const server = createQueryServer(items, {
  baseUrl,
  taxonomy: TAXONOMY,
  source: FEED_SOURCE,
  license: FEED_LICENSE,
  generatedAt: GENERATED_AT,
});
server.prepare();
post({ type: 'ready', count: items.length, ms: Math.round(performance.now() - started) });

function answer(request: NationalRequest): void {
  try {
    const { status, body } = server.answer(new URL(request.url), request.baseUrl);
    post({ type: 'answer', id: request.id, status, text: JSON.stringify(body) });
  } catch (err) {
    console.error('[kumppani demo] answering the national feed failed:', err);
    post({ type: 'answer', id: request.id, status: 500, text: JSON.stringify({ error: 'Internal error' }) });
  }
}

port.on('message', answer);
// Requests are answered between the slices of this work; one with `q` finishes it first.
started = performance.now();
void server.warm().then(() => post({ type: 'indexed', ms: Math.round(performance.now() - started) }));
