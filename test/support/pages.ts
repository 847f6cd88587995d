// Opens a plain test page (test/pages) in an iframe, as a resident's browser would load it.
import { waitUntil } from '@open-wc/testing';

export interface Report {
  violations: string[];
  errors: string[];
  warnings: string[];
  failedScripts: string[];
}

export type PageWindow = Window & typeof globalThis & { __report: Report };

export async function openFrame(path: string): Promise<{ frame: HTMLIFrameElement; win: PageWindow }> {
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, win: frame.contentWindow as PageWindow };
}

/**
 * How long a wait may take before the test gives up: long, because the machine may be busy;
 * it only ends a broken run and is never what a test checks.
 */
export const PATIENT = { timeout: 15_000 };

/** Waits until a widget shows its first cards. */
export async function cardsShown(el: Element, what: string): Promise<void> {
  await waitUntil(
    () => (el.shadowRoot?.querySelectorAll('.card-button').length ?? 0) > 0,
    `${what}: no cards`,
    PATIENT,
  );
}

export function cardNames(el: Element): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll('.card-button')).map((b) => b.textContent!.trim());
}
