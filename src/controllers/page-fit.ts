import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The `scroll-offset` attribute: the height (CSS px) of the page's sticky header, so a
 * focused control or card is scrolled clear of it rather than under it (WCAG 2.4.11).
 * It becomes the default of `--kumppani-scroll-margin-top` (page CSS still wins) through
 * a stylesheet of the element's own: no `style` attribute, nothing a CSP must allow.
 */
export class ScrollOffsetController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #offset: () => string | null | undefined;
  readonly #sheet = new CSSStyleSheet();
  #applied: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, offset: () => string | null | undefined) {
    this.#host = host;
    this.#offset = offset;
    host.addController(this);
  }

  hostUpdated(): void {
    const root = this.#host.shadowRoot;
    if (!root) return;
    if (!root.adoptedStyleSheets.includes(this.#sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
    const pixels = scrollOffsetPixels(this.#offset());
    const rule = pixels > 0 ? `:host { --_scroll-offset: ${pixels}px; }` : '';
    if (rule !== this.#applied) {
      this.#sheet.replaceSync(rule);
      this.#applied = rule;
    }
  }
}

/** A non-negative number of CSS pixels (`120` or `120px`); anything else counts as 0. */
export function scrollOffsetPixels(value: string | null | undefined): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/.exec(value ?? '');
  const pixels = match ? Number(match[1]) : 0;
  return Number.isFinite(pixels) ? Math.min(pixels, 10_000) : 0;
}
