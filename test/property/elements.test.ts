// Properties of the widgets over hostile feeds: valid feeds from the test data with
// hostile or arbitrary JSON put into their text, code, id and link fields. Every
// widget ends in a settled state without an uncaught error, lists every valid item
// (and finds an untouched one by its name), opens every detail, renders no feed
// text as HTML and links only to http(s), one mailto address or a tel number.
// Cases are slow (each mounts widgets), so they are few per `npm test`; a failure
// prints its seed and path, and KUMPPANI_RUNS asks for a longer hunt (replay.ts).
import { expect, fixture, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { html } from 'lit';
import { http } from 'msw/core/http';
import '../../src/elements/directory/define.js';
import '../../src/elements/events/define.js';
import '../../src/elements/volunteering/define.js';
import '../../src/elements/card/define.js';
import '../../src/elements/premises/define.js';
import '../../src/elements/contact/define.js';
import { loadFeed, type FeedData } from '../../src/feed/index.js';
import { pickText } from '../../src/i18n/index.js';
import type { LoadDetail } from '../../src/internal/events.js';
import { mockFeeds, json } from '../support/msw.js';
import { NOW, associations, envelope, events, tasks } from '../support/feed.js';
import { contactPoints, meetings, premises } from '../support/partnership.js';
import { $$, status } from '../support/widgets.js';
import { foreignLinks, recordPageErrors } from '../support/page-errors.js';
import { hostileFields, hostileString, mutate, prototypeName } from './arbitraries.js';
import { holds } from './replay.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const ORIGIN = 'https://vihamielinen.example';
const base: unknown[] = [...associations, ...events, ...tasks];
const bodies = new Map<string, string>();
let served = 0;

before(async () => {
  await mockFeeds(
    http.get(`${ORIGIN}/feed.json`, ({ request }) => {
      const body = bodies.get(new URL(request.url).searchParams.get('case') ?? '');
      return body === undefined ? new Response(null, { status: 404 }) : json(JSON.parse(body));
    }),
    http.get(`${ORIGIN}/taxonomy.json`, () => new Response(null, { status: 404 })),
  );
});

/** Serves `data` as a feed at a URL of its own; the reader's own reading of it is the reference. */
async function serve(data: unknown[]): Promise<{ url: string; expected: FeedData }> {
  served += 1;
  const text = JSON.stringify(envelope(data));
  bodies.set(String(served), text);
  const url = `${ORIGIN}/feed.json?case=${served}`;
  const expected = await loadFeed(url, { taxonomyFile: false, fetch: () => Promise.resolve(new Response(text)) });
  return { url, expected };
}

async function mount(tag: string, url: string, properties: Record<string, unknown> = {}): Promise<Widget> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
  const el = document.createElement(tag) as Widget & { feed: string };
  Object.assign(el, properties);
  el.setAttribute('page-size', '100');
  el.feed = url;
  wrapper.append(el);
  // Settled: a list, nothing found, an error or a single card; never loading for good.
  await waitUntil(
    () =>
      el.shadowRoot?.querySelector('.list, .empty, .error, .single') ||
      (el.localName === 'kumppani-card' && status(el) !== '' && !status(el).startsWith('Ladataan')),
    `${tag} stayed loading`,
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

/** Nothing from the feed became markup, and every link is one the widgets may make. */
function expectInert(el: Widget, where: string): void {
  const root = el.shadowRoot!;
  const injected = root.querySelectorAll('script, iframe, svg, object, embed, b, style, link, meta, base, form form');
  expect(injected.length, `${where}: elements from feed text`).to.equal(0);
  const handlers = Array.from(root.querySelectorAll('*')).flatMap((node) =>
    node.getAttributeNames().filter((name) => name.startsWith('on')),
  );
  expect(handlers, `${where}: event handler attributes`).to.deep.equal([]);
  expect(foreignLinks(root), `${where}: links`).to.deep.equal([]);
  for (const image of root.querySelectorAll('img')) expect(image.getAttribute('src'), where).to.match(/^https:\/\//);
}

/** Opens each listed item's detail in turn and closes it again. */
async function openEach(el: Widget, errors: string[], most: number): Promise<void> {
  const count = Math.min(most, $$(el, '.card-button').length);
  for (let index = 0; index < count; index++) {
    $$(el, '.card-button')[index]!.click();
    await el.updateComplete;
    await el.updateComplete;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(errors, `page errors opening item ${index}`).to.deep.equal([]);
    expect(dialog.open, `detail ${index} opens`).to.equal(true);
    expectInert(el, `detail ${index}`);
    dialog.close();
    await el.updateComplete;
  }
}

/** A shared link's URL-state keys and values (hostile), for any list. */
const sharedLink = fc.array(
  fc.tuple(
    fc.constantFrom(
      'q',
      'open',
      'sort',
      'when',
      'age',
      'free',
      'attendance',
      'category',
      'language',
      'theme',
      'remote',
    ),
    fc.oneof(prototypeName, hostileString),
  ),
  { maxLength: 3 },
);

/** The fragment of that link for the list whose URL-state prefix is `prefix`. */
function linkFor(pairs: readonly (readonly [string, string])[], prefix: string): string {
  const params = new URLSearchParams(pairs.map(([key, value]) => [`${prefix}.${key}`, value]));
  return params.size ? `#${params}` : location.pathname;
}

/** The changes only: a failure prints them, and `mutate` makes the feed from them again. */
const feeds = hostileFields(base, 30);

/** The municipality's items (contract 1.1) beside associations, and a shared link for the spaces' list. */
const partnershipBase: unknown[] = [...associations, ...premises, ...contactPoints, ...meetings(NOW)];
const partnershipFeeds = hostileFields(partnershipBase, 30);
const premisesLink = fc.array(
  fc.tuple(
    fc.constantFrom('q', 'open', 'pricing', 'spaceType', 'accessibility', 'capacity', 'municipality'),
    fc.oneof(prototypeName, hostileString),
  ),
  { maxLength: 3 },
);

/**
 * Runs `check` recording uncaught errors (there must be none) and the console's
 * warnings (kept off the test output; `check` may count them).
 */
async function withPageErrors(check: (errors: string[], warnings: string[]) => Promise<void>): Promise<void> {
  const page = recordPageErrors();
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (message: unknown) => warnings.push(String(message));
  try {
    await check(page.errors, warnings);
    expect(page.errors, 'page errors').to.deep.equal([]);
  } finally {
    console.warn = warn;
    page.stop();
    history.replaceState(null, '', location.pathname + location.search);
  }
}

describe('widget properties over hostile feeds', function () {
  // A few seconds in `npm test`; a long hunt (KUMPPANI_RUNS) needs more.
  this.timeout(600_000);

  it('the directory lists every valid association, finds an untouched one and opens every detail', async () => {
    await holds(
      'directory',
      fc.asyncProperty(feeds, async (changes) => {
        const { data, changed } = mutate(base, changes);
        const { url, expected } = await serve(data);
        await withPageErrors(async (errors, warnings) => {
          const loaded = new Promise<LoadDetail>((resolve) =>
            document.addEventListener('kumppani-load', (event) => resolve((event as CustomEvent<LoadDetail>).detail), {
              once: true,
            }),
          );
          const el = await mount('kumppani-directory', url);
          // Every invalid item and field reported once: in the event, and in one warning each.
          const load = await loaded;
          expect(load.skipped).to.deep.equal(expected.skipped);
          expect(load.dropped).to.deep.equal(expected.dropped);
          expect(warnings.filter((text) => text.includes('invalid item'))).to.have.length(
            expected.skipped.length ? 1 : 0,
          );
          expect(warnings.filter((text) => text.includes('invalid field'))).to.have.length(
            expected.dropped.length ? 1 : 0,
          );
          const active = expected.associations.filter((association) => association.status === 'active');
          expect($$(el, '.card-button'), 'every valid association listed').to.have.length(active.length);
          expectInert(el, 'list');
          await openEach(el, errors, 4);
          // An association the mutations left alone is found by its name.
          const untouched = active.find((association) => {
            const index = data.findIndex((raw) => (raw as { id?: unknown }).id === association.id);
            return index >= 0 && !changed.has(index);
          });
          if (untouched) {
            const name = pickText(untouched.name, 'fi')!.text;
            const input = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
            input.value = name;
            input.dispatchEvent(new Event('input'));
            input.form!.requestSubmit();
            await waitUntil(
              () => $$(el, '.card-button').some((button) => button.textContent!.trim() === name),
              `"${name}" not found`,
              { timeout: 3000 },
            );
          }
        });
      }),
      20,
      { shrink: false },
    );
  });

  it('the events list, volunteering list and card settle and open their details, whatever a shared link says', async () => {
    await holds(
      'events, volunteering, card',
      fc.asyncProperty(feeds, sharedLink, async (changes, link) => {
        const { url, expected } = await serve(mutate(base, changes).data);
        await withPageErrors(async (errors) => {
          for (const [tag, prefix] of [
            ['kumppani-events', 'e'],
            ['kumppani-volunteering', 'v'],
          ] as const) {
            history.replaceState(null, '', linkFor(link, prefix));
            const el = await mount(tag, url, { now: NOW });
            expectInert(el, tag);
            await openEach(el, errors, 3);
          }
          const first = expected.associations[0];
          if (first) {
            const card = await mount('kumppani-card', url, { association: first.id });
            expectInert(card, 'card');
            await openEach(card, errors, 1);
          }
        });
      }),
      12,
      { shrink: false },
    );
  });

  it('the spaces list every valid space and open their details, and the contact settles, whatever the feed and link say', async () => {
    await holds(
      'premises, contact',
      fc.asyncProperty(partnershipFeeds, premisesLink, async (changes, link) => {
        const { url, expected } = await serve(mutate(partnershipBase, changes).data);
        await withPageErrors(async (errors) => {
          const el = await mount('kumppani-premises', url);
          expect($$(el, '.card-button'), 'every valid space listed').to.have.length(expected.premises.length);
          expectInert(el, 'spaces');
          await openEach(el, errors, 4);
          history.replaceState(null, '', linkFor(link, 'p'));
          const linked = await mount('kumppani-premises', url);
          expectInert(linked, 'spaces from a shared link');
          const contact = document.createElement('kumppani-contact') as Widget & { feed: string };
          contact.feed = url;
          (await fixture<HTMLDivElement>(html`<div lang="sv"></div>`)).append(contact);
          await waitUntil(() => contact.shadowRoot?.querySelector('.attribution, .error'), 'contact stayed loading', {
            timeout: 5000,
          });
          expect(contact.shadowRoot!.querySelectorAll('.people > li').length).to.equal(expected.contactPoints.length);
          expectInert(contact, 'contact');
          expect(errors, 'page errors').to.deep.equal([]);
        });
      }),
      12,
      { shrink: false },
    );
  });
});
