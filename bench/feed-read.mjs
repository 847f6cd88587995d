#!/usr/bin/env node
// `npm run bench:feed`: reading and checking a generated feed of 100,000
// associations (every page's `data` through the widget's item reader), in
// Node, without a browser. Prints the median of several runs. Quick, so it can
// be run before and after a change to the feed reader, side by side:
//
//   BENCH_FEED_SOURCE=/path/to/other/checkout node bench/feed-read.mjs
//
// Options (environment): BENCH_FEED_SIZE=100000  BENCH_RUNS=9
//   BENCH_FEED_SOURCE (a checkout whose src/feed/normalize.ts is measured; default this one)
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { feedPages } from './lib/feeds.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const depsDir = join(root, 'bench', '.deps');
const source = process.env.BENCH_FEED_SOURCE ?? root;
const size = Number(process.env.BENCH_FEED_SIZE ?? 100_000);
const runs = Number(process.env.BENCH_RUNS ?? 9);

await mkdir(depsDir, { recursive: true });
const outfile = join(depsDir, `feed-reader-${Date.now()}.mjs`);
await build({
  entryPoints: [join(source, 'src/feed/normalize.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
});
const { ItemCollector } = await import(outfile);
await rm(outfile);
const pages = (await feedPages(root, depsDir, size, 1000, console.log)).map((text) => JSON.parse(text).data);

const times = [];
let kept = 0;
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  const items = new ItemCollector();
  pages.forEach((data, index) => items.add(data, index + 1));
  times.push(performance.now() - started);
  kept = items.associations.length;
}
times.sort((a, b) => a - b);
const median = times[times.length >> 1];
console.log(
  `read ${kept.toLocaleString('en')} of ${size.toLocaleString('en')} items: median ${median.toFixed(0)} ms ` +
    `(min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)}, ${runs} runs) — ${source === root ? 'this checkout' : source}`,
);
