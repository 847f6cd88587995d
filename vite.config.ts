import { defineConfig, type Plugin } from 'vite';
import ts from 'typescript';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { demoFeedPlugin } from './demo/data/feed-plugin.js';
import { bundleGuard } from './build/bundle-guard.js';
import { integrityManifest } from './build/integrity.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * What a webmaster's page may download, gzipped: the directory's module within
 * the 35 kB it was promised; the file with every widget, which adds the event
 * calendar, its calendar-file maker and its words, within 45 kB.
 */
const CDN_GZIP_BUDGETS: Record<string, number> = {
  'kumppani.js': 35_000,
  'kumppani.iife.js': 35_000,
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
          // 0.5em → .5em, #ffffff → #fff; calc() needs spaces around + and - only.
          .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
          .replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/gi, '#$1$2$3')
          .replace(/\s*([*/])\s*/g, '$1')
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

/** The configurator's integrity hashes, from the last `npm run build`, when there was one. */
function builtIntegrity(): Plugin {
  return {
    name: 'kumppani-demo-integrity',
    configureServer(server) {
      server.middlewares.use('/integrity.json', (_req, res, next) => {
        const path = resolve(import.meta.dirname, 'dist/integrity.json');
        if (!existsSync(path)) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(path));
      });
    },
  };
}

/** Writes the iframe page's HTML shell beside its script. */
function framePage(): Plugin {
  return {
    name: 'kumppani-frame-page',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'embed.html', source: readFileSync('src/embed/embed.html', 'utf8') });
    },
  };
}

const banner = `/*! kumppani ${pkg.version} (MIT). Includes Lit, Copyright (c) 2017 Google LLC, BSD-3-Clause. */`;

export default defineConfig(({ command, mode }) => {
  const define = { __KUMPPANI_VERSION__: JSON.stringify(pkg.version) };
  const source = (file: string) => resolve(import.meta.dirname, 'src', file);

  if (command === 'serve') {
    return {
      root: 'demo',
      // A multi-page site: unknown paths are 404s, as on a real web server.
      appType: 'mpa',
      define,
      plugins: [demoFeedPlugin(), builtIntegrity()],
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

  // The iframe page (embed.html and its script, every widget) and the host page's helper
  // that sizes such frames (no Lit, no guard: it must work beside any kumppani file).
  if (mode === 'cdn-frame' || mode === 'cdn-frame-host') {
    const page = mode === 'cdn-frame';
    const fileName = page ? 'embed.js' : 'kumppani-frame.js';
    return {
      define,
      plugins: [
        minifyLitCss(),
        minifyLitHtml(),
        ...(page ? [bundleGuard(fileName, pkg.version), framePage()] : []),
        reportSizes(),
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
    define,
    plugins: [minifyLitCss(), minifyLitHtml(), bundleGuard(fileName, pkg.version), reportSizes(), integrityManifest()],
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
