#!/usr/bin/env node
// `npm run bench:mobile` (also part of `npm run bench`): the directory as a resident's phone
// runs it. Chromium's CPU slowed 4× through the DevTools protocol and a phone's viewport, on
// demo-sized feeds (350 and 1,000 associations in pages of 100, as the demo serves them) and
// 10,000, with content below the widget; then Lighthouse 12.2.3 (mobile and desktop presets) on
// the demo's directory and events pages with the built kumppani-all.js. Writes the `mobile` part
// of bench/results.json. See bench/README.md.
//
// Options (environment): BENCH_MOBILE_SIZES=350,1000,10000  BENCH_RUNS  BENCH_NO_BUILD=1
//   BENCH_NO_LIGHTHOUSE=1  CHROME_PATH  BENCH_DIST=<another checkout's dist/>, to measure its
//   bundles on the same pages side by side (results.json is then not written)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { buildCdnFiles } from './lib/build.mjs';
import { feedPages, ORIGIN_PLACEHOLDER } from './lib/feeds.mjs';
import { median, percentile, probesHead, round, typeInWidget } from './lib/probes.mjs';
import { typedQueries } from './queries.mjs';
import { saveResults } from './lib/results.mjs';

const root = join(import.meta.dirname, '..');
const dist = process.env.BENCH_DIST ?? join(root, 'dist');
const depsDir = join(root, 'bench/.deps');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const LIGHTHOUSE = '12.2.3';
const CPU_SLOWDOWN = 4;
const PAGE_SIZE = 100;
const VIEWPORT = { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const sizes = (process.env.BENCH_MOBILE_SIZES ?? '350,1000,10000').split(',').map(Number);
const runsFor = (size) => Number(process.env.BENCH_RUNS) || (size >= 10_000 ? 3 : 5);
const log = (...args) => console.log(...args);

/** The goals of the mobile-class profile at 1,000 associations (the bench's judgement, not a test). */
const GOALS = { totalBlockingMs: 200, longestTaskMs: 100, keystrokeP95Ms: 50, cls: 0.05 };

if (!existsSync(chromePath)) {
  console.error(`No Chromium at ${chromePath}. Install it (Debian: apt-get install chromium) or set CHROME_PATH.`);
  process.exit(1);
}
if (!process.env.BENCH_NO_BUILD && !process.env.BENCH_DIST) await buildCdnFiles(root, log);

// ---------------------------------------------------------------- pages and server

/** Text below the widget, as on a municipality's page: what moves if the widget grows above it. */
const BELOW = `<section class="below"><h2>Yhteystiedot</h2>${'<p>Kunnan palvelupiste palvelee arkisin 9–15. Yhdistysasioissa auttaa vapaa-aikatoimi.</p>'.repeat(12)}</section>`;

/** The rule the README asks webmasters to add, so the widget's room is kept from the first paint. */
const RESERVE = `kumppani-directory:not(:defined),kumppani-events:not(:defined){display:block;min-height:100vh}`;

function page(title, element, bundle = 'kumppani-all.js', tag = 'kumppani-directory') {
  return `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>${probesHead(tag)}
<script type="module" src="/bundle/${bundle}"></script>
<style>body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem}
${RESERVE}</style></head>
<body><main><h1>Kunnan sivu</h1><h2>${title}</h2>${element}${BELOW}</main></body></html>`;
}

async function startServer(pages, feeds) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const send = (type, body) => {
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' };
      if (gzip) headers['Content-Encoding'] = 'gzip';
      res.writeHead(200, headers);
      res.end(gzip ? gzipSync(body) : body);
    };
    const feed = /^\/feed\/(\d+)\/associations\.json$/.exec(url.pathname);
    if (feed) {
      const body = feeds.get(Number(feed[1]))?.[Number(url.searchParams.get('page') ?? '1') - 1];
      return body ? send('application/json; charset=utf-8', body) : void res.writeHead(404).end();
    }
    const bundle = /^\/bundle\/([\w.-]+\.js)$/.exec(url.pathname);
    if (bundle && existsSync(join(dist, bundle[1])))
      return send('text/javascript; charset=utf-8', readFileSync(join(dist, bundle[1])));
    if (pages[url.pathname]) return send('text/html; charset=utf-8', Buffer.from(pages[url.pathname]));
    res.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

const pages = {};
const feeds = new Map();
const server = await startServer(pages, feeds);
for (const size of sizes) {
  const texts = await feedPages(root, depsDir, size, PAGE_SIZE, log);
  feeds.set(
    size,
    texts.map((text) => Buffer.from(text.replaceAll(ORIGIN_PLACEHOLDER, server.origin))),
  );
  pages[`/directory-${size}.html`] = page(
    'Yhdistykset',
    `<kumppani-directory feed="/feed/${size}/associations.json"></kumppani-directory>`,
  );
}

// ---------------------------------------------------------------- the throttled runs

const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  protocolTimeout: 600_000,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});

async function measure(size) {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => console.error(`page error (${size}):`, error.message));
  await tab.setViewport(VIEWPORT);
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await tab.goto(`${server.origin}/directory-${size}.html`);
  const load = await tab.evaluate(async () => {
    const painted = await window.__firstCards;
    const resources = performance.getEntriesByType('resource');
    const feedEnd = Math.max(...resources.filter((e) => e.name.includes('/feed/')).map((e) => e.responseEnd));
    const script = resources.find((e) => e.name.includes('/bundle/'));
    const idle = await window.__idle();
    const tasks = window.__longTasks.filter((t) => t.start < idle);
    return {
      firstCardsAfterFeedMs: painted - feedEnd,
      scriptStartupMs: window.__defined - script.responseEnd,
      totalBlockingMs: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      longestTaskMs: Math.max(0, ...tasks.filter((t) => t.start < painted).map((t) => t.duration)),
      cls: window.__shifts.reduce((sum, shift) => sum + shift.value, 0),
    };
  });
  const times = await tab.evaluate(typeInWidget, typedQueries);
  await tab.close();
  return { ...load, keystrokeP50Ms: percentile(times, 50), keystrokeP95Ms: percentile(times, 95) };
}

const profile = {};
for (const size of sizes) {
  const runs = [];
  for (let run = 0; run < runsFor(size); run++) runs.push(await measure(size));
  const summary = Object.fromEntries(
    Object.keys(runs[0]).map((key) => [key, round(median(runs.map((r) => r[key])), key === 'cls' ? 3 : 0)]),
  );
  profile[size] = summary;
  log(
    `${size.toLocaleString('en')} associations, CPU ÷${CPU_SLOWDOWN}: script start-up ${summary.scriptStartupMs} ms, ` +
      `first cards ${summary.firstCardsAfterFeedMs} ms after the feed, TBT ${summary.totalBlockingMs} ms, ` +
      `longest task ${summary.longestTaskMs} ms, keystroke p50 ${summary.keystrokeP50Ms} / p95 ${summary.keystrokeP95Ms} ms, CLS ${summary.cls}`,
  );
}

// ---------------------------------------------------------------- Lighthouse

function ensureLighthouse() {
  const pkg = join(depsDir, 'node_modules/lighthouse/package.json');
  if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).version === LIGHTHOUSE) return;
  log(`installing lighthouse@${LIGHTHOUSE} into bench/.deps (not shipped)…`);
  execFileSync(
    'npm',
    ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', depsDir, `lighthouse@${LIGHTHOUSE}`],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

let lighthouseResults;
if (!process.env.BENCH_NO_LIGHTHOUSE) {
  ensureLighthouse();
  const { default: lighthouse } = await import(join(depsDir, 'node_modules/lighthouse/core/index.js'));
  const { default: desktopConfig } = await import(
    join(depsDir, 'node_modules/lighthouse/core/config/desktop-config.js')
  );
  const demoSize = 350;
  if (!feeds.has(demoSize)) {
    const texts = await feedPages(root, depsDir, demoSize, PAGE_SIZE, log);
    feeds.set(
      demoSize,
      texts.map((text) => Buffer.from(text.replaceAll(ORIGIN_PLACEHOLDER, server.origin))),
    );
  }
  pages['/lighthouse-directory.html'] = page(
    'Yhdistykset',
    `<kumppani-directory feed="/feed/${demoSize}/associations.json"></kumppani-directory>`,
  );
  pages['/lighthouse-events.html'] = page(
    'Tapahtumat',
    `<kumppani-events feed="/feed/${demoSize}/associations.json"></kumppani-events>`,
    'kumppani-all.js',
    'kumppani-events',
  );
  const port = Number(new URL(browser.wsEndpoint()).port);
  lighthouseResults = {};
  for (const name of ['directory', 'events']) {
    for (const [preset, config] of [
      ['mobile', undefined],
      ['desktop', desktopConfig],
    ]) {
      const runs = [];
      for (let run = 0; run < 3; run++) {
        const result = await lighthouse(
          `${server.origin}/lighthouse-${name}.html`,
          { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
          config,
        );
        const { categories, audits } = result.lhr;
        runs.push({
          performance: Math.round(categories.performance.score * 100),
          accessibility: Math.round(categories.accessibility.score * 100),
          totalBlockingMs: audits['total-blocking-time'].numericValue,
          largestContentfulPaintMs: audits['largest-contentful-paint'].numericValue,
          cls: audits['cumulative-layout-shift'].numericValue,
          scriptBootupMs: audits['bootup-time'].numericValue,
          failedAccessibilityAudits: categories.accessibility.auditRefs
            .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
            .map((ref) => ref.id),
        });
      }
      const numbers = Object.keys(runs[0]).filter((key) => typeof runs[0][key] === 'number');
      const summary = Object.fromEntries(
        numbers.map((key) => [key, round(median(runs.map((r) => r[key])), key === 'cls' ? 3 : 0)]),
      );
      summary.failedAccessibilityAudits = [...new Set(runs.flatMap((r) => r.failedAccessibilityAudits))];
      lighthouseResults[`${name}-${preset}`] = summary;
      log(
        `Lighthouse ${LIGHTHOUSE} ${name} (${preset}, median of 3): Performance ${summary.performance}, ` +
          `Accessibility ${summary.accessibility}${summary.failedAccessibilityAudits.length ? ` (${summary.failedAccessibilityAudits.join(', ')})` : ''}, TBT ${summary.totalBlockingMs} ms, LCP ${summary.largestContentfulPaintMs} ms, CLS ${summary.cls}`,
      );
    }
  }
}

await browser.close();
server.close();

const at1000 = profile[1000];
const result = {
  date: new Date().toISOString(),
  cpuSlowdown: CPU_SLOWDOWN,
  viewport: VIEWPORT,
  feedPageSize: PAGE_SIZE,
  sizes: profile,
  lighthouse: lighthouseResults,
  goals: at1000 && {
    totalBlocking: at1000.totalBlockingMs <= GOALS.totalBlockingMs,
    longestTask: at1000.longestTaskMs <= GOALS.longestTaskMs,
    keystrokeP95: at1000.keystrokeP95Ms <= GOALS.keystrokeP95Ms,
    layoutShift: at1000.cls <= GOALS.cls,
  },
};
// Only a whole run of this checkout's own bundles is recorded.
if (!process.env.BENCH_MOBILE_SIZES && !process.env.BENCH_DIST) saveResults(root, 'mobile', result);
