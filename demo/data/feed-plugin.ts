/**
 * Serves the generated demo feed from the Vite dev (and preview) server, offline:
 *
 *   /feed/associations.json[?page=N]  the feed, 100 items a page, `next` on the request's own host
 *   /feed/taxonomy.json               the taxonomy alone
 *   /feed/broken.json                 an HTML maintenance page instead of JSON (error state)
 *   /feed/v2.json                     a feedVersion "2.0" envelope (unsupported version)
 *   /feed/slow.json                   the first page after 3 s (loading state)
 *   /feed/national.json[?q=…&page=N]  100,000 associations that answer the server-side queries
 *                                     of contract §6 (query-server.ts), from a worker thread
 *                                     that generates them when the server starts
 *
 * Every response carries CORS and an ETag; `If-None-Match` gets a 304.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { Connect, HttpServer, Plugin } from 'vite';
import { DEFAULT_PAGE_SIZE, TAXONOMY, envelope, generateFeed, paginate, type GeneratedFeed } from './generate-feed.js';
import type { NationalMessage, NationalRequest, NationalWorkerData } from './national-worker.js';

const PREFIX = '/feed/';
const FEED_FILE = 'associations.json';
const NATIONAL_FILE = 'national.json';
const ROUTES: readonly string[] = [FEED_FILE, 'taxonomy.json', 'broken.json', 'v2.json', 'slow.json', NATIONAL_FILE];
/**
 * Associations in the national feed. A worker thread (national-worker.ts)
 * generates them when the server starts: in Node on a 2-core machine 100,000
 * take 3–5 s to generate and sort and 5–8 s more to index for search, time the
 * dev server's own thread keeps for serving pages.
 */
const NATIONAL_ASSOCIATIONS = 100_000;
const SLOW_MS = 3000;
/** Serialised pages are kept for this many hosts (localhost, a LAN address, a tunnel …). */
const MAX_ORIGINS = 8;

interface Body {
  text: string;
  type: string;
  etag: string;
}

function body(text: string, type = 'application/json; charset=utf-8'): Body {
  return { text, type, etag: `"${createHash('sha1').update(text).digest('base64url')}"` };
}

const MAINTENANCE_PAGE = `<!doctype html>
<html lang="fi">
<head><meta charset="utf-8"><title>Huoltokatko – Yhdistystori</title></head>
<body>
<h1>Palvelu on tilapäisesti poissa käytöstä</h1>
<p>Yhdistystorin rajapintaa päivitetään. Yritä hetken kuluttua uudelleen.</p>
<p lang="sv">Tjänsten är tillfälligt ur bruk. Försök igen om en stund.</p>
</body>
</html>
`;

/** `http(s)://host[:port]` of a request; a malformed Host header falls back to localhost. */
function originOf(req: IncomingMessage): string {
  const host = req.headers.host ?? '';
  const safeHost = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.test(host) ? host : 'localhost';
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    ?.trim();
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
  const proto = forwarded === 'https' || forwarded === 'http' ? forwarded : encrypted ? 'https' : 'http';
  return `${proto}://${safeHost}`;
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

function send(req: IncomingMessage, res: ServerResponse, b: Body, status = 200): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', 'ETag');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('ETag', b.etag);
  if (status === 200 && etagMatches(req.headers['if-none-match'], b.etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = status;
  res.setHeader('Content-Type', b.type);
  res.setHeader('Content-Length', Buffer.byteLength(b.text));
  res.end(req.method === 'HEAD' ? undefined : b.text);
}

function preflight(res: ServerResponse): void {
  res.statusCode = 204;
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, If-Modified-Since, Cache-Control');
  res.setHeader('Access-Control-Max-Age', '86400');
  res.end();
}

interface National {
  answer(url: string, baseUrl: string): Promise<{ status: number; text: string }>;
  close(): void;
}

/**
 * Starts the national feed's worker. Node runs JavaScript only, so the worker's
 * TypeScript is bundled first, in memory.
 */
function startNational(): National {
  const started = Date.now();
  const pending = new Map<number, (answer: { status: number; text: string }) => void>();
  let nextId = 0;
  let failure: unknown;
  let closed = false;
  const fail = (err: unknown): void => {
    if (failure === undefined) console.error('[kumppani demo] the national feed failed:', err);
    failure ??= err;
    for (const resolve of pending.values()) resolve({ status: 500, text: JSON.stringify({ error: 'Internal error' }) });
    pending.clear();
  };
  const log = (text: string): void => console.info(`[kumppani demo] ${PREFIX}${NATIONAL_FILE}: ${text}`);

  const worker = build({
    entryPoints: [fileURLToPath(new URL('./national-worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  }).then(({ outputFiles }) => {
    const data: NationalWorkerData = {
      associations: NATIONAL_ASSOCIATIONS,
      baseUrl: `http://localhost${PREFIX}${NATIONAL_FILE}`,
    };
    const w = new Worker(outputFiles[0]?.text ?? '', { eval: true, workerData: data });
    // A dev server that is stopped does not wait for the worker.
    w.unref();
    w.on('message', (message: NationalMessage) => {
      if (message.type === 'ready') {
        log(
          `${message.count} associations generated and sorted in ${message.ms} ms (${Date.now() - started} ms after start)`,
        );
      } else if (message.type === 'indexed') {
        log(`search documents made in ${message.ms} ms, between requests; the engine indexes them in the background`);
      } else {
        pending.get(message.id)?.(message);
        pending.delete(message.id);
      }
    });
    w.on('error', fail);
    w.on('exit', (code) => {
      if (!closed) fail(new Error(`worker exited with code ${code}`));
    });
    return w;
  });
  worker.catch(fail);

  return {
    async answer(url, baseUrl) {
      const w = await worker;
      if (failure !== undefined) return { status: 500, text: JSON.stringify({ error: 'Internal error' }) };
      const id = nextId++;
      const request: NationalRequest = { id, url, baseUrl };
      return new Promise((resolve) => {
        pending.set(id, resolve);
        w.postMessage(request);
      });
    },
    close() {
      closed = true;
      void worker.then(
        (w) => w.terminate(),
        () => undefined,
      );
    },
  };
}

export function demoFeedPlugin(): Plugin {
  let feed: GeneratedFeed | undefined;
  const pagesByOrigin = new Map<string, Body[]>();
  const fixed = new Map<string, Body>();

  const getFeed = (): GeneratedFeed => (feed ??= generateFeed());

  // Started with the server, so the data is there by the time a page asks for it.
  let national: National | undefined;
  const startWithServer = (httpServer: HttpServer | null): void => {
    const started = startNational();
    national = started;
    httpServer?.once('close', () => started.close());
  };

  const pagesFor = (origin: string): Body[] => {
    let pages = pagesByOrigin.get(origin);
    if (!pages) {
      pages = paginate(getFeed().items, {
        baseUrl: `${origin}${PREFIX}${FEED_FILE}`,
        pageSize: DEFAULT_PAGE_SIZE,
        taxonomy: TAXONOMY,
        feedVersion: getFeed().pages[0]?.feedVersion,
      }).map((page) => body(JSON.stringify(page)));
      if (pagesByOrigin.size >= MAX_ORIGINS) {
        const oldest = pagesByOrigin.keys().next().value;
        if (oldest !== undefined) pagesByOrigin.delete(oldest);
      }
      pagesByOrigin.set(origin, pages);
    }
    return pages;
  };

  const once = (key: string, make: () => Body): Body => {
    let b = fixed.get(key);
    if (!b) {
      b = make();
      fixed.set(key, b);
    }
    return b;
  };

  const error = (message: string): Body => body(JSON.stringify({ error: message }));

  const handle: Connect.NextHandleFunction = (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(PREFIX)) {
      next();
      return;
    }
    const route = url.pathname.slice(PREFIX.length);
    if (!ROUTES.includes(route)) {
      next();
      return;
    }

    if (req.method === 'OPTIONS') {
      preflight(res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD, OPTIONS');
      send(req, res, error('Method not allowed'), 405);
      return;
    }

    try {
      switch (route) {
        case 'associations.json': {
          const pages = pagesFor(originOf(req));
          const raw = url.searchParams.get('page');
          const n = raw === null ? 1 : /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 0;
          const page = pages[n - 1];
          if (!page) {
            send(req, res, error(`No page ${String(raw)}: the feed has ${pages.length} pages.`), 404);
          } else {
            send(req, res, page);
          }
          return;
        }
        case NATIONAL_FILE: {
          if (!national) throw new Error('the national feed has not been started');
          const origin = originOf(req);
          national
            .answer(new URL(req.url ?? '/', origin).href, `${origin}${PREFIX}${NATIONAL_FILE}`)
            .then(({ status, text }) => {
              if (!res.writableEnded && !res.destroyed) send(req, res, body(text), status);
            }, next);
          return;
        }
        case 'taxonomy.json':
          send(
            req,
            res,
            once('taxonomy', () => body(JSON.stringify(TAXONOMY))),
          );
          return;
        case 'broken.json':
          send(
            req,
            res,
            once('broken', () => body(MAINTENANCE_PAGE, 'text/html; charset=utf-8')),
          );
          return;
        case 'v2.json':
          send(
            req,
            res,
            once('v2', () => {
              const data = getFeed()
                .items.filter(
                  (i) => typeof i === 'object' && i !== null && (i as { type?: unknown }).type === 'association',
                )
                .slice(0, 5);
              return body(
                JSON.stringify(envelope(data, { count: data.length, next: null, previous: null }, undefined, '2.0')),
              );
            }),
          );
          return;
        case 'slow.json': {
          const page = pagesFor(originOf(req))[0];
          if (!page) throw new Error('the demo feed has no pages');
          const timer = setTimeout(() => {
            if (!res.writableEnded && !res.destroyed) send(req, res, page);
          }, SLOW_MS);
          res.on('close', () => clearTimeout(timer));
          return;
        }
      }
    } catch (err) {
      next(err);
    }
  };

  /**
   * A widget that revalidates with its own `If-None-Match` header sends a CORS
   * preflight. Vite's CORS middleware, which runs before plugin middleware,
   * only answers local origins, so the feed's preflights are answered first.
   */
  const handlePreflight: Connect.NextHandleFunction = (req, res, next) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method === 'OPTIONS' && path.startsWith(PREFIX) && ROUTES.includes(path.slice(PREFIX.length))) {
      preflight(res);
      return;
    }
    next();
  };

  return {
    name: 'kumppani-demo-feed',
    configureServer(server) {
      startWithServer(server.httpServer);
      server.middlewares.stack.unshift({ route: '', handle: handlePreflight });
      server.middlewares.use(handle);
    },
    configurePreviewServer(server) {
      startWithServer(server.httpServer);
      server.middlewares.stack.unshift({ route: '', handle: handlePreflight });
      server.middlewares.use(handle);
    },
  };
}
