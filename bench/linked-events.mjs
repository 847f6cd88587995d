#!/usr/bin/env node
// `npm run bench:linkedevents` (also the last part of `npm run bench`): <kumppani-events
// format="linkedevents"> against a local Linked Events that answers like the real one (a
// 151,775-event count, pages of 100, organizer names by id) with 100 ms per request, in the
// system Chromium, with the built kumppani-all.js. Measures how many request round trips pass
// before the first events are painted, and a typed search's time to its results. Writes the
// `linkedEvents` part of bench/results.json. See bench/README.md.
//
// Options (environment): BENCH_RUNS=5  BENCH_LATENCY_MS=100  BENCH_NO_BUILD=1  CHROME_PATH
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { buildCdnFiles } from './lib/build.mjs';
import { saveResults } from './lib/results.mjs';
import { median } from './lib/probes.mjs';

const root = join(import.meta.dirname, '..');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_RUNS) > 0 ? Number(process.env.BENCH_RUNS) : 5;
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 100);
/** The count of the recorded `event/` page (test/fixtures/realdata/linkedevents/event-list.json). */
const TOTAL = 151_775;
/** Events the server really holds; counts are scaled up to TOTAL. */
const POOL = 3_000;
/** Distinct publishers: a page of 100 Helsinki events names about this many. */
const ORGANIZERS = 15;
/** The element's search debounce (src/controllers/query.ts). */
const DEBOUNCE_MS = 250;
/**
 * What the resident types, a key every 80 ms; the server matches names, as Linked Events' `text`
 * does. The first finds events of organizers the first page already named; the second, events of
 * organizers not seen before, whose names are asked for before the page is shown.
 */
const TYPED = 'konsertti';
const TYPED_NEW = 'syysretki';
const KEY_INTERVAL_MS = 80;
const NEW_ORGANIZERS_WORD = 'Syysretki';
const WORDS = ['Konsertti', 'Satutunti', 'Näyttely', 'Kuorolaulu', 'Lautapeli-ilta', 'Taidepaja', 'Luontoretki'];

if (!existsSync(chromePath)) {
  console.error(`No Chromium at ${chromePath}. Install it (Debian: apt-get install chromium) or set CHROME_PATH.`);
  process.exit(1);
}

const fixture = (name) =>
  JSON.parse(readFileSync(join(root, 'test/fixtures/realdata/linkedevents', `${name}.json`), 'utf8'));
// The recorded records (an online event, a Helsinki place, an Espoo place) as templates.
const templates = [fixture('event-list').data[0], fixture('event-included'), fixture('event-espoo')];

/** The pool: recorded records over the coming 60 days, named and published by varying organizers. */
function makePool(now) {
  const events = [];
  for (let i = 0; i < POOL; i++) {
    const event = structuredClone(templates[i % templates.length]);
    const start = new Date(now + 3_600_000 + Math.floor((i * 60 * 86_400_000) / POOL));
    event.id = `bench:${i}`;
    event.name = { fi: `${WORDS[i % WORDS.length]} ${i}`, sv: `Evenemang ${i}` };
    event.start_time = start.toISOString();
    event.end_time = new Date(start.getTime() + 7_200_000).toISOString();
    event.event_status = 'EventScheduled';
    event.publisher = `bench:org-${(i * 7) % ORGANIZERS}`;
    if (i >= POOL - 100 && i % 10 === 0) {
      // Late in the window, by organizers no earlier page names: a search for them waits for their names.
      event.name.fi = `${NEW_ORGANIZERS_WORD} ${i}`;
      event.publisher = `bench:late-${i % 7}`;
    }
    events.push(event);
  }
  return events;
}

/** A throw-away certificate: the API is served over HTTP/2, as api.hel.fi is, so requests run side by side. */
function certificate() {
  const dir = mkdtempSync(join(tmpdir(), 'kumppani-bench-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

function startApi() {
  const pool = makePool(Date.now());
  const requests = [];
  const server = createSecureServer({ ...certificate(), allowHTTP1: true }, (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const send = (status, body, type = 'application/json; charset=utf-8') =>
      setTimeout(() => {
        res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
        res.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
      }, LATENCY_MS);
    if (url.pathname === '/') return void send(200, page(), 'text/html; charset=utf-8');
    if (url.pathname === '/kumppani-all.js')
      return void send(200, readFileSync(join(root, 'dist/kumppani-all.js')), 'text/javascript; charset=utf-8');
    const organizer = /^\/linkedevents\/v1\/organization\/([^/]+)\/$/.exec(url.pathname)?.[1];
    if (organizer) {
      const id = decodeURIComponent(organizer);
      return void send(200, { id, data_source: 'bench', name: `Yhdistys ${id.split('-').pop()} ry` });
    }
    if (url.pathname !== '/linkedevents/v1/event/') return void send(404, { detail: 'Not found.' });
    const words = url.searchParams.get('text')?.toLowerCase();
    const matches = words ? pool.filter((event) => event.name.fi.toLowerCase().includes(words)) : pool;
    const count = Math.round((matches.length * TOTAL) / POOL);
    const size = Math.min(100, Number(url.searchParams.get('page_size') ?? 20));
    const number = Number(url.searchParams.get('page') ?? 1);
    const data = Array.from({ length: size }, (_, i) => matches[((number - 1) * size + i) % matches.length]);
    const next = new URL(url, `https://${req.headers[':authority'] ?? req.headers.host}`);
    next.searchParams.set('page', String(number + 1));
    send(200, { meta: { count, next: number * size < count ? next.href : null, previous: null }, data });
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ origin: `https://127.0.0.1:${server.address().port}`, requests, close: () => server.close() }),
    ),
  );
}

const page = () => `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><title>Linked Events bench</title>
<script>
performance.setResourceTimingBufferSize(10000);
/** Resolves, after the next paint, once an element's list holds events all of whose names pass \`test\`. */
window.__eventsPainted = (test) => new Promise((done) => {
  const check = () => {
    const names = [...(document.querySelector('kumppani-events')?.shadowRoot?.querySelectorAll('[part~="card-button"]') ?? [])]
      .map((button) => button.textContent.trim());
    if (names.length && names.every(test)) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
});
window.__firstEvents = window.__eventsPainted(() => true);
addEventListener('input', (event) => { window.__lastInput = event.timeStamp; }, true);
</script>
<script type="module" src="/kumppani-all.js"></script></head>
<body><main><h1>Tapahtumat</h1>
<kumppani-events feed="/linkedevents/v1/" format="linkedevents" municipality="Helsinki"></kumppani-events>
</main></body></html>`;

/** The API requests before `until`, in waves: a request that starts after an earlier one ended waits for it. */
function roundTrips(entries, until) {
  const api = entries.filter((e) => e.name.includes('/linkedevents/') && e.responseEnd <= until);
  let waves = 0;
  let waveEnd = -Infinity;
  for (const entry of api.sort((a, b) => a.startTime - b.startTime)) {
    if (entry.startTime >= waveEnd) {
      waves++;
      waveEnd = Infinity;
    }
    waveEnd = Math.min(waveEnd, entry.responseEnd);
  }
  return { waves, requests: api.length };
}

/** Types `typed` into the search box (after clearing it) and measures from the last key to its results painted. */
async function searchFor(tab, typed) {
  const input = await tab.evaluateHandle(() =>
    document.querySelector('kumppani-events').shadowRoot.querySelector('[part~="search-input"]'),
  );
  await input.click({ clickCount: 3 });
  await tab.keyboard.press('Backspace');
  const since = await tab.evaluate(() => performance.now());
  await tab.keyboard.type(typed, { delay: KEY_INTERVAL_MS });
  const result = await tab.evaluate(
    async (word, from) => {
      const painted = await window.__eventsPainted((name) => name.toLowerCase().includes(word));
      const entries = performance
        .getEntriesByType('resource')
        .map((e) => e.toJSON())
        .filter((e) => e.startTime >= from);
      return { painted, lastKey: window.__lastInput, entries };
    },
    typed,
    since,
  );
  return { afterLastKey: result.painted - result.lastKey, ...roundTrips(result.entries, result.painted) };
}

if (!process.env.BENCH_NO_BUILD) await buildCdnFiles(root, console.warn);
const api = await startApi();
const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--ignore-certificate-errors'],
});

const runs = [];
for (let run = 0; run < RUNS; run++) {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => console.error('page error:', error.message));
  await tab.goto(api.origin);
  const first = await tab.evaluate(async () => {
    const painted = await window.__firstEvents;
    const entries = performance.getEntriesByType('resource').map((e) => e.toJSON());
    const firstRequest = Math.min(...entries.filter((e) => e.name.includes('/linkedevents/')).map((e) => e.startTime));
    return { painted, firstRequest, entries };
  });

  const firstEventsRoundTrips = roundTrips(first.entries, first.painted);
  const known = await searchFor(tab, TYPED);
  const unseen = await searchFor(tab, TYPED_NEW);
  runs.push({
    firstEventsAfterFirstRequestMs: first.painted - first.firstRequest,
    firstEventsRoundTrips: firstEventsRoundTrips.waves,
    firstEventsRequests: firstEventsRoundTrips.requests,
    searchAfterLastKeyMs: known.afterLastKey,
    searchRoundTrips: known.waves,
    searchRequests: known.requests,
    searchNewOrganizersAfterLastKeyMs: unseen.afterLastKey,
    searchNewOrganizersRoundTrips: unseen.waves,
    searchNewOrganizersRequests: unseen.requests,
  });
  await tab.close();
}
await browser.close();
api.close();

const summary = Object.fromEntries(
  Object.keys(runs[0]).map((key) => [key, Math.round(median(runs.map((r) => r[key])))]),
);
const result = {
  date: new Date().toISOString(),
  latencyMs: LATENCY_MS,
  debounceMs: DEBOUNCE_MS,
  runs: RUNS,
  announcedCount: TOTAL,
  typed: TYPED,
  ...summary,
  goals: {
    firstEventsWithinTwoRoundTrips: summary.firstEventsRoundTrips <= 2,
    searchWithinOneRoundTripAfterDebounce: summary.searchRoundTrips <= 1,
  },
  typedNewOrganizers: TYPED_NEW,
};
saveResults(root, 'linkedEvents', result);

console.log(`Linked Events (${LATENCY_MS} ms a request, median of ${RUNS} runs):`);
console.log(
  `  first events painted ${summary.firstEventsAfterFirstRequestMs} ms after the first API request: ` +
    `${summary.firstEventsRoundTrips} round trip(s), ${summary.firstEventsRequests} request(s)`,
);
console.log(
  `  typed "${TYPED}" → results painted ${summary.searchAfterLastKeyMs} ms after the last key ` +
    `(debounce ${DEBOUNCE_MS} ms): ${summary.searchRoundTrips} round trip(s), ${summary.searchRequests} request(s)`,
);
console.log(
  `  typed "${TYPED_NEW}" (organizers not seen before) → ${summary.searchNewOrganizersAfterLastKeyMs} ms: ` +
    `${summary.searchNewOrganizersRoundTrips} round trip(s), ${summary.searchNewOrganizersRequests} request(s)`,
);
