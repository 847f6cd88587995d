import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Records each written CDN file's Subresource Integrity hash (sha384) in
 * `integrity.json` beside it, for the README's snippets and the configurator.
 * The CDN files come from separate builds, so each adds its entries to the file.
 */
export function integrityManifest(): Plugin {
  return {
    name: 'kumppani-integrity',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      const manifestPath = resolve(dir, 'integrity.json');
      const manifest: Record<string, string> = existsSync(manifestPath)
        ? JSON.parse(readFileSync(manifestPath, 'utf8'))
        : {};
      for (const fileName of Object.keys(bundle).filter((name) => name.endsWith('.js'))) {
        const digest = createHash('sha384')
          .update(readFileSync(resolve(dir, fileName)))
          .digest('base64');
        manifest[fileName] = `sha384-${digest}`;
      }
      const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
      writeFileSync(manifestPath, `${JSON.stringify(sorted, null, 2)}\n`);
    },
  };
}
