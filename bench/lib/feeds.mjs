// Generated feeds for the bench, cached on disk: each size is made once per
// version of the generator.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Stands for the bench server's origin in cached pages; replaced when served. */
export const ORIGIN_PLACEHOLDER = 'http://bench-origin.invalid';

const SEED = 20261120;

async function generatorHash(root) {
  const dir = join(root, 'demo/data');
  const hash = createHash('sha1');
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.ts')).sort()) {
    hash.update(name).update(await readFile(join(dir, name)));
  }
  return hash.digest('hex').slice(0, 12);
}

async function loadGenerator(root, depsDir) {
  const outfile = join(depsDir, 'generate-feed.mjs');
  await build({
    entryPoints: [join(root, 'demo/data/generate-feed.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return import(`${outfile}?t=${Date.now()}`);
}

/**
 * Pages of a generated feed of `size` associations (no broken entries), as
 * JSON text with `ORIGIN_PLACEHOLDER` where the server's origin goes.
 */
export async function feedPages(root, depsDir, size, pageSize, log) {
  const dir = join(depsDir, 'feeds', `${await generatorHash(root)}-${SEED}-${size}-${pageSize}`);
  const index = join(dir, 'pages.json');
  if (existsSync(index)) {
    const count = JSON.parse(await readFile(index, 'utf8')).pages;
    return Promise.all(Array.from({ length: count }, (_, i) => readFile(join(dir, `${i + 1}.json`), 'utf8')));
  }
  log(`generating a feed of ${size.toLocaleString('en')} associations (cached for later runs)…`);
  const started = Date.now();
  const { generateFeed } = await loadGenerator(root, depsDir);
  const feed = generateFeed({
    associations: size,
    seed: SEED,
    broken: false,
    pageSize,
    baseUrl: `${ORIGIN_PLACEHOLDER}/feed/${size}/associations.json`,
  });
  const pages = feed.pages.map((page) => JSON.stringify(page));
  await mkdir(dir, { recursive: true });
  await Promise.all(pages.map((text, i) => writeFile(join(dir, `${i + 1}.json`), text)));
  await writeFile(index, JSON.stringify({ pages: pages.length }));
  log(`  generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return pages;
}
