// Server search (contract §6) against a scripted server whose every answer waits
// until the test releases it: answers delayed, reordered, failed, malformed.
// Time is controlled by these gates, not by sleeping: whatever the machine's load,
// each case runs the same interleaving. The invariants: what is shown always
// belongs to the latest search, nothing of an older search is appended to a newer
// one, every state ends (not loading, not aria-busy), and a newer search's answer
// takes away an older one's error. Invalid items of an answer are reported once,
// on the console and as `kumppani-invalid`.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { http } from 'msw/core/http';
import '../../src/elements/directory/define.js';
import type { KumppaniDirectory } from '../../src/elements/directory/directory.js';
import type { InvalidDetail } from '../../src/internal/events.js';
import { mockFeeds, json } from '../support/msw.js';
import { envelope } from '../support/feed.js';
import { $, $$, status, settled } from '../support/widgets.js';
import fc from 'fast-check';
import { holds } from '../property/replay.js';

const NATIONAL = 'https://rinnakkain.example/feed.json';
const QUERY = ['q', 'municipality', 'category', 'targetGroup', 'language', 'type', 'page', 'pageSize'];
const PAGE_SIZE = 3;

const association = (id: string, name: string) => ({
  type: 'association',
  id,
  name: { fi: name },
  categories: ['culture'],
  municipality: { code: '564', name: { fi: 'Oulu' } },
  updatedAt: '2026-01-01T00:00:00Z',
});

/** What the server knows: names starting with the word searched for. */
const all = [
  ...Array.from({ length: 7 }, (_, i) => association(`k:${i}`, `Kuoro ${i} ry`)),
  ...Array.from({ length: 2 }, (_, i) => association(`s:${i}`, `Seura ${i} ry`)),
  ...Array.from({ length: 5 }, (_, i) => association(`t:${i}`, `Teatteri ${i} ry`)),
];
const matching = (q: string) => all.filter((item) => item.name.fi.toLowerCase().startsWith(q.toLowerCase()));

/** How a held request is answered. */
type Answer = 'ok' | 'fail' | 'malformed' | { body: unknown };

interface Held {
  url: URL;
  q: string;
  page: number;
  answer(how: Answer): void;
}

let held: Held[] = [];
/** Every request the server has been sent, in order of arrival. */
let arrived: Held[] = [];

function pageOf(url: URL): Response {
  const q = url.searchParams.get('q') ?? '';
  const page = Number(url.searchParams.get('page') ?? 1);
  const found = matching(q);
  const next = new URL(url);
  next.searchParams.set('page', String(page + 1));
  return json(
    envelope(found.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), {
      meta: { count: found.length, next: page * PAGE_SIZE < found.length ? next.href : null, query: QUERY },
    }),
  );
}

before(async () => {
  await mockFeeds(
    http.get(NATIONAL, ({ request }) => {
      const url = new URL(request.url);
      // The feed's own first page answers at once: it is large, so the widget searches on the server.
      if (!url.searchParams.has('type')) {
        return json(
          envelope(all.slice(0, PAGE_SIZE), { meta: { count: 120_000, next: `${NATIONAL}?page=2`, query: QUERY } }),
        );
      }
      return new Promise<Response>((resolve) => {
        const entry: Held = {
          url,
          q: url.searchParams.get('q') ?? '',
          page: Number(url.searchParams.get('page') ?? 1),
          answer(how) {
            if (how === 'ok') resolve(pageOf(url));
            else if (how === 'fail') resolve(new Response('overloaded', { status: 500 }));
            else if (how === 'malformed') resolve(new Response('{"feedVersion": "1.0", "data": [', { status: 200 }));
            else resolve(json(how.body));
          },
        };
        held.push(entry);
        arrived.push(entry);
      });
    }),
    http.get('https://rinnakkain.example/taxonomy.json', () => new Response(null, { status: 404 })),
  );
});

beforeEach(() => {
  held = [];
  arrived = [];
  history.replaceState(null, '', location.pathname + location.search);
});

afterEach(() => {
  // Nothing is left waiting into the next case.
  for (const request of held.splice(0)) request.answer('ok');
});

let counter = 0;
async function mount(): Promise<KumppaniDirectory> {
  counter += 1;
  // A widget removed before this one leaves its search in the address: this one starts afresh.
  history.replaceState(null, '', location.pathname + location.search);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
  const el = document.createElement('kumppani-directory');
  el.feed = `${NATIONAL}?race=${counter}`;
  el.setAttribute('page-size', String(PAGE_SIZE));
  wrapper.append(el);
  await settled(el);
  // The search for everything that follows loading (of this widget: an earlier one's may still arrive).
  (await request((r) => r.q === '' && ownRequest(el, r))).answer('ok');
  await waitUntil(() => names(el).length === PAGE_SIZE, 'the first answer is shown');
  return el;
}

/** Whether `held` was sent by `el` (each widget reads a feed URL of its own). */
const ownRequest = (el: KumppaniDirectory, held: Held): boolean =>
  held.url.searchParams.get('race') === new URL(el.feed!).searchParams.get('race');

const names = (el: KumppaniDirectory) => $$(el, '.card-button').map((b) => b.textContent!.trim());

/** The held request that `matches`, once the widget has sent it; taken off the list. */
async function request(matches: (held: Held) => boolean): Promise<Held> {
  await waitUntil(() => held.some(matches), 'the request was not sent', { timeout: 5000 });
  const index = held.findIndex(matches);
  return held.splice(index, 1)[0]!;
}

async function search(el: KumppaniDirectory, text: string): Promise<void> {
  const input = $(el, '#search') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  input.form!.requestSubmit();
  await el.updateComplete;
}

function showMore(el: KumppaniDirectory): void {
  ($(el, '[part="more"]') as HTMLButtonElement).click();
}

const list = (el: KumppaniDirectory) => el.shadowRoot!.querySelector('[part="list"]');
const busy = (el: KumppaniDirectory) => list(el)?.getAttribute('aria-busy') === 'true';
const alert = (el: KumppaniDirectory) => el.shadowRoot!.querySelector('[role="alert"]');

/** Waits until the widget shows the search for `q` and nothing else, settled: not loading, not busy. */
async function showsOnly(el: KumppaniDirectory, q: string, shown: number): Promise<void> {
  const expected = matching(q)
    .slice(0, shown)
    .map((item) => item.name.fi);
  const total = matching(q).length;
  const count =
    shown < total || shown > PAGE_SIZE ? `${total} yhdistystä, joista näytetään ${shown}.` : `${total} yhdistystä`;
  const settledOn = () => names(el).join() === expected.join() && status(el) === count && !busy(el);
  await waitUntil(settledOn, `did not settle on "${q}"`, { timeout: 5000 }).catch((error: Error) => {
    throw new Error(`${error.message}: ${names(el).join()} / ${status(el)} / busy ${busy(el)}`);
  });
  expect(new Set(names(el)).size).to.equal(names(el).length);
}

describe('server search races (contract §6)', () => {
  it('an older answer that arrives last changes nothing', async () => {
    const el = await mount();
    await search(el, 'kuoro');
    const older = await request((r) => r.q === 'kuoro');
    await search(el, 'seura');
    const newer = await request((r) => r.q === 'seura');
    newer.answer('ok');
    await showsOnly(el, 'seura', 2);
    older.answer('ok');
    await el.updateComplete;
    await showsOnly(el, 'seura', 2);
  });

  it('a newer search during an older one’s "show more" never gets the older page appended', async () => {
    const el = await mount();
    await search(el, 'kuoro');
    (await request((r) => r.q === 'kuoro')).answer('ok');
    await showsOnly(el, 'kuoro', 3);
    showMore(el);
    const more = await request((r) => r.q === 'kuoro' && r.page === 2);
    await search(el, 'seura');
    const newer = await request((r) => r.q === 'seura');
    newer.answer('ok');
    await showsOnly(el, 'seura', 2);
    more.answer('ok');
    await el.updateComplete;
    await showsOnly(el, 'seura', 2);

    // The other order: "show more" of the shown results after a newer search was sent.
    await search(el, 'kuoro');
    (await request((r) => r.q === 'kuoro')).answer('ok');
    await showsOnly(el, 'kuoro', 3);
    await search(el, 'seura');
    const pending = await request((r) => r.q === 'seura');
    showMore(el);
    await el.updateComplete;
    pending.answer('ok');
    for (const request of held.splice(0)) request.answer('ok');
    await showsOnly(el, 'seura', 2);
    await el.updateComplete;
    await showsOnly(el, 'seura', 2);
  });

  it('"show more" of the older results while a newer search is slow: the newer answer ends the wait', async () => {
    const el = await mount();
    await search(el, 'kuoro');
    (await request((r) => r.q === 'kuoro')).answer('ok');
    await showsOnly(el, 'kuoro', 3);
    await search(el, 'teatteri');
    const newer = await request((r) => r.q === 'teatteri');
    showMore(el);
    // The newer search is slow enough to say so; released only once it has.
    await waitUntil(() => busy(el), 'a slow search marks the list busy', { timeout: 5000 });
    expect(status(el)).to.equal('Ladataan yhdistyksiä…');
    newer.answer('ok');
    await showsOnly(el, 'teatteri', PAGE_SIZE);
    // Whatever the older results' page did, it is not shown.
    for (const request of held.splice(0)) request.answer('ok');
    await el.updateComplete;
    await showsOnly(el, 'teatteri', PAGE_SIZE);
    showMore(el);
    (await request((r) => r.q === 'teatteri' && r.page === 2)).answer('ok');
    await showsOnly(el, 'teatteri', 5);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'open-3', 'focus moves to the first new card');
  });

  it('a failed search’s alert goes when a newer search succeeds; an older failure arriving late shows none', async () => {
    const el = await mount();
    await search(el, 'kuoro');
    (await request((r) => r.q === 'kuoro')).answer('fail');
    await waitUntil(() => alert(el), 'the failure is shown');
    expect(alert(el)!.textContent).to.contain('Yhdistystietoja ei saatu ladattua');
    await search(el, 'seura');
    (await request((r) => r.q === 'seura')).answer('ok');
    await showsOnly(el, 'seura', 2);
    expect(alert(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('#retry')).to.equal(null);

    await search(el, 'kuoro');
    const older = await request((r) => r.q === 'kuoro');
    await search(el, 'teatteri');
    (await request((r) => r.q === 'teatteri')).answer('ok');
    await showsOnly(el, 'teatteri', PAGE_SIZE);
    older.answer('fail');
    await el.updateComplete;
    await showsOnly(el, 'teatteri', PAGE_SIZE);
    expect(alert(el)).to.equal(null);
  });

  it('a malformed answer is an error that ends, and the next search clears it', async () => {
    const el = await mount();
    await search(el, 'kuoro');
    (await request((r) => r.q === 'kuoro')).answer('malformed');
    await waitUntil(() => alert(el), 'the malformed answer is shown as an error');
    expect(busy(el)).to.equal(false);
    await search(el, 'seura');
    (await request((r) => r.q === 'seura')).answer({ body: { feedVersion: '9.0', data: [] } });
    await waitUntil(() => alert(el)?.textContent?.includes('versio'), 'a wrong version is said');
    await search(el, 'teatteri');
    (await request((r) => r.q === 'teatteri')).answer('ok');
    await showsOnly(el, 'teatteri', PAGE_SIZE);
    expect(alert(el)).to.equal(null);
  });

  it('reports the invalid items and fields of an answer once, and lists the valid ones', async () => {
    const el = await mount();
    const reports: InvalidDetail[] = [];
    el.addEventListener('kumppani-invalid', (event) => reports.push(event.detail));
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      await search(el, 'kuoro');
      (await request((r) => r.q === 'kuoro')).answer({
        body: envelope(
          [
            association('k:0', 'Kuoro 0 ry'),
            { ...association('k:bad', 'Kuoro rikki'), municipality: { code: 'x' } },
            { ...association('k:1', 'Kuoro 1 ry'), contact: { website: 'javascript:alert(1)' } },
          ],
          { meta: { count: 3, next: null, query: QUERY } },
        ),
      });
      await waitUntil(() => names(el).join() === 'Kuoro 0 ry,Kuoro 1 ry', 'the valid items are listed');
      expect(status(el)).to.equal('2 yhdistystä');
      expect(reports).to.have.length(1);
      expect(reports[0]!.skipped.map((s) => s.id)).to.deep.equal(['k:bad']);
      expect(reports[0]!.dropped.map((d) => `${d.id} ${d.field}`)).to.deep.equal(['k:1 contact.website']);
      expect(warnings.filter((w) => w.includes('invalid item'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('invalid field'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('an answer holding only events or invalid items reads as nothing found', async () => {
    const el = await mount();
    await search(el, 'kuoro');
    (await request((r) => r.q === 'kuoro')).answer({
      body: envelope(
        [
          { type: 'event', id: 'e:1', organizerIds: ['k:0'], name: { fi: 'Konsertti' } },
          { ...association('k:bad', 'Kuoro rikki'), name: { fi: '\u200b' } },
        ],
        { meta: { count: 2, next: null, query: QUERY } },
      ),
    });
    await waitUntil(() => status(el) === 'Hakuehdoilla ei löytynyt yhdistyksiä.', `reads: ${status(el)}`);
    expect(names(el)).to.deep.equal([]);
    expect(busy(el)).to.equal(false);
  });

  it('any interleaving of searches, "show more" and answers ends showing the latest search, or its failure', async function () {
    // A few seconds in `npm test`; a long hunt (KUMPPANI_RUNS) needs more.
    this.timeout(600_000);
    const WORDS = ['kuoro', 'seura', 'teatteri', ''] as const;
    const action = fc.oneof(
      fc.record({ kind: fc.constant('search' as const), word: fc.constantFrom(...WORDS) }),
      fc.record({ kind: fc.constant('more' as const) }),
      fc.record({
        kind: fc.constant('answer' as const),
        which: fc.nat(),
        how: fc.constantFrom<'ok' | 'fail' | 'malformed'>('ok', 'ok', 'fail', 'malformed'),
      }),
    );
    type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;
    await holds(
      'server search interleavings',
      fc.asyncProperty(fc.array(action, { minLength: 2, maxLength: 10 }), async (actions) => {
        const el = await mount();
        try {
          await interleave(el, actions);
        } finally {
          // The next case starts alone on the page.
          el.parentElement!.remove();
        }
      }),
      15,
      { shrink: false },
    );

    async function interleave(el: KumppaniDirectory, actions: readonly Action[]): Promise<void> {
      let current = '';
      let latest = arrived.filter((r) => ownRequest(el, r) && r.q === '').at(-1)!;
      const outcome = new Map<Held, string>([[latest, 'ok']]);
      for (const step of actions) {
        if (step.kind === 'search' && step.word !== current) {
          const known = arrived.length;
          await search(el, step.word);
          current = step.word;
          latest = await request(
            (r) => r.page === 1 && r.q === step.word && ownRequest(el, r) && arrived.indexOf(r) >= known,
          );
          held.push(latest);
        } else if (step.kind === 'more') {
          el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')?.click();
          await el.updateComplete;
        } else if (step.kind === 'answer' && held.length > 0) {
          const [answered] = held.splice(step.which % held.length, 1);
          // Only searches fail here: a failed "show more" keeps its alert over the results by design.
          const how = answered!.page === 1 ? step.how : 'ok';
          outcome.set(answered!, how);
          answered!.answer(how);
        }
        await el.updateComplete;
        // At every step the list is the start of one search's answer: never a mix of two, never an item twice.
        const shown = names(el).join();
        const prefixOf = (word: string) =>
          matching(word)
            .slice(0, names(el).length)
            .map((item) => item.name.fi)
            .join() === shown;
        expect(WORDS.some(prefixOf), `a mix: ${shown}`).to.equal(true);
      }
      // Everything still waiting is answered; the widget must then settle on the latest search.
      const expected = matching(current).map((item) => item.name.fi);
      const onLatest = (): boolean => {
        const shown = names(el);
        return (
          shown.length > 0 &&
          shown.join() === expected.slice(0, shown.length).join() &&
          status(el).startsWith(`${expected.length} yhdistys`)
        );
      };
      await waitUntil(
        () => {
          for (const waiting of held.splice(0)) {
            outcome.set(waiting, 'ok');
            waiting.answer('ok');
          }
          if (busy(el) || status(el).startsWith('Ladataan')) return false;
          return outcome.get(latest) === 'ok' ? !alert(el) && onLatest() : !!alert(el);
        },
        'the widget did not settle',
        { timeout: 5000 },
      ).catch((error: Error) => {
        throw new Error(
          `${error.message} on "${current}" (${outcome.get(latest)}): ${names(el).join()} / ${status(el)} / busy ${busy(el)}`,
        );
      });
    }
  });
});
