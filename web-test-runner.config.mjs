// Browser tests in the machine's own Chromium (no browser download).
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { feedOriginPlugin } from './test/support/feed-origin.mjs';
import { accessibilityTreePlugin } from './test/support/accessibility-tree.mjs';
import { screenshotPlugin } from './test/support/screenshot-plugin.mjs';
import { mediaFeaturesPlugin } from './test/support/media-features.mjs';
import { conformanceReporter } from './test/a11y/conformance/reporter.mjs';
import { axeRecordPlugin } from './test/a11y/conformance/axe-record.mjs';

/**
 * A JSON file imported by a module (the municipality table, recorded API answers) is served as
 * a module exporting it, as Vite does in the build; fetched as data, it stays JSON.
 */
function jsonModules() {
  const imported = (context) => context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';
  return {
    name: 'json-modules',
    resolveMimeType: (context) => (imported(context) ? 'js' : undefined),
    transform(context) {
      if (!imported(context)) return undefined;
      return {
        body: `export default ${context.body};`,
        headers: { 'Cache-Control': 'no-store' },
        transformCache: false,
      };
    },
  };
}

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * The property suites' replay settings, from the environment: KUMPPANI_PROPERTY,
 * KUMPPANI_SEED and KUMPPANI_PATH replay a failure exactly as it was printed;
 * KUMPPANI_RUNS sets how many cases each property tries.
 */
function propertySettingsPlugin() {
  return {
    name: 'property-settings',
    executeCommand({ command }) {
      if (command !== 'property-settings') return undefined;
      const number = (value) => (value === undefined || value === '' ? undefined : Number(value));
      return {
        seed: number(process.env.KUMPPANI_SEED),
        path: process.env.KUMPPANI_PATH || undefined,
        property: process.env.KUMPPANI_PROPERTY || undefined,
        runs: number(process.env.KUMPPANI_RUNS),
      };
    },
  };
}
if (!existsSync(chromePath)) {
  console.error(`No Chromium at ${chromePath}. Install it (Debian: apt-get install chromium) or set CHROME_PATH.`);
  process.exit(1);
}

export default {
  groups: [
    // Sources, elements and the demo feed, straight from TypeScript: no build needed.
    { name: 'unit', files: ['test/**/*.test.ts', '!test/bundle/**', '!test/screenshots/**'] },
    // The look against committed reference images (npm run test:screenshots:update renews them).
    { name: 'screenshots', files: ['test/screenshots/**/*.test.ts'] },
    // The built CDN files on plain and strict-CSP pages: run after `npm run build`.
    { name: 'bundle', files: ['test/bundle/**/*.test.ts'] },
  ],
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: keyboard and focus tests need the window's focus.
  concurrency: 1,
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 20_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'auto', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }),
    jsonModules(),
    feedOriginPlugin(),
    propertySettingsPlugin(),
    accessibilityTreePlugin(),
    // Chromium's own accessibility tree, for the names it gives controls.
    a11ySnapshotPlugin(),
    screenshotPlugin(),
    mediaFeaturesPlugin(),
    axeRecordPlugin(),
  ],
  middleware: [
    // Files where the pages expect them: msw's worker at the site root (to control the test
    // pages), the built hashes beside the configurator.
    function servedWherePagesExpect(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/test/msw/mockServiceWorker.js';
      // The configurator reads the built hashes beside itself, as the demo server serves them.
      if (context.url === '/demo/integrity.json') context.url = '/dist/integrity.json';
      return next();
    },
  ],
  reporters: [defaultReporter(), conformanceReporter(), summaryReporter()],
};
