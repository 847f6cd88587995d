// A second HTTP server on another port: a feed on another origin, as a municipality's page
// meets it. It serves JSON files from test/fixtures/ with CORS and ETag, and tells the
// test pages its origin. It also gives the strict-CSP test page its header.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { resolve, normalize } from 'node:path';

const fixtures = resolve(process.cwd(), 'test/fixtures');
const dist = resolve(process.cwd(), 'dist');
const version = JSON.parse(await readFile(resolve(process.cwd(), 'package.json'), 'utf8')).version;

/**
 * Serves the JSON fixtures on 127.0.0.1 (a free port) with CORS and ETag; the feed
 * test pages and the WordPress test both read from it.
 */
export async function startFeedServer() {
  let origin = '';
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '');
    const file = resolve(fixtures, path);
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (!file.startsWith(fixtures + '/') || !file.endsWith('.json')) {
      res.writeHead(404).end();
      return;
    }
    try {
      // Absolute `next` links need this server's origin, known only once it listens.
      const body = Buffer.from((await readFile(file, 'utf8')).replaceAll('__FEED_ORIGIN__', origin));
      const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ETag: etag }).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((done) => server.close(done)) };
}

export function feedOriginPlugin() {
  let server;
  let origin = '';
  return {
    name: 'feed-origin',
    async serverStart() {
      server = await startFeedServer();
      origin = server.origin;
    },
    async serverStop() {
      await server?.close();
    },
    async serve(context) {
      if (context.path === '/__feed-origin') return { body: JSON.stringify({ origin }), type: 'json' };
      // Another version of a built CDN file, as a second plugin on the page would bring it.
      const other = /^\/other-version\/(kumppani(?:-all)?(?:\.iife)?\.js)$/.exec(context.path);
      if (other) {
        const body = await readFile(resolve(dist, other[1]), 'utf8');
        return { body: body.replaceAll(version, '0.0.9'), type: 'js' };
      }
      return undefined;
    },
    async transform(context) {
      if (!context.path.startsWith('/test/pages/') || typeof context.body !== 'string') return undefined;
      // Test pages name the feed as a webmaster would, with its full address.
      // A frame from another origin of this same server: localhost and 127.0.0.1 differ.
      const [hostname, port] = context.host.split(':');
      const frameOrigin = `http://${hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${port}`;
      let body = context.body.replaceAll('__FEED_ORIGIN__', origin).replaceAll('__FRAME_ORIGIN__', frameOrigin);
      // Pages that paste a script with its integrity hash take it from the build's manifest.
      if (body.includes('__INTEGRITY__')) {
        const integrity = JSON.parse(await readFile(resolve(dist, 'integrity.json'), 'utf8'));
        body = body.replace(/__INTEGRITY__([\w.-]+\.js)/g, (_match, file) => integrity[file]);
      }
      if (!context.path.startsWith('/test/pages/strict-csp')) return { body, transformCache: false };
      // The strict policy a careful municipality could set; the widget must hold under it.
      const policy = [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' https:",
        `connect-src 'self' ${origin}`,
        "require-trusted-types-for 'script'",
        'trusted-types lit-html kumppani',
      ].join('; ');
      return { body, headers: { 'Content-Security-Policy': policy }, transformCache: false };
    },
  };
}
