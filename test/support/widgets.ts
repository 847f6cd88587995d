import { waitUntil } from '@open-wc/testing';
import { expect } from '@open-wc/testing';
import { axeViolations } from './axe.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Waits until a widget shows a list, an empty result, an error or a status of its own. */
export async function settled<T extends Widget>(el: T, selector = '.list, .empty, .error, .single'): Promise<T> {
  await waitUntil(() => el.shadowRoot?.querySelector(selector), `${el.localName} did not settle`, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

export function $(el: HTMLElement, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

export function $$(el: HTMLElement, selector: string): HTMLElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
}

/** The text of the widget's light-DOM status node. */
export function status(el: HTMLElement): string {
  return el.querySelector('[role="status"]')!.textContent!.trim();
}

export async function expectAccessible(el: HTMLElement, state: string): Promise<void> {
  const violations = await axeViolations(el.parentElement!);
  expect(violations, `${state}: ${violations.join('\n')}`).to.deep.equal([]);
}

/**
 * At a viewport `width` px wide: the page does not scroll sideways, nothing in the widget
 * overflows its own box, and the detail of card `card` fits when open (it is closed again).
 */
export async function expectReflows(el: Widget, width: number, card = 0): Promise<void> {
  expect(document.documentElement.scrollWidth).to.be.at.most(width);
  for (const node of $$(el, '*')) {
    // The dialog is measured open below; visually hidden text is clipped on purpose.
    if (node.localName === 'dialog' || node.classList.contains('visually-hidden')) continue;
    expect(node.scrollWidth, node.className || node.localName).to.be.at.most(node.clientWidth + 1 || Infinity);
  }
  $$(el, '.card-button')[card]!.click();
  await el.updateComplete;
  const dialog = $(el, 'dialog');
  expect(dialog.getBoundingClientRect().width).to.be.at.most(width);
  expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth + 1);
  ($(el, '[part="detail-close"]') as HTMLButtonElement).click();
  await el.updateComplete;
}
