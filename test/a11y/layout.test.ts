// Every widget at 320 CSS px (WCAG 1.4.10) with the text-spacing overrides of WCAG 1.4.12:
// no horizontal scrolling, and no text cut off or spilling out of its box, with the filters,
// the active filters and the detail open.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { KINDS, closeDetail, mountWidget, openDetail, releaseHeld, serveFeeds, type Widget } from './mount.js';
import { criteria } from '../support/criteria.js';

const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }';

before(serveFeeds);
afterEach(releaseHeld);

function withTextSpacing(el: Widget): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
  document.querySelectorAll<HTMLElement>('[role="status"]').forEach((node) => {
    node.style.setProperty('letter-spacing', '0.12em', 'important');
    node.style.setProperty('word-spacing', '0.16em', 'important');
    node.style.setProperty('line-height', '1.5', 'important');
  });
}

/** Shown: not inside a closed dialog or disclosure, not visually hidden on purpose. */
function shown(node: Element): boolean {
  return node.getClientRects().length > 0 && !node.closest('.visually-hidden');
}

/**
 * Every box whose content is wider or taller than the box itself: text that is cut off
 * (overflow hidden, clipped, a fixed height) or that runs over what follows it.
 */
function overflowing(root: ParentNode): string[] {
  const found: string[] = [];
  for (const node of root.querySelectorAll<HTMLElement>('*')) {
    if (!shown(node) || node.localName === 'slot') continue;
    // Inline boxes have no client size of their own; their block container is measured.
    if (node.clientWidth === 0 && node.clientHeight === 0) continue;
    const name = `${node.localName}.${node.className || node.getAttribute('part') || ''}`;
    if (node.scrollWidth > node.clientWidth + 1) found.push(`${name} ${node.scrollWidth} > ${node.clientWidth} wide`);
    if (node.scrollHeight > node.clientHeight + 1)
      found.push(`${name} ${node.scrollHeight} > ${node.clientHeight} high`);
  }
  return found;
}

describe(`reflow at 320 CSS px with text spacing ${criteria('1.4.10', '1.4.12')}`, () => {
  beforeEach(() => setViewport({ width: 320, height: 640 }));
  afterEach(() => setViewport({ width: 1024, height: 768 }));

  for (const kind of KINDS) {
    it(`kumppani-${kind}: no horizontal scrolling and no clipped text, with filters and detail open`, async () => {
      for (const state of ['loading', 'ready', 'empty', 'error'] as const) {
        const el = await mountWidget(kind, state, 'sv', { 'feedback-url': 'https://kunta.example/palaute' });
        withTextSpacing(el);
        const details = el.shadowRoot!.querySelector('details');
        if (details) {
          details.open = true;
          // One active filter, so its chip and "clear" button are laid out too.
          el.shadowRoot!.querySelector<HTMLInputElement>('fieldset input[type="checkbox"]')?.click();
        }
        await el.updateComplete;
        expect(document.documentElement.scrollWidth, `${kind} ${state} page width`).to.be.at.most(320);
        expect(overflowing(el.shadowRoot!), `${kind} ${state}`).to.deep.equal([]);
        if (state === 'ready') {
          const dialog = await openDetail(el);
          expect(dialog.getBoundingClientRect().width, `${kind} detail width`).to.be.at.most(320);
          expect(
            overflowing(dialog).filter((entry) => !entry.startsWith('dialog.')),
            `${kind} detail`,
          ).to.deep.equal([]);
          // The dialog itself scrolls vertically when the detail is long, never sideways.
          expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth + 1);
          await closeDetail(el);
        }
        releaseHeld();
      }
    });
  }
});
