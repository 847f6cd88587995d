import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The element's one polite status (loading, the count, nothing found). Live
 * regions inside shadow roots are announced unreliably, so it is a `<p>` in the
 * light DOM from the first render, slotted into place as `slot="status"`.
 */
export class LiveStatusController implements ReactiveController {
  #node: HTMLElement | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #text: () => string;
  readonly #lang: () => string;

  constructor(host: ReactiveControllerHost & HTMLElement, text: () => string, lang: () => string) {
    this.#host = host;
    this.#text = text;
    this.#lang = lang;
    host.addController(this);
  }

  hostConnected(): void {
    this.#ensureNode();
  }

  hostUpdated(): void {
    const node = this.#ensureNode();
    const text = this.#text();
    if (node.textContent !== text) node.textContent = text;
    node.lang = this.#lang();
  }

  #ensureNode(): HTMLElement {
    if (this.#node?.parentNode === this.#host) return this.#node;
    const node = document.createElement('p');
    node.slot = 'status';
    node.setAttribute('role', 'status');
    node.setAttribute('aria-live', 'polite');
    node.setAttribute('aria-atomic', 'true');
    this.#host.append(node);
    return (this.#node = node);
  }
}
