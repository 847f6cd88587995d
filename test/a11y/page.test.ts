// The widgets on a real page: a sticky site header over them (WCAG 2.4.11), the visible
// focus style (2.4.7), Windows high contrast (forced colours) and reduced motion.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  KINDS,
  PATIENT,
  closeDetail,
  mountWidget,
  openDetail,
  releaseHeld,
  serveFeeds,
  type Kind,
  type Widget,
} from './mount.js';
import { criteria } from '../support/criteria.js';

const HEADER = 120;

before(serveFeeds);
afterEach(releaseHeld);

/** The focused element, inside the widget's shadow root. */
function focusedIn(el: Widget): HTMLElement | null {
  return document.activeElement === el ? (el.shadowRoot!.activeElement as HTMLElement | null) : null;
}

/** A page whose 120 px header stays on top as it scrolls, with room to scroll below the widget. */
async function pageWithStickyHeader(): Promise<HTMLElement> {
  const page = await fixture<HTMLDivElement>(html`
    <div lang="fi">
      <header style="position: sticky; top: 0; height: ${HEADER}px; background: #fff; z-index: 10">Kunta</header>
      <main></main>
      <div style="height: 150vh"></div>
    </div>
  `);
  return page.querySelector('main')!;
}

/** Presses Tab (or Shift+Tab) until focus leaves the widget, calling `check` at each stop. */
async function tabThrough(el: Widget, backwards: boolean, check: (focused: HTMLElement) => void): Promise<number> {
  let stops = 0;
  for (;;) {
    if (backwards) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (backwards) await sendKeys({ up: 'Shift' });
    const focused = focusedIn(el);
    if (!focused) return stops;
    check(focused);
    stops += 1;
    if (stops > 200) throw new Error('Tab never left the widget');
  }
}

/** The focused element can be seen: what is on top at the centre of its first line box is it. */
function expectNotCovered(el: Widget, focused: HTMLElement): void {
  const box = focused.getClientRects()[0] ?? focused.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const name = `${focused.localName}#${focused.id || focused.className}`;
  const top = document.elementFromPoint(x, y);
  expect(top === el, `${name} at y=${Math.round(y)} is under ${top?.localName ?? 'nothing'}`).to.equal(true);
  const hit = el.shadowRoot!.elementFromPoint(x, y);
  expect(
    hit === focused || focused.contains(hit) || (hit as HTMLLabelElement | null)?.control === focused,
    name,
  ).to.equal(true);
}

async function openFilters(el: Widget): Promise<void> {
  const details = el.shadowRoot!.querySelector('details');
  if (details) details.open = true;
  await el.updateComplete;
}

describe(`focused controls are never hidden under a sticky header ${criteria('2.4.11', '2.1.2')}`, () => {
  beforeEach(() => setViewport({ width: 800, height: 480 }));
  afterEach(() => setViewport({ width: 1024, height: 768 }));

  async function walk(el: Widget, kind: Kind): Promise<void> {
    await openFilters(el);
    el.parentElement!.parentElement!.querySelector('header')!.scrollIntoView();
    const forwards = await tabThrough(el, false, (focused) => expectNotCovered(el, focused));
    expect(forwards, `${kind}: Tab reached its controls`).to.be.greaterThan(0);
    // Going back up, each control scrolls in at the top of the window: where the header is.
    el.shadowRoot!.querySelector<HTMLElement>('[part="attribution"] a:last-of-type')!.focus();
    const backwards = await tabThrough(el, true, (focused) => expectNotCovered(el, focused));
    expect(backwards).to.be.greaterThan(0);
  }

  for (const kind of KINDS) {
    it(`kumppani-${kind} with scroll-offset="120", forwards and backwards by Tab`, async () => {
      const main = await pageWithStickyHeader();
      const el = await mountWidget(
        kind,
        'ready',
        'fi',
        { 'scroll-offset': String(HEADER), 'feedback-url': '/palaute' },
        main,
      );
      await walk(el, kind);
    });
  }

  it('kumppani-directory with --kumppani-scroll-margin-top set in the page’s CSS, and after "Show more"', async () => {
    const main = await pageWithStickyHeader();
    main.style.setProperty('--kumppani-scroll-margin-top', `${HEADER}px`);
    const el = await mountWidget('directory', 'ready', 'fi', { 'page-size': '2', 'feedback-url': '/palaute' }, main);
    await walk(el, 'directory');
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!;
    more.focus();
    // Scrolled so that the button is just below the header: the new card lands below it.
    window.scrollBy(0, more.getBoundingClientRect().top - HEADER - 4);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focusedIn(el)?.id === 'open-2', 'focus did not move to the first new card', PATIENT);
    expectNotCovered(el, focusedIn(el)!);
  });
});

describe(`the focus indicator ${criteria('2.4.7', '1.4.11')}`, () => {
  for (const kind of KINDS) {
    it(`kumppani-${kind}: every control shows a 3 px solid outline in the focus colour, by keyboard`, async () => {
      const el = await mountWidget(kind, 'ready', 'fi', { 'feedback-url': '/palaute' });
      await openFilters(el);
      const kinds = new Set<string>();
      (el.parentElement as HTMLElement).tabIndex = -1;
      (el.parentElement as HTMLElement).focus();
      const stops = await tabThrough(el, false, (focused) => {
        const style = getComputedStyle(focused);
        const name = `${focused.localName}#${focused.id || focused.className}`;
        expect(style.outlineStyle, name).to.equal('solid');
        expect(style.outlineWidth, name).to.equal('3px');
        expect(style.outlineColor, name).to.equal('rgb(0, 90, 156)');
        expect(parseFloat(style.outlineOffset), name).to.be.at.least(2);
        kinds.add(focused.localName);
      });
      expect(stops).to.be.greaterThan(0);
      expect([...kinds], 'links and buttons were among them').to.include.members(['a', 'button']);
    });
  }
});

describe(`forced colours (Windows high contrast) ${criteria('forced-colors', '1.4.11', '1.4.1')}`, () => {
  afterEach(() => executeServerCommand('emulate-media-features', []));

  for (const kind of KINDS) {
    it(`kumppani-${kind} keeps its boundaries and focus outline in system colours`, async () => {
      await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await mountWidget(kind, 'ready', 'en', { 'feedback-url': '/palaute' });
      await openFilters(el);
      const root = el.shadowRoot!;
      // Nothing opts out of the user's colours.
      for (const node of root.querySelectorAll('*')) {
        expect(getComputedStyle(node).forcedColorAdjust, node.localName).to.not.equal('none');
      }
      // Cards, buttons and chips keep a visible border when backgrounds are dropped.
      for (const selector of ['[part="card"]', '.button', '.chip']) {
        for (const node of root.querySelectorAll(selector)) {
          const style = getComputedStyle(node);
          expect(style.borderTopStyle, selector).to.not.equal('none');
          expect(parseFloat(style.borderTopWidth), selector).to.be.at.least(1);
        }
      }
      // The focus outline takes the system's Highlight colour.
      const probe = document.createElement('span');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      (el.parentElement as HTMLElement).tabIndex = -1;
      (el.parentElement as HTMLElement).focus();
      await sendKeys({ press: 'Tab' });
      const focused = focusedIn(el)!;
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
      expect(getComputedStyle(focused).outlineColor).to.equal(highlight);
      if (kind !== 'card') {
        const dialog = await openDetail(el);
        expect(getComputedStyle(dialog).borderTopStyle).to.not.equal('none');
        await closeDetail(el);
      }
    });
  }
});

describe(`reduced motion ${criteria('reduced-motion', '2.2.2', '2.3.1')}`, () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const kind of KINDS) {
    it(`kumppani-${kind} neither animates nor scrolls smoothly, loading or loaded, with the detail open`, async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const loading = await mountWidget(kind, 'loading', 'fi');
      const el = await mountWidget(kind, 'ready', 'fi');
      await openFilters(el);
      const dialog = await openDetail(el);
      for (const widget of [loading, el]) {
        const nodes = [widget, ...widget.shadowRoot!.querySelectorAll('*')];
        for (const node of nodes) {
          for (const pseudo of [null, '::before', '::after', '::backdrop']) {
            const style = getComputedStyle(node, pseudo);
            const name = `${node.localName}${pseudo ?? ''}`;
            expect(style.animationName, name).to.equal('none');
            expect(
              style.transitionDuration.split(', ').every((duration) => duration === '0s'),
              name,
            ).to.equal(true);
            expect(style.scrollBehavior, name).to.not.equal('smooth');
          }
        }
        expect(widget.shadowRoot!.getAnimations(), 'running animations').to.deep.equal([]);
      }
      expect(dialog.open).to.equal(true);
      await closeDetail(el);
    });
  }
});
