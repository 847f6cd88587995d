import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoFeedPlugin } from './demo/data/feed-plugin.js';
import { demoSourcesPlugin } from './demo/data/sources-plugin.js';
import { builtIntegrity, framePage, minifyLitCss, minifyLitHtml, reportSizes } from './vite.plugins.js';
import { bundleGuard } from './build/bundle-guard.js';
import { integrityManifest } from './build/integrity.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * What a webmaster's page may download, gzipped, and what each part costs,
 * measured 2026-12-02. Against the 34.7 / 44.0 kB files of before: the feed
 * contract checked by zod/mini, 7.3 kB; the elements as controllers, 0.8 kB; the
 * 308 municipalities and the names of Finland's languages, 3.3 kB; hostile-input
 * hardening, 0.5 kB; CMS mount points and the second-copy guard, 0.3 kB; and in
 * the file with every widget, the Linked Events (4.5 kB) and PTV (4.4 kB)
 * adapters. Then, against 47.4 / 65.2 kB: accessibility (focus kept when filters
 * vanish, the Sámi formatting chain, the sticky-header offset, the feedback
 * link), 1.1 kB; the theme presets as CSS with their type scales, 0.9 kB; what residents met (Finnish
 * phone display, landmark names, withheld contact persons, the disclosure
 * marker, the sticky close button, retry only where it helps), 0.9 kB; the work
 * for phones, 0.1 kB; and in the file with every widget, a Linked Events
 * organizer on the card, 0.7 kB; spaces and the contact for associations,
 * 4.0 kB; the LIPAS adapter, 2.1 kB. Then, against 50.7 / 74.5 kB: what is for
 * everyone found under each group of residents, 0.2 kB; and in the file with
 * every widget, contact points by field of activity, 0.1 kB. And the PTV adapter
 * in the directory's own file too, 4.3 kB: a directory of real associations then
 * needs 55 kB rather than the 75 kB of the file with every widget. In the file
 * with every widget, server search reading past empty pages, the languages'
 * stand-ins and LIPAS websites typed without https://, 0.2 kB.
 *
 * The real sources stay inside the file with every widget rather than in files
 * fetched on first use: such a file would import the main one by its address, and
 * a WordPress `?ver=` or a CDN redirect gives that address a second module copy;
 * it would also sit outside the page's `integrity` hash and cost a request before
 * the first events.
 */
const CDN_GZIP_BUDGETS: Record<string, number> = {
  'kumppani.js': 55_500,
  'kumppani.iife.js': 55_500,
  'kumppani-all.js': 75_250,
  'kumppani-all.iife.js': 75_250,
};

const banner = `/*! kumppani ${pkg.version} (MIT). Includes Lit, Copyright (c) 2017 Google LLC, BSD-3-Clause. */`;

export default defineConfig(({ command, mode }) => {
  const define = { __KUMPPANI_VERSION__: JSON.stringify(pkg.version) };
  // A CDN file defines its elements in a task after its own (see src/internal/define.ts).
  const cdnDefine = { ...define, __KUMPPANI_CDN__: 'true' };
  const source = (file: string) => resolve(import.meta.dirname, 'src', file);

  if (command === 'serve') {
    return {
      root: 'demo',
      // A multi-page site: unknown paths are 404s, as on a real web server.
      appType: 'mpa',
      define,
      plugins: [demoFeedPlugin(), demoSourcesPlugin(), builtIntegrity()],
      server: { host: '127.0.0.1', port: 5173 },
    };
  }

  if (mode === 'cli') {
    // The kumppani-feed command and its Node API, with zod and papaparse bundled in:
    // `npx kumppani-feed` needs nothing but Node.
    return {
      define,
      ssr: { noExternal: true, target: 'node' },
      build: {
        outDir: 'dist/cli',
        emptyOutDir: true,
        ssr: true,
        target: 'node20',
        minify: false,
        rolldownOptions: {
          input: { 'kumppani-feed': source('cli/bin.ts'), api: source('cli/api.ts') },
          output: {
            format: 'es',
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name].js',
            banner: (chunk) => (chunk.name === 'kumppani-feed' ? '#!/usr/bin/env node' : ''),
          },
        },
      },
    };
  }

  if (mode === 'npm') {
    // For bundlers: Lit and zod stay external so an app dedupes them.
    return {
      define,
      plugins: [reportSizes(CDN_GZIP_BUDGETS)],
      build: {
        outDir: 'dist/npm',
        emptyOutDir: true,
        minify: false,
        lib: { entry: source('index.ts'), formats: ['es'], fileName: () => 'kumppani.js' },
        rolldownOptions: { external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/] },
      },
    };
  }

  // The iframe page (embed.html and its script, every widget) and the host page's helper
  // that sizes such frames (no Lit, no guard: it must work beside any kumppani file).
  if (mode === 'cdn-frame' || mode === 'cdn-frame-host') {
    const page = mode === 'cdn-frame';
    const fileName = page ? 'embed.js' : 'kumppani-frame.js';
    return {
      define: page ? cdnDefine : define,
      plugins: [
        minifyLitCss(),
        minifyLitHtml(),
        ...(page ? [bundleGuard(fileName, pkg.version), framePage()] : []),
        reportSizes(CDN_GZIP_BUDGETS),
        integrityManifest(),
      ],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        lib: {
          entry: source(page ? 'embed/frame-page.ts' : 'embed/frame-host.ts'),
          formats: [page ? 'es' : 'iife'],
          name: 'KumppaniFrame',
          fileName: () => fileName,
        },
        rolldownOptions: {
          output: {
            codeSplitting: false,
            minify: true,
            comments: false,
            postBanner: page ? banner : `/*! kumppani ${pkg.version} (MIT). */`,
          },
        },
      },
    };
  }

  // CDN files: one self-contained file each (one file, one integrity hash): the
  // directory alone, or every widget, so a page pays only for what it shows.
  const [, family = 'kumppani', format = 'es'] = /^cdn-(?:(all)-)?(es|iife)$/.exec(mode) ?? [];
  const name = family === 'all' ? 'kumppani-all' : 'kumppani';
  const iife = format === 'iife';
  const fileName = iife ? `${name}.iife.js` : `${name}.js`;
  return {
    define: cdnDefine,
    plugins: [
      minifyLitCss(),
      minifyLitHtml(),
      bundleGuard(fileName, pkg.version),
      reportSizes(CDN_GZIP_BUDGETS),
      integrityManifest(),
    ],
    build: {
      outDir: 'dist',
      emptyOutDir: mode === 'cdn-es',
      target: 'es2022',
      lib: { entry: source(`${name}.ts`), formats: [iife ? 'iife' : 'es'], name: 'Kumppani', fileName: () => fileName },
      rolldownOptions: {
        output: {
          codeSplitting: false,
          minify: true,
          // One notice for the bundled Lit instead of its five licence comments; no
          // tree-shaking annotations, which have done their work by now.
          comments: false,
          postBanner: banner,
        },
      },
    },
  };
});
