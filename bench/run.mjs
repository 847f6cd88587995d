#!/usr/bin/env node
// `npm run bench`: search speed, memory and quality of kumppani's engine beside
// two baselines (a plain substring scan and MiniSearch), on generated feeds of
// 1,000, 10,000 and 100,000 associations, in the same system Chromium as the
// tests. Prints a table and writes bench/results.json. See bench/README.md.
//
// Options (environment): BENCH_SIZES=1000,10000  BENCH_RUNS=3  BENCH_NO_BUILD=1
//   CHROME_PATH=/usr/bin/chromium  BENCH_PAGE_SIZE=1000
//   For quick looks while developing (results.json is then not written):
//   BENCH_ENGINES=kumppani,scan  BENCH_NO_WIDGET=1
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { feedPages } from './lib/feeds.mjs';
import { startServer } from './lib/server.mjs';
import { buildCdnFiles, buildEnginePage, buildWidgetVariant } from './lib/build.mjs';
import { typedQueries } from './queries.mjs';
import { median, percentile, probesHead, round, typeInWidget } from './lib/probes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');
const depsDir = join(benchDir, '.deps');
const buildDir = join(depsDir, 'build');
const MINISEARCH = '7.2.0';
const ALL_ENGINES = ['kumppani', 'scan', 'minisearch'];
const ENGINES = process.env.BENCH_ENGINES ? process.env.BENCH_ENGINES.split(',') : ALL_ENGINES;
const withWidget = !process.env.BENCH_NO_WIDGET;
const partial = !withWidget || ENGINES.length !== ALL_ENGINES.length;

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const pageSize = Number(process.env.BENCH_PAGE_SIZE ?? 1000);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/**
 * Runs per size and engine: engine builds and typing passes; widget loads
 * (each with a typing pass). The baselines get fewer at 100,000, where one
 * MiniSearch build takes over ten seconds, to keep the bench near five minutes.
 */
const runsFor = (size, engine = 'kumppani') => {
  const forced = Number(process.env.BENCH_RUNS);
  if (forced > 0) return { engine: forced, widget: forced };
  if (size >= 100_000) return engine === 'kumppani' ? { engine: 3, widget: 3 } : { engine: 2, widget: 1 };
  return size >= 10_000 ? { engine: 5, widget: 3 } : { engine: 7, widget: 5 };
};

const log = (...args) => console.log(...args);
const started = Date.now();
const loadAtStart = loadavg();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

// ---------------------------------------------------------------- set-up

if (!existsSync(chromePath)) {
  console.error(`No Chromium at ${chromePath}. Install it (Debian: apt-get install chromium) or set CHROME_PATH.`);
  process.exit(1);
}

function ensureMiniSearch() {
  const pkg = join(depsDir, 'node_modules/minisearch/package.json');
  if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).version === MINISEARCH) return;
  log(`installing minisearch@${MINISEARCH} for the baseline into bench/.deps (not shipped)…`);
  execFileSync(
    'npm',
    ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', depsDir, `minisearch@${MINISEARCH}`],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

ensureMiniSearch();
const alias = { minisearch: join(depsDir, 'node_modules/minisearch/dist/es/index.js') };
await mkdir(buildDir, { recursive: true });
if (!process.env.BENCH_NO_BUILD) {
  log('building the CDN files…');
  await buildCdnFiles(root, log);
}
// Every script at the top of dist/ is a CDN file (the npm build lives in dist/npm/).
const cdnFiles = existsSync(join(root, 'dist'))
  ? readdirSync(join(root, 'dist'))
      .filter((f) => f.endsWith('.js'))
      .sort()
  : [];
if (!cdnFiles.includes('kumppani.js')) {
  console.error('dist/kumppani.js is missing: run npm run build (or the bench without BENCH_NO_BUILD).');
  process.exit(1);
}
log('building the baseline widgets and the engine page…');
await copyFile(join(root, 'dist/kumppani.js'), join(buildDir, 'kumppani.js'));
await buildWidgetVariant(root, buildDir, 'scan', join(benchDir, 'engines/scan.js'), alias);
await buildWidgetVariant(root, buildDir, 'minisearch', join(benchDir, 'engines/minisearch.js'), alias);
await buildEnginePage(root, join(buildDir, 'engines.js'), alias);

const bundleGzipBytes = Object.fromEntries(
  cdnFiles.map((file) => [file, gzipSync(readFileSync(join(root, 'dist', file)), { level: 9 }).length]),
);

// ---------------------------------------------------------------- pages

function widgetPage(origin, size, bundle) {
  return `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><title>kumppani bench</title>${probesHead('kumppani-directory')}
<script type="module" src="/bundle/${bundle}.js"></script></head>
<body><main><h1>Yhdistykset</h1>
<kumppani-directory feed="${origin}/feed/${size}/associations.json"></kumppani-directory>
</main></body></html>`;
}

const ENGINE_PAGE = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>engines</title>
<script type="module" src="/bundle/engines.js"></script></head><body></body></html>`;

// ---------------------------------------------------------------- measuring

const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  protocolTimeout: 600_000,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // Frames as soon as there is something to show, not on the next 60 Hz tick: otherwise every
    // keystroke figure is rounded up to the display's 16.7 ms (an idle page measures 16.7 ms, not 2).
    '--disable-frame-rate-limit',
    '--disable-gpu-vsync',
  ],
});
const pages = {};
const server = await startServer({ bundles: buildDir, pages });
pages['/engines.html'] = ENGINE_PAGE;
for (const size of sizes)
  for (const engine of ENGINES) pages[`/widget-${engine}-${size}.html`] = widgetPage(server.origin, size, engine);

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  // Typed arrays keep their data outside the JS heap, in backing stores: count both.
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize + (usage.backingStorageSize ?? 0);
}

async function openEnginePage() {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('engine page:', e.message));
  await page.goto(`${server.origin}/engines.html`);
  await page.waitForFunction(() => window.bench !== undefined);
  return page;
}

log(`measuring quality on the labelled set… (${elapsed()})`);
const quality = {};
{
  const page = await openEnginePage();
  for (const engine of ENGINES) quality[engine] = await page.evaluate((n) => window.bench.quality(n), engine);
  await page.close();
}

const results = {};
const details = {};
for (const size of sizes) {
  server.addFeed(size, await feedPages(root, depsDir, size, pageSize, log));
  const feedUrl = `${server.origin}/feed/${size}/associations.json`;
  log(`\n${size.toLocaleString('en')} associations (${elapsed()})`);
  results[size] = {};
  details[size] = { engines: {} };

  // The engines alone, on the documents the widget would make.
  const page = await openEnginePage();
  const cdp = await page.createCDPSession();
  // The main thread's CPU time, next to the wall time: other work on a shared machine inflates the latter.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadMs = async () =>
    1000 * ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0);
  const heapBefore = await heapAfterGc(cdp);
  const loaded = await page.evaluate((url) => window.bench.loadFeed(url), feedUrl);
  const heapFeed = await heapAfterGc(cdp);
  await page.evaluate(() => window.bench.makeDocuments());
  const heapDocs = await heapAfterGc(cdp);
  const floors = [];
  for (let r = 0; r < 3; r++) floors.push(await page.evaluate(() => window.bench.readFloor()));
  details[size].documentChars = floors[0].chars;
  details[size].readEveryCharacterMs = round(median(floors.map((f) => f.ms)), 1);
  details[size].items = loaded.items;
  details[size].feedClientLoadMs = round(loaded.ms, 0);
  details[size].parsedFeedHeapBytes = heapFeed - heapBefore;
  details[size].documentsHeapBytes = heapDocs - heapFeed;
  log(
    `  reading all ${floors[0].chars.toLocaleString('en')} characters of the documents once: ${details[size].readEveryCharacterMs} ms`,
  );
  log(
    `  feed: ${loaded.items} items, parsed ${(details[size].parsedFeedHeapBytes / 1e6).toFixed(1)} MB heap, loaded in ${loaded.ms.toFixed(0)} ms`,
  );
  for (const engine of ENGINES) {
    const runs = runsFor(size, engine);
    const buildTimes = [];
    const buildCpu = [];
    const createTimes = [];
    for (let r = 0; r < runs.engine; r++) {
      await page.evaluate((n) => window.bench.drop(n), engine);
      const cpu = await threadMs();
      const built = await page.evaluate((n) => window.bench.build(n), engine);
      buildCpu.push((await threadMs()) - cpu);
      buildTimes.push(built.ms);
      createTimes.push(built.createMs);
    }
    const heapIndex = (await heapAfterGc(cdp)) - heapDocs;
    const p95s = [];
    const p50s = [];
    for (let r = 0; r < runs.engine; r++) {
      const times = await page.evaluate((n, q) => window.bench.typing(n, q), engine, typedQueries);
      p95s.push(percentile(times, 95));
      p50s.push(percentile(times, 50));
    }
    const facetP95s = [];
    if (engine === 'kumppani') {
      for (let r = 0; r < runs.engine; r++) {
        facetP95s.push(percentile(await page.evaluate((q) => window.bench.facets(q), typedQueries), 95));
      }
    }
    await page.evaluate((n) => window.bench.drop(n), engine);
    await heapAfterGc(cdp);
    results[size][engine] = {
      buildMs: round(median(buildTimes), 1),
      heapBytes: heapIndex,
      engineP95Ms: round(median(p95s), 2),
    };
    details[size].engines[engine] = {
      engineP50Ms: round(median(p50s), 3),
      buildRunsMs: buildTimes.map((t) => round(t, 1)),
      buildCpuMs: round(median(buildCpu), 1),
      createReturnsMs: round(median(createTimes), 2),
      ...(facetP95s.length ? { facetP95Ms: round(median(facetP95s), 2) } : {}),
    };
    log(
      `  ${engine.padEnd(10)} build ${median(buildTimes).toFixed(0)} ms (cpu ${median(buildCpu).toFixed(0)}; runs ${buildTimes.map((t) => t.toFixed(0)).join(' ')}), heap ${(heapIndex / 1e6).toFixed(1)} MB, engine p95 ${median(p95s).toFixed(2)} ms` +
        (facetP95s.length ? `, facet counts p95 ${median(facetP95s).toFixed(2)} ms` : ''),
    );
  }
  await page.close();

  // Through the real element.
  for (const engine of withWidget ? ENGINES : []) {
    const runs = runsFor(size, engine);
    const first = [];
    const longest = [];
    const blocking = [];
    const loads = [];
    const idles = [];
    const p50s = [];
    const p95s = [];
    for (let r = 0; r < runs.widget; r++) {
      const wpage = await browser.newPage();
      wpage.on('pageerror', (e) => console.error(`widget page (${engine}):`, e.message));
      await wpage.goto(`${server.origin}/widget-${engine}-${size}.html`);
      const m = await wpage.evaluate(async () => {
        const painted = await window.__firstCards;
        const feedEnd = Math.max(
          ...performance
            .getEntriesByType('resource')
            .filter((e) => e.name.includes('/feed/'))
            .map((e) => e.responseEnd),
        );
        // Loading ends when the page is idle: feed read, cards shown, index built in the background.
        const idle = await window.__idle();
        const tasks = window.__longTasks.filter((t) => t.start < idle);
        return {
          firstCards: painted - feedEnd,
          load: painted,
          idleAfterFeed: idle - feedEnd,
          longest: Math.max(0, ...tasks.map((t) => t.duration)),
          blocking: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
        };
      });
      first.push(m.firstCards);
      loads.push(m.load);
      idles.push(m.idleAfterFeed);
      longest.push(m.longest);
      blocking.push(m.blocking);
      const times = await wpage.evaluate(typeInWidget, typedQueries);
      p50s.push(percentile(times, 50));
      p95s.push(percentile(times, 95));
      await wpage.close();
    }
    Object.assign(results[size][engine], {
      firstCardsMs: round(median(first), 0),
      p50Ms: round(median(p50s), 1),
      p95Ms: round(median(p95s), 1),
      longestTaskMs: round(median(longest), 0),
      recallAt10: round(quality[engine].all.recallAt10, 3),
      mrr: round(quality[engine].all.mrr, 3),
    });
    Object.assign(details[size].engines[engine], {
      totalBlockingMs: round(median(blocking), 0),
      pageLoadToFirstCardsMs: round(median(loads), 0),
      idleAfterFeedMs: round(median(idles), 0),
    });
    log(
      `  ${engine.padEnd(10)} first cards ${median(first).toFixed(0)} ms after the feed, longest task ${median(longest).toFixed(0)} ms, ` +
        `keystroke p50 ${median(p50s).toFixed(1)} / p95 ${median(p95s).toFixed(1)} ms`,
    );
  }
  server.drop(size);
}
await browser.close().catch(() => {});
const chromium = execFileSync(chromePath, ['--version'], { encoding: 'utf8' }).trim();
await server.close();

// ---------------------------------------------------------------- report

const FIELDS = [
  'firstCardsMs',
  'buildMs',
  'heapBytes',
  'engineP95Ms',
  'p50Ms',
  'p95Ms',
  'longestTaskMs',
  'recallAt10',
  'mrr',
];
const ordered = Object.fromEntries(
  Object.entries(results).map(([size, engines]) => [
    size,
    Object.fromEntries(
      Object.entries(engines).map(([name, r]) => [name, Object.fromEntries(FIELDS.map((f) => [f, r[f]]))]),
    ),
  ]),
);
const output = {
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryBytes: totalmem(),
    chromium,
    node: process.version,
    date: new Date().toISOString(),
    // Other work on the machine while the bench ran (1, 5, 15 min load averages): figures are noisier when high.
    loadAverageAtStart: loadAtStart.map((x) => round(x, 2)),
    loadAverageAtEnd: loadavg().map((x) => round(x, 2)),
  },
  sizes: ordered,
  bundleGzipBytes,
  details: {
    feedPageSize: pageSize,
    typedQueries,
    keystrokes: typedQueries.reduce((n, q) => n + q.replace(/ /g, '').length, 0),
    runs: Object.fromEntries(sizes.map((s) => [s, Object.fromEntries(ENGINES.map((e) => [e, runsFor(s, e)]))])),
    quality,
    sizes: details,
  },
};
if (!partial) await writeFile(join(benchDir, 'results.json'), `${JSON.stringify(output, null, 2)}\n`);

const fmt = (v, unit = '') => (v === null || v === undefined ? '–' : `${v}${unit}`);
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '–');
log(
  `\nChromium ${chromium.replace(/^Chromium /, '')}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model}`,
);
for (const size of sizes) {
  log(`\n${size.toLocaleString('en')} associations`);
  const rows = [
    [
      'engine',
      'first cards',
      'build',
      'heap',
      'engine p95',
      'keys p50',
      'keys p95',
      'longest task',
      'recall@10',
      'MRR',
    ],
  ];
  for (const engine of ENGINES) {
    const r = results[size][engine];
    rows.push([
      engine,
      fmt(r.firstCardsMs, ' ms'),
      fmt(r.buildMs, ' ms'),
      `${(r.heapBytes / 1e6).toFixed(1)} MB`,
      fmt(r.engineP95Ms, ' ms'),
      fmt(r.p50Ms, ' ms'),
      fmt(r.p95Ms, ' ms'),
      fmt(r.longestTaskMs, ' ms'),
      fmt(r.recallAt10),
      fmt(r.mrr),
    ]);
  }
  for (const base of ENGINES.includes('kumppani') ? ENGINES.filter((e) => e !== 'kumppani') : []) {
    const k = results[size].kumppani;
    const b = results[size][base];
    rows.push([
      `kumppani/${base}`,
      ratio(k.firstCardsMs, b.firstCardsMs),
      ratio(k.buildMs, b.buildMs),
      ratio(k.heapBytes, b.heapBytes),
      ratio(k.engineP95Ms, b.engineP95Ms),
      ratio(k.p50Ms, b.p50Ms),
      ratio(k.p95Ms, b.p95Ms),
      ratio(k.longestTaskMs, b.longestTaskMs),
      '',
      '',
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  for (const row of rows)
    log(`  ${row.map((cell, i) => String(cell)[i === 0 ? 'padEnd' : 'padStart'](widths[i])).join('  ')}`);
  const d = details[size];
  log(
    `  parsed feed heap ${(d.parsedFeedHeapBytes / 1e6).toFixed(1)} MB; kumppani index ${(results[size].kumppani.heapBytes / d.parsedFeedHeapBytes).toFixed(2)}× of it`,
  );
}
log('\nquality on the labelled set (recall@10 / MRR)');
{
  const kinds = Object.keys(quality[ENGINES[0]]?.byKind ?? {});
  const rows = [['engine', 'all', ...kinds]];
  for (const engine of ENGINES) {
    const q = quality[engine];
    const cell = (x) => `${x.recallAt10.toFixed(2)} / ${x.mrr.toFixed(2)}`;
    rows.push([engine, cell(q.all), ...kinds.map((k) => cell(q.byKind[k]))]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  for (const row of rows)
    log(`  ${row.map((cell, i) => String(cell)[i === 0 ? 'padEnd' : 'padStart'](widths[i])).join('  ')}`);
}
log(
  `\ngzip: ${Object.entries(bundleGzipBytes)
    .map(([f, b]) => `${f} ${b.toLocaleString('en')} B`)
    .join(', ')}`,
);
log(
  partial ? `done in ${elapsed()} (partial run: results.json not written)` : `wrote bench/results.json in ${elapsed()}`,
);
