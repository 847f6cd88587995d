import { defineConfig, type Plugin } from 'vite';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { demoFeedPlugin } from './demo/data/feed-plugin.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The self-contained ES module a webmaster loads from a CDN must stay small. */
const CDN_GZIP_BUDGET = 35_000;

/**
 * Collapses the white space and comments in Lit's css`…` templates: the styles
 * ship as text inside the bundle, and every byte counts against the budget.
 */
function minifyLitCss(): Plugin {
  return {
    name: 'kumppani-minify-css',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return code.replace(/css`([^`]*)`/g, (_match, body: string) => {
        const compact = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${compact}\``;
      });
    },
  };
}

/** Prints each written file's gzip size and fails the build when the CDN module is over budget. */
function reportSizes(budgetFile?: string): Plugin {
  return {
    name: 'kumppani-sizes',
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!fileName.endsWith('.js')) continue;
        // Measured on disk: what a CDN serves, after minification.
        const path = resolve(options.dir ?? 'dist', fileName);
        const bytes = gzipSync(readFileSync(path), { level: 9 }).length;
        console.log(`  ${relative(process.cwd(), path).padEnd(28)} ${bytes.toLocaleString('en')} B gzip`);
        if (fileName === budgetFile && bytes > CDN_GZIP_BUDGET) {
          this.error(`${fileName} is ${bytes} B gzip, over the ${CDN_GZIP_BUDGET} B budget`);
        }
      }
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const define = { __KUMPPANI_VERSION__: JSON.stringify(pkg.version) };
  const entry = resolve(import.meta.dirname, 'src/kumppani.ts');

  if (command === 'serve') {
    return {
      root: 'demo',
      // A multi-page site: unknown paths are 404s, as on a real web server.
      appType: 'mpa',
      define,
      plugins: [demoFeedPlugin()],
      server: { host: '127.0.0.1', port: 5173 },
    };
  }

  if (mode === 'npm') {
    // For bundlers: Lit and zod stay external so an app dedupes them.
    return {
      define,
      plugins: [reportSizes()],
      build: {
        outDir: 'dist/npm',
        emptyOutDir: true,
        minify: false,
        lib: { entry, formats: ['es'], fileName: () => 'kumppani.js' },
        rolldownOptions: { external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/] },
      },
    };
  }

  // CDN files: one self-contained file each (one file, one integrity hash).
  const iife = mode === 'cdn-iife';
  const fileName = iife ? 'kumppani.iife.js' : 'kumppani.js';
  return {
    define,
    plugins: [minifyLitCss(), reportSizes(iife ? undefined : fileName)],
    build: {
      outDir: 'dist',
      emptyOutDir: !iife,
      target: 'es2022',
      lib: { entry, formats: [iife ? 'iife' : 'es'], name: 'Kumppani', fileName: () => fileName },
      rolldownOptions: { output: { codeSplitting: false, minify: true } },
    },
  };
});
