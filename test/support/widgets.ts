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
