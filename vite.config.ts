import { defineConfig, type Plugin } from 'vite';
import ts from 'typescript';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { demoFeedPlugin } from './demo/data/feed-plugin.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * What a webmaster's page may download, gzipped: the directory's module within
 * 35.25 kB (35 kB until hostile-input hardening — safe lookups, links that cannot
 * throw or add mail headers, server-search generations — added about 0.2 kB);
 * the file with every widget, which adds the event calendar, its calendar-file
 * maker and its words, within 45 kB.
 */
const CDN_GZIP_BUDGETS: Record<string, number> = {
  'kumppani.js': 35_250,
  'kumppani.iife.js': 35_250,
  'kumppani-all.js': 45_000,
  'kumppani-all.iife.js': 45_000,
};

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

/**
 * Collapses the indentation inside Lit's html`…` templates. Browsers fold runs
 * of white space in HTML to one space anyway (the widgets set no white-space:
 * pre on template text), so the rendered page is the same and the bundle smaller.
 * The TypeScript parser finds the templates, so code and strings are never touched.
 */
function minifyLitHtml(): Plugin {
  return {
    name: 'kumppani-minify-html',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/html`/.test(code)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: Array<[number, number, string]> = [];
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && /^(html|staticHtml)$/.test(node.tag.getText(file))) {
          const template = node.template;
          const parts: ts.Node[] = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const part of parts) {
            const start = part.getStart(file);
            const text = code.slice(start, part.end);
            const compact = text.replace(/[ \t]*\n\s*/g, ' ');
            if (compact !== text) edits.push([start, part.end, compact]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      if (edits.length === 0) return null;
      let result = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      return { code: result, map: null };
    },
  };
}

/** Prints each written file's gzip size and fails the build when the CDN module is over budget. */
function reportSizes(): Plugin {
  return {
    name: 'kumppani-sizes',
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!fileName.endsWith('.js')) continue;
        // Measured on disk: what a CDN serves, after minification.
        const path = resolve(options.dir ?? 'dist', fileName);
        const bytes = gzipSync(readFileSync(path), { level: 9 }).length;
        console.log(`  ${relative(process.cwd(), path).padEnd(28)} ${bytes.toLocaleString('en')} B gzip`);
        const budget = options.dir?.endsWith('dist') ? CDN_GZIP_BUDGETS[fileName] : undefined;
        if (budget !== undefined && bytes > budget) {
          this.error(`${fileName} is ${bytes} B gzip, over the ${budget} B budget`);
        }
      }
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const define = { __KUMPPANI_VERSION__: JSON.stringify(pkg.version) };
  const source = (file: string) => resolve(import.meta.dirname, 'src', file);

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
    // For bundlers: Lit stays external so an app dedupes it.
    return {
      define,
      plugins: [reportSizes()],
      build: {
        outDir: 'dist/npm',
        emptyOutDir: true,
        minify: false,
        lib: { entry: source('index.ts'), formats: ['es'], fileName: () => 'kumppani.js' },
        rolldownOptions: { external: [/^lit($|\/)/, /^@lit\//] },
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
    define,
    plugins: [minifyLitCss(), minifyLitHtml(), reportSizes()],
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
          postBanner: `/*! kumppani ${pkg.version} (MIT). Includes Lit, Copyright (c) 2017 Google LLC, BSD-3-Clause. */`,
        },
      },
    },
  };
});
