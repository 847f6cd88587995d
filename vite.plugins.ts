// The build's own Vite plugins: Lit template minifiers and the size report with budgets.
import type { Plugin } from 'vite';
import ts from 'typescript';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

/**
 * Collapses the white space and comments in Lit's css`…` templates: the styles
 * ship as text inside the bundle, and every byte counts against the budget.
 */
export function minifyLitCss(): Plugin {
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
export function minifyLitHtml(): Plugin {
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

/** Prints each written file's gzip size and fails the build when a CDN file is over its budget. */
export function reportSizes(budgets: Readonly<Record<string, number>>): Plugin {
  return {
    name: 'kumppani-sizes',
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!fileName.endsWith('.js')) continue;
        // Measured on disk: what a CDN serves, after minification.
        const path = resolve(options.dir ?? 'dist', fileName);
        const bytes = gzipSync(readFileSync(path), { level: 9 }).length;
        console.log(`  ${relative(process.cwd(), path).padEnd(28)} ${bytes.toLocaleString('en')} B gzip`);
        const budget = options.dir?.endsWith('dist') ? budgets[fileName] : undefined;
        if (budget !== undefined && bytes > budget) {
          this.error(`${fileName} is ${bytes} B gzip, over the ${budget} B budget`);
        }
      }
    },
  };
}

/** The configurator's integrity hashes, from the last `npm run build`, when there was one. */
export function builtIntegrity(): Plugin {
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
export function framePage(): Plugin {
  return {
    name: 'kumppani-frame-page',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'embed.html', source: readFileSync('src/embed/embed.html', 'utf8') });
    },
  };
}
