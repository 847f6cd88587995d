// Bundles for the bench: the CDN files (the real build), the same widget with
// a baseline engine in place of kumppani's, and the engine page.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ENGINE_MODULE = /[\\/]src[\\/]search[\\/][\w-]+\.ts$/;

/** Replaces kumppani's engine (src/search/engine.ts, wherever src/search imports it) with another `createSearchEngine`. */
function swapEngine(enginePath) {
  return {
    name: 'bench-swap-engine',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './engine.js' && importer && ENGINE_MODULE.test(importer)) return enginePath;
      return null;
    },
  };
}

/** The CDN build modes, in the order `npm run build` runs them (vite build --mode cdn-…). */
export function cdnModes(root) {
  const script = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts?.build ?? '';
  return [...script.matchAll(/--mode (cdn-[\w-]+)/g)].map((m) => m[1]);
}

/**
 * The CDN files, as `npm run build` makes them (dist/*.js). A file over its
 * size budget is still written and measured: the build enforces budgets, the
 * bench reports sizes.
 */
export async function buildCdnFiles(root, warn) {
  for (const mode of cdnModes(root)) {
    try {
      await viteBuild({ root, configFile: join(root, 'vite.config.ts'), mode, logLevel: 'warn' });
    } catch (error) {
      if (!/over the \d+ B budget/.test(String(error?.message))) throw error;
      warn(
        `warning: ${String(error.message)
          .split('\n')
          .find((l) => l.includes('budget'))
          ?.trim()}`,
      );
    }
  }
}

/** The CDN ES module with a baseline engine, written to `outDir/<name>.js`. */
export async function buildWidgetVariant(root, outDir, name, enginePath, alias) {
  await viteBuild({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: 'cdn-es',
    logLevel: 'warn',
    plugins: [swapEngine(resolve(enginePath))],
    resolve: { alias },
    build: {
      outDir,
      emptyOutDir: false,
      lib: { entry: join(root, 'src/kumppani.ts'), formats: ['es'], fileName: () => `${name}.js` },
    },
  });
}

/** The engine page's script, minified as the CDN files are. */
export async function buildEnginePage(root, outfile, alias) {
  await esbuild({
    entryPoints: [join(root, 'bench/pages/engines.js')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    outfile,
    alias,
    define: { __KUMPPANI_VERSION__: '"bench"' },
    logLevel: 'warning',
  });
}
