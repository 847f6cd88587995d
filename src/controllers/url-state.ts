import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readUrlState, writeUrlState, type UrlState } from '../internal/url-state.js';

/**
 * The fragment is written this long after the state settles: off the path from a
 * keystroke to the screen, and never so often that the browser starts ignoring it.
 */
const WRITE_DELAY_MS = 100;

let instances = 0;

export interface UrlStateBinding {
  /** Prefix of the element's keys: `k` for the directory, `e` for events… */
  prefix: string;
  /** Takes the state found in the address (on connect and on the Back button). */
  read(state: UrlState): void;
  /** The state to keep in the address now. */
  write(): UrlState;
  /** Whether the resident can see what the state selects (not while the first load runs). */
  ready(): boolean;
}

/**
 * Keeps an element's search state in the page address's fragment, namespaced per
 * element (`k.q`, `k2.q`, `k-myid.q`), so the Back button and shared links bring
 * it back. Writes replace the history entry: typing adds no Back steps.
 */
export class UrlStateController implements ReactiveController {
  #namespace = '';
  #written = '';
  #writtenOpen: UrlState[string];
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #instance = instances++;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #binding: UrlStateBinding;

  constructor(host: ReactiveControllerHost & HTMLElement, binding: UrlStateBinding) {
    this.#host = host;
    this.#binding = binding;
    host.addController(this);
  }

  hostConnected(): void {
    this.#namespace = this.#namespaceOf();
    this.#restore();
    window.addEventListener('hashchange', this.#restore);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#restore);
    // What the resident last saw stays in the address; nothing is written after this.
    if (this.#timer !== undefined) this.#save();
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  hostUpdated(): void {
    const state = this.#binding.write();
    const serialized = JSON.stringify(state);
    if (serialized === this.#written) return;
    const opened = state['open'] !== this.#writtenOpen;
    this.#written = serialized;
    this.#writtenOpen = state['open'];
    if (!this.#host.isConnected || !(this.#binding.ready() || opened)) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#save();
    }, WRITE_DELAY_MS);
  }

  readonly #restore = (): void => {
    this.#binding.read(readUrlState(this.#namespace));
    const state = this.#binding.write();
    this.#written = JSON.stringify(state);
    this.#writtenOpen = state['open'];
    this.#host.requestUpdate();
  };

  #save(): void {
    writeUrlState(this.#namespace, this.#binding.write());
  }

  /** `k` for the page's first directory, `k2`… for the next, `k-<id>` when it has an id. */
  #namespaceOf(): string {
    const { prefix } = this.#binding;
    if (this.#host.id) return `${prefix}-${this.#host.id}`;
    const index = Array.from(document.querySelectorAll(this.#host.localName)).indexOf(this.#host);
    if (index === 0) return prefix;
    return `${prefix}${index > 0 ? index + 1 : `x${this.#instance}`}`;
  }
}
