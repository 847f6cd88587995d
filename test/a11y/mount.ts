// Mounts any of the list and card widgets over one msw-served feed, in the state a test asks for.
import { fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { http } from 'msw/core/http';
import '../../src/kumppani-all.js';
import { mockFeeds, json } from '../support/msw.js';
import { FEED, NOW, envelope, associations, events, tasks } from '../support/feed.js';
import { settled } from '../support/widgets.js';
import { premises } from '../support/partnership.js';

/** How long a wait may take on a busy machine: a bound for hangs, not a timing assertion. */
export const PATIENT = { timeout: 15_000 };

export const KINDS = ['directory', 'events', 'volunteering', 'card', 'premises'] as const;
export type Kind = (typeof KINDS)[number];
export type State = 'loading' | 'ready' | 'empty' | 'error';

export type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** A 1 × 1 PNG, so the first association's detail shows a logo with its text alternative. */
const ONE_PIXEL_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const LOGO = {
  url: 'https://yhdistykset.example/logo.png',
  alt: { fi: 'Kempeleen Eläkeläisten logo', sv: 'Kempele pensionärers logotyp', en: 'Kempele Pensioners’ logo' },
};
const ITEMS = [{ ...associations[0], logo: LOGO }, ...associations.slice(1), ...events, ...tasks, ...premises];
/** Releases the feed answers held back for "loading". */
const held: Array<() => void> = [];
let counter = 0;

export async function serveFeeds(): Promise<void> {
  await mockFeeds(
    http.get(FEED, ({ request }) => {
      const state = new URL(request.url).searchParams.get('state') as State;
      if (state === 'error') return new Response('', { status: 500 });
      // An empty feed; the card's association is then not found.
      const body = json(envelope(state === 'empty' ? [] : ITEMS));
      if (state !== 'loading') return body;
      return new Promise<Response>((resolve) => held.push(() => resolve(body)));
    }),
    http.get('https://yhdistykset.example/taxonomy.json', () => new Response(null, { status: 404 })),
    http.get(LOGO.url, () => new Response(ONE_PIXEL_PNG, { headers: { 'Content-Type': 'image/png' } })),
  );
}

export function releaseHeld(): void {
  for (const release of held.splice(0)) release();
}

/**
 * A widget in a `lang` wrapper, in the given state (waits until that state shows,
 * except "loading"). Other attributes are set as given.
 */
export async function mountWidget(
  kind: Kind,
  state: State,
  lang = 'fi',
  attributes: Record<string, string> = {},
  parent?: HTMLElement,
): Promise<Widget> {
  counter += 1;
  const wrapper = parent ?? (await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`));
  const el = document.createElement(`kumppani-${kind}`) as Widget & { now?: Date };
  if (kind === 'events' || kind === 'volunteering') el.now = NOW;
  el.setAttribute('feed', `${FEED}?state=${state}&n=${counter}`);
  if (kind === 'card') el.setAttribute('association', 'ihimiset:1042');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  // The feed's deliberately broken field and the error state are reported in the console.
  const original = console.error;
  const originalWarn = console.warn;
  console.warn = () => {};
  if (state === 'error') console.error = () => {};
  try {
    wrapper.append(el);
    if (state === 'loading') {
      await el.updateComplete;
      await waitUntil(() => held.length > 0, 'the feed was not requested', PATIENT);
    } else if (state === 'empty' && kind === 'card') {
      await waitUntil(
        () => el.querySelector('[role="status"]')?.textContent,
        'the card did not say not found',
        PATIENT,
      );
      await el.updateComplete;
    } else {
      await settled(el);
    }
  } finally {
    console.error = original;
    console.warn = originalWarn;
  }
  return el;
}

/** Opens the first item's detail dialog and waits for it. */
export async function openDetail(el: Widget): Promise<HTMLDialogElement> {
  el.shadowRoot!.querySelector<HTMLElement>('.card-button')!.click();
  await el.updateComplete;
  const dialog = el.shadowRoot!.querySelector('dialog')!;
  await waitUntil(() => dialog.open, 'the detail did not open', PATIENT);
  return dialog;
}

export async function closeDetail(el: Widget): Promise<void> {
  el.shadowRoot!.querySelector<HTMLElement>('[part="detail-close"]')?.click();
  await el.updateComplete;
}
