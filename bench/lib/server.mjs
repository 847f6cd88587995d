// A tiny HTTP server on 127.0.0.1 for the bench pages, the built bundles and the feeds.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ORIGIN_PLACEHOLDER } from './feeds.mjs';

/**
 * `bundles`: folder of built scripts served under /bundle/; `pages`: path →
 * HTML text. Feeds are added per size with `addFeed`.
 */
export async function startServer({ bundles, pages }) {
  const served = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('Cache-Control', 'no-store');
    const feed = /^\/feed\/(\d+)\/associations\.json$/.exec(url.pathname);
    if (feed) {
      const body = served.get(Number(feed[1]))?.[Number(url.searchParams.get('page') ?? '1') - 1];
      if (!body) return void res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*' });
      return void res.end(body);
    }
    const bundle = /^\/bundle\/([\w.-]+\.js)$/.exec(url.pathname);
    if (bundle) {
      try {
        const body = await readFile(join(bundles, bundle[1]));
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
        return void res.end(body);
      } catch {
        return void res.writeHead(404).end();
      }
    }
    const page = pages[url.pathname];
    if (page) {
      // Cross-origin isolated, so performance.now() has its fine resolution.
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      });
      return void res.end(page);
    }
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    res.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /** Serves a feed's pages (texts with the origin placeholder) under /feed/<size>/. */
    addFeed: (size, texts) =>
      served.set(
        size,
        texts.map((text) => Buffer.from(text.replaceAll(ORIGIN_PLACEHOLDER, origin))),
      ),
    /** Frees a size's pages once it has been measured. */
    drop: (size) => served.delete(size),
    close: () => new Promise((done) => server.close(done)),
  };
}
