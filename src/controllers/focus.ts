import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Target = () => HTMLElement | null | undefined;

/** What had focus before a render, and the controls around it then. */
interface Watched {
  element: HTMLElement;
  /** Its id then: a list may re-render the same node for another value, or a new node for this one. */
  id: string;
  /** Its ancestors inside the shadow root, nearest first. */
  ancestors: Element[];
  /** Every focusable control of the shadow root, in document order. */
  order: HTMLElement[];
}

const FOCUSABLE = 'input, select, textarea, button, summary, a[href], [tabindex]:not([tabindex="-1"])';

function usable(element: HTMLElement): boolean {
  return (
    element.isConnected &&
    !element.matches(':disabled, [inert] *') &&
    // Rendered: not inside a closed disclosure, not display: none.
    element.getClientRects().length > 0
  );
}

/**
 * Moves focus once the next render is on screen: to the chip that took a removed
 * one's place, the first card "show more" added, the opener of a closed dialog.
 * The target is looked up after rendering, when it exists.
 *
 * When a render removes the focused control itself (a filter value or a whole
 * filter group that no longer matches anything), focus would fall to the page's
 * `<body>`, throwing a keyboard or screen-reader user to the top of the page.
 * It goes instead to the same value where the render put it, else the nearest
 * control that is still there, preferring the same group: the next value, else
 * the previous one, else the group that took its place. A screen reader announces the control
 * it lands on.
 */
export class FocusController implements ReactiveController {
  #target: Target | undefined;
  #watched: Watched | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Focuses what `target` finds after the next update. */
  afterRender(target: Target): void {
    this.#target = target;
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    const root = this.#host.shadowRoot;
    const active = root?.activeElement;
    if (!root || !(active instanceof HTMLElement)) {
      this.#watched = undefined;
      return;
    }
    const ancestors: Element[] = [];
    for (let node = active.parentElement; node; node = node.parentElement) ancestors.push(node);
    this.#watched = {
      element: active,
      id: active.id,
      ancestors,
      order: Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)),
    };
  }

  hostUpdated(): void {
    const watched = this.#watched;
    this.#watched = undefined;
    const target = this.#target;
    if (target) {
      this.#target = undefined;
      target()?.focus();
      return;
    }
    const root = this.#host.shadowRoot;
    if (!watched || !root) return;
    const { element, id } = watched;
    // Only when the render took the focused control away (or gave its node to another value),
    // not when focus moved on by itself.
    const lost = element.isConnected ? element.id !== id && root.activeElement === element : !root.activeElement;
    if (!lost) return;
    const same = id ? root.getElementById(id) : null;
    (same && usable(same) ? same : nearestSurvivor(watched))?.focus();
  }
}

/**
 * The control closest to a removed one: the one sharing its nearest surviving ancestor
 * (the same fieldset before the same filter disclosure), the next before the previous.
 */
function nearestSurvivor({ element, ancestors, order }: Watched): HTMLElement | undefined {
  const index = order.indexOf(element);
  // A node the render gave to another value is nearest of all: it is where the lost one was.
  const byDistance = [element, ...order.slice(index + 1), ...order.slice(0, Math.max(index, 0)).reverse()];
  let best: HTMLElement | undefined;
  let bestLevel = Infinity;
  for (const candidate of byDistance) {
    if (!usable(candidate)) continue;
    const level =
      candidate === element
        ? 0
        : ancestors.findIndex((ancestor) => ancestor.isConnected && ancestor.contains(candidate));
    if (level !== -1 && level < bestLevel) {
      best = candidate;
      bestLevel = level;
      if (level === 0) break;
    }
  }
  return best;
}
