// A large feed that offers server-side queries (contract §6): the directory sends
// the search there instead of downloading every page.
import { expect, fixture, waitUntil, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { http } from 'msw/core/http';
import '../../src/elements/directory/define.js';
import type { KumppaniDirectory } from '../../src/elements/directory/directory.js';
import { mockFeeds, json } from '../support/msw.js';
import { envelope } from '../support/feed.js';
import { settled, $, $$, status, expectAccessible } from '../support/widgets.js';

const NATIONAL = 'https://kansallinen.example/feed.json';
const QUERY = ['q', 'municipality', 'category', 'targetGroup', 'language', 'type', 'page', 'pageSize'];

const municipalities = [
  { code: '244', name: { fi: 'Kempele', sv: 'Kempele' } },
  { code: '564', name: { fi: 'Oulu', sv: 'Uleåborg' } },
];
/** 60 associations the server knows; it claims `total` in meta.count to look national. */
const all = Array.from({ length: 60 }, (_, i) => ({
  type: 'association',
  id: `n:${i}`,
  name: { fi: i % 3 === 0 ? `Kuoro ${i} ry` : `Seura ${i} ry` },
  categories: [i % 3 === 0 ? 'culture' : 'sports'],
  municipality: municipalities[i % 2]!,
  updatedAt: '2026-01-01T00:00:00Z',
}));

let total = 120_000;
let requests: URL[] = [];
let delayFor: (url: URL) => number = () => 0;
let failFor: (url: URL) => boolean = () => false;

/** A small §6 server: filters, counts and pages like a real one would. */
async function answer(request: Request): Promise<Response> {
  const url = new URL(request.url);
  requests.push(url);
  const wait = delayFor(url);
  if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
  if (failFor(url)) return new Response('overloaded', { status: 503 });
  const p = url.searchParams;
  const filtered = all.filter(
    (item) =>
      (!p.get('q') || item.name.fi.toLowerCase().includes(p.get('q')!.toLowerCase())) &&
      (!p.get('municipality') || p.get('municipality')!.split(',').includes(item.municipality.code)) &&
      (!p.get('category') ||
        p
          .get('category')!
          .split(',')
          .some((c) => item.categories.includes(c))),
  );
  const queried = QUERY.some((key) => key !== 'page' && p.has(key));
  const size = Number(p.get('pageSize') ?? 10);
  const page = Number(p.get('page') ?? 1);
  const next = new URL(url);
  next.searchParams.set('page', String(page + 1));
  const count = queried ? filtered.length : total;
  return json(
    envelope(filtered.slice((page - 1) * size, page * size), {
      meta: { count, next: page * size < (queried ? filtered.length : all.length) ? next.href : null, query: QUERY },
    }),
  );
}

before(async () => {
  await mockFeeds(
    http.get(NATIONAL, ({ request }) => answer(request)),
    http.get('https://kansallinen.example/taxonomy.json', () => new Response(null, { status: 404 })),
  );
});

beforeEach(() => {
  total = 120_000;
  requests = [];
  delayFor = () => 0;
  failFor = () => false;
  history.replaceState(null, '', location.pathname + location.search);
});

let counter = 0;
async function mount(attributes: Record<string, string> = {}): Promise<KumppaniDirectory> {
  counter += 1;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
  const el = document.createElement('kumppani-directory');
  el.feed = `${NATIONAL}?run=${counter}`;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  return el;
}

const names = (el: KumppaniDirectory) => $$(el, '.card-button').map((b) => b.textContent!.trim());

async function search(el: KumppaniDirectory, text: string): Promise<void> {
  const input = $(el, '#search') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  input.form!.requestSubmit();
  await el.updateComplete;
}

describe('server-side search (contract §6)', () => {
  it('above the threshold, reads one page and asks the server, showing its count', async () => {
    const el = await mount({ municipality: '244', 'page-size': '5' });
    const load = await oneEvent(el, 'kumppani-load');
    expect(load.detail).to.include({ count: 120_000, total: 120_000 });
    await settled(el);
    await waitUntil(() => names(el).length === 5, 'no server results');
    // The first page of the feed, then one query: not every page of 120 000 items.
    expect(requests).to.have.length(2);
    const query = requests[1]!.searchParams;
    expect(query.get('type')).to.equal('association');
    expect(query.get('municipality')).to.equal('244');
    expect(query.get('pageSize')).to.equal('5');
    expect(status(el)).to.equal('30 yhdistystä, joista näytetään 5.');
    // No sort control: the server decides the order.
    expect(el.shadowRoot!.querySelector('#sort')).to.equal(null);
    await expectAccessible(el, 'server results');
  });

  it('sends the typed words and the filters, and pages with next', async () => {
    const el = await mount({ 'page-size': '4' });
    await settled(el);
    await waitUntil(() => names(el).length === 4);
    const change = oneEvent(el, 'kumppani-change');
    await search(el, 'kuoro');
    expect((await change).detail.count).to.equal(20);
    await waitUntil(() => names(el)[0] === 'Kuoro 0 ry');
    expect(requests.at(-1)!.searchParams.get('q')).to.equal('kuoro');
    expect(status(el)).to.equal('20 yhdistystä, joista näytetään 4.');

    ($(el, '[part="more"]') as HTMLButtonElement).click();
    await waitUntil(() => names(el).length === 8, 'show more did not follow next');
    expect(requests.at(-1)!.searchParams.get('page')).to.equal('2');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'open-4', 'focus moves to the first new card');

    ($(el, 'details') as HTMLDetailsElement).open = true;
    ($(el, '#filter-category-sports') as HTMLInputElement).click();
    await waitUntil(() => requests.at(-1)!.searchParams.get('category') === 'sports');
    await waitUntil(() => status(el) === 'Hakuehdoilla ei löytynyt yhdistyksiä.');
    await expectAccessible(el, 'server no results');
  });

  it('counts as shown only the cards it lists, when the server also sends a dissolved association', async () => {
    all.unshift({
      ...all[0]!,
      id: 'n:gone',
      name: { fi: 'Kuoro lakkautettu' },
      status: 'dissolved',
    } as (typeof all)[number]);
    try {
      const el = await mount({ 'page-size': '4' });
      await settled(el);
      await search(el, 'kuoro');
      await waitUntil(() => names(el)[1] === 'Kuoro 3 ry', 'no answer to the search');
      expect(names(el)).to.deep.equal(['Kuoro 0 ry', 'Kuoro 3 ry', 'Kuoro 6 ry']);
      expect(status(el)).to.equal('21 yhdistystä, joista näytetään 3.');
    } finally {
      all.shift();
    }
  });

  it('says a slow search is under way, and marks the list busy until the answer', async () => {
    const el = await mount({ 'page-size': '4' });
    await settled(el);
    await waitUntil(() => names(el).length === 4);
    delayFor = (url) => (url.searchParams.get('q') === 'kuoro' ? 900 : 0);
    await search(el, 'kuoro');
    await waitUntil(() => status(el) === 'Ladataan yhdistyksiä…', 'a slow search says so');
    expect($(el, '[part="list"]').getAttribute('aria-busy')).to.equal('true');
    await expectAccessible(el, 'slow server search');
    await waitUntil(() => status(el) === '20 yhdistystä, joista näytetään 4.', 'the answer replaces it', {
      timeout: 3000,
    });
    expect($(el, '[part="list"]').hasAttribute('aria-busy')).to.equal(false);
  });

  it('shows a failed search as an error with a retry that searches again', async () => {
    const el = await mount({ 'page-size': '4' });
    await settled(el);
    await waitUntil(() => names(el).length === 4);
    failFor = (url) => url.searchParams.get('q') === 'kuoro';
    await search(el, 'kuoro');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'the failure is shown');
    expect($(el, '[role="alert"]').textContent).to.contain('Yhdistystietoja ei saatu ladattua');
    await expectAccessible(el, 'server search failed');
    failFor = () => false;
    ($(el, '#retry') as HTMLButtonElement).click();
    await waitUntil(() => status(el) === '20 yhdistystä, joista näytetään 4.', 'retry searched again');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('cancels a slower, older search: the newest one wins', async () => {
    const el = await mount();
    await settled(el);
    await waitUntil(() => names(el).length > 0);
    delayFor = (url) => (url.searchParams.get('q') === 'seura' ? 400 : 0);
    await search(el, 'seura');
    await search(el, 'kuoro 3');
    await waitUntil(() => names(el).join() === 'Kuoro 3 ry,Kuoro 30 ry,Kuoro 33 ry,Kuoro 36 ry,Kuoro 39 ry');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(names(el)[0]).to.equal('Kuoro 3 ry');
  });

  it('downloads the whole feed below the threshold, or when told search="client"', async () => {
    total = 60;
    const small = await mount({ 'page-size': '100' });
    await settled(small);
    await waitUntil(() => names(small).length === 60);
    expect(requests.every((url) => !url.searchParams.has('type'))).to.equal(true);

    total = 120_000;
    requests = [];
    const client = await mount({ search: 'client', 'page-size': '100' });
    await settled(client);
    await waitUntil(() => names(client).length === 60);
    expect(requests.every((url) => !url.searchParams.has('type'))).to.equal(true);
    await search(client, 'kuoro');
    expect(names(client)).to.have.length(20);
    expect(requests.every((url) => !url.searchParams.has('q'))).to.equal(true);
  });

  it('takes its threshold from server-threshold', async () => {
    total = 6000;
    const el = await mount({ 'server-threshold': '10000', 'page-size': '100' });
    await settled(el);
    await waitUntil(() => names(el).length === 60);
    expect(requests.every((url) => !url.searchParams.has('type'))).to.equal(true);
    requests = [];
    const low = await mount({ 'server-threshold': '1000' });
    await settled(low);
    await waitUntil(() => requests.some((url) => url.searchParams.get('type') === 'association'));
  });

  it('searches on the server when told search="server", whatever the size', async () => {
    total = 60;
    const el = await mount({ search: 'server' });
    await settled(el);
    await waitUntil(() => requests.some((url) => url.searchParams.get('type') === 'association'));
  });
});
