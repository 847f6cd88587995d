// The widgets' look, per theme preset, at 1280 and 320 CSS px, against committed reference
// images (test/screenshots/*.png), so that a change of style is seen in review. The pages pin
// what a machine could change: the font (DejaVu Sans, from Debian's fonts-dejavu-core), the
// device scale (1), the dates (a fixed "now"), no caret, no focus ring.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { executeServerCommand } from '@web/test-runner-commands';
import { http } from 'msw/core/http';
import '../../src/kumppani-all.js';
import { mockFeeds, json } from '../support/msw.js';
import { FEED, NOW, envelope, associations, events, tasks } from '../support/feed.js';
import { settled, $ } from '../support/widgets.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; now?: Date };

const WIDTHS = [1280, 320] as const;
const PRESETS = ['neutral', 'hds', 'suomifi'] as const;

let counter = 0;

before(async () => {
  await mockFeeds(
    http.get(FEED, ({ request }) => {
      const kind = new URL(request.url).searchParams.get('kind');
      if (kind === 'error') return new Response('busy', { status: 503 });
      if (kind === 'loading') return new Promise<Response>(() => {});
      // The directory's feed holds no events, so its detail lists none whatever today's date.
      if (kind === 'directory') return json(envelope(associations));
      return json(envelope([...associations, ...events, ...tasks]));
    }),
    http.get('https://yhdistykset.example/taxonomy.json', () => new Response(null, { status: 404 })),
  );
});

after(() => executeServerCommand('look-viewport', { width: 800, height: 600 }));

async function stage(tag: string, kind: string, theme: string, attributes: Record<string, string> = {}) {
  counter += 1;
  // A search or an open detail kept in the page address would carry over to the next widget.
  history.replaceState(null, '', location.pathname);
  const wrapper = await fixture<HTMLDivElement>(html`<div id=${`shot-${counter}`} lang="fi" class="shot-stage"></div>`);
  const el = document.createElement(tag) as Widget;
  if (tag !== 'kumppani-directory') el.now = NOW;
  el.setAttribute('feed', `${FEED}?kind=${kind}&shot=${counter}`);
  el.setAttribute('theme', theme);
  el.setAttribute('page-size', '2');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  return el;
}

/** Shoots the stage (or its open dialog) once fonts and layout have settled. */
async function shoot(el: Widget, name: string, dialog = false): Promise<void> {
  await el.updateComplete;
  await document.fonts.ready;
  (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  // The dialog sits in the top layer, inside the element's shadow root (`>>>` reaches in).
  const selector = `#${el.parentElement!.id}${dialog ? ' >>> dialog' : ''}`;
  const result = (await executeServerCommand('look-screenshot', { name, selector })) as {
    error?: string;
  };
  expect(result.error, name).to.equal(undefined);
}

async function typeQuery(el: Widget, text: string): Promise<void> {
  const input = $(el, '#search') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  input.form!.requestSubmit();
  await el.updateComplete;
}

async function openFilters(el: Widget): Promise<void> {
  ($(el, 'details') as HTMLDetailsElement).open = true;
  await el.updateComplete;
}

async function openFirst(el: Widget): Promise<void> {
  $(el, '#open-0').click();
  await el.updateComplete;
  await waitUntil(() => ($(el, 'dialog') as HTMLDialogElement).open);
}

const style = document.createElement('style');
style.textContent = `
  body { margin: 0; background: #ffffff; color: #000000; }
  .shot-stage {
    box-sizing: border-box; max-width: 800px; padding: 16px;
    font: 16px/1.5 'DejaVu Sans', sans-serif; --kumppani-font-family: 'DejaVu Sans', sans-serif;
  }
  * { caret-color: transparent; animation: none !important; transition: none !important; }
`;
document.head.append(style);

for (const preset of PRESETS) {
  for (const width of WIDTHS) {
    const wide = width === 1280;
    const name = (what: string) => `${what}-${preset}-${width}`;

    describe(`theme="${preset}" at ${width} px`, () => {
      before(() => executeServerCommand('look-viewport', { width, height: wide ? 800 : 640 }));

      it('directory: list, filters open, detail', async () => {
        const el = await settled(await stage('kumppani-directory', 'directory', preset));
        await shoot(el, name('directory-list'));
        await openFilters(el);
        await shoot(el, name('directory-filters'));
        await openFirst(el);
        await shoot(el, name('directory-detail'), true);
      });

      it('events: list, filters open, detail', async () => {
        const el = await settled(await stage('kumppani-events', 'all', preset));
        await shoot(el, name('events-list'));
        if (wide) {
          await openFilters(el);
          await shoot(el, name('events-filters'));
        }
        await openFirst(el);
        await shoot(el, name('events-detail'), true);
      });

      if (wide) {
        it('volunteering: list', async () => {
          const el = await settled(await stage('kumppani-volunteering', 'all', preset));
          await shoot(el, name('volunteering-list'));
        });

        it('directory: search, nothing found, error, loading', async () => {
          const el = await settled(await stage('kumppani-directory', 'directory', preset));
          await typeQuery(el, 'kempele');
          await waitUntil(() => el.shadowRoot!.querySelector('mark'), 'no match marked');
          await shoot(el, name('directory-search'));
          await typeQuery(el, 'xyzzy');
          await settled(el, '.empty');
          await shoot(el, name('directory-empty'));
          const failing = await settled(await stage('kumppani-directory', 'error', preset), '.error');
          await shoot(failing, name('directory-error'));
          const loading = await stage('kumppani-directory', 'loading', preset);
          await settled(loading, '.loading');
          await shoot(loading, name('directory-loading'));
        });

        it('directory: the dark variant, also under forced colours', async () => {
          const el = await settled(await stage('kumppani-directory', 'directory', `${preset} dark`));
          await shoot(el, name('directory-dark'));
          await executeServerCommand('look-forced-colors', { active: true });
          try {
            await openFilters(el);
            await shoot(el, name('directory-dark-forced'));
          } finally {
            await executeServerCommand('look-forced-colors', { active: false });
          }
        });
      }
    });
  }
}
