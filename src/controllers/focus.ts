import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Target = () => HTMLElement | null | undefined;

/**
 * Moves focus once the next render is on screen: to the chip that took a removed
 * one's place, the first card "show more" added, the opener of a closed dialog.
 * The target is looked up after rendering, when it exists.
 */
export class FocusController implements ReactiveController {
  #target: Target | undefined;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Focuses what `target` finds after the next update. */
  afterRender(target: Target): void {
    this.#target = target;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.#target;
    if (!target) return;
    this.#target = undefined;
    target()?.focus();
  }
}
