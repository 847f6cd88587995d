// Screenshots compared with committed reference images, in the test runner's own Chromium.
// `look-screenshot` sets the viewport (scale 1), shoots an element or the viewport, and
// compares it with test/screenshots/<name>.png; `look-forced-colors` emulates Windows high
// contrast through the DevTools protocol. KUMPPANI_UPDATE_SCREENSHOTS=1 writes the
// references instead (npm run test:screenshots:update).
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const root = join(dirname(new URL(import.meta.url).pathname), '..', 'screenshots');
const failedDir = join(root, 'failed');
const updating = process.env.KUMPPANI_UPDATE_SCREENSHOTS === '1';

/** Share of pixels that may differ (beyond anti-aliasing, by more than a trace of colour) before a screenshot counts as changed. */
const TOLERANCE = 0.0005;

function encode(png) {
  return PNG.sync.write(png, { colorType: 6, deflateLevel: 9 });
}

/** Compares a screenshot with its reference; returns what differs, or nothing. */
function compare(name, buffer) {
  const file = join(root, `${name}.png`);
  const actual = PNG.sync.read(buffer);
  if (updating) {
    writeFileSync(file, encode(actual));
    return { updated: true };
  }
  if (!existsSync(file)) return { error: `no reference image ${name}.png: run npm run test:screenshots:update` };
  const expected = PNG.sync.read(readFileSync(file));
  const failed = (error, diff) => {
    mkdirSync(failedDir, { recursive: true });
    writeFileSync(join(failedDir, `${name}.actual.png`), encode(actual));
    if (diff) writeFileSync(join(failedDir, `${name}.diff.png`), encode(diff));
    return { error: `${error} (see test/screenshots/failed/${name}.*.png)` };
  };
  if (actual.width !== expected.width || actual.height !== expected.height) {
    return failed(
      `${name}: ${actual.width}×${actual.height} px, the reference is ${expected.width}×${expected.height}`,
    );
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const changed = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.02 });
  const share = changed / (actual.width * actual.height);
  if (share > TOLERANCE) return failed(`${name}: ${changed} pixels (${(share * 100).toFixed(2)} %) differ`, diff);
  rmSync(join(failedDir, `${name}.actual.png`), { force: true });
  rmSync(join(failedDir, `${name}.diff.png`), { force: true });
  return {};
}

const protocolSessions = new WeakMap();

export function screenshotPlugin() {
  return {
    name: 'look-screenshots',
    async executeCommand({ command, payload, session }) {
      if (command !== 'look-screenshot' && command !== 'look-viewport' && command !== 'look-forced-colors') {
        return undefined;
      }
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs Chromium through puppeteer`);
      const page = session.browser.getPage(session.id);
      if (command === 'look-viewport') {
        await page.setViewport({ width: payload.width, height: payload.height, deviceScaleFactor: 1 });
        return true;
      }
      if (command === 'look-forced-colors') {
        // The emulation lasts as long as the session that asked for it: keep one per page.
        if (!protocolSessions.has(page)) protocolSessions.set(page, await page.createCDPSession());
        await protocolSessions.get(page).send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }],
        });
        return true;
      }
      let buffer;
      if (payload.selector) {
        const element = await page.$(payload.selector);
        if (!element) throw new Error(`no ${payload.selector} to shoot`);
        buffer = await element.screenshot({ captureBeyondViewport: true });
      } else {
        buffer = await page.screenshot();
      }
      return compare(payload.name, Buffer.from(buffer));
    },
  };
}
