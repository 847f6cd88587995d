// The elements on real APIs, as a webmaster pastes them: format="linkedevents" and format="ptv",
// answered at the APIs' own paths from recorded responses.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, type LitElement } from 'lit';
import { http } from 'msw/core/http';
import '../../src/elements/events/define.js';
import '../../src/elements/volunteering/define.js';
import '../../src/sources/ptv/register.js';
import '../../src/elements/directory/define.js';
import '../../src/elements/card/define.js';
import { answerSourceRequest } from '../../demo/data/recorded-sources.js';
import { recordings } from '../support/recordings.js';
import { mockFeeds, json } from '../support/msw.js';
import { $, $$, settled, status, expectAccessible } from '../support/widgets.js';

const NOW = new Date('2026-12-02T08:00:00Z');
const LINKED_EVENTS = 'https://api.hel.fi/linkedevents/v1/';
const PTV = 'https://api.palvelutietovaranto.suomi.fi/api/v11/';
const asked: string[] = [];

before(async () => {
  const answer = ({ request }: { request: Request }) => {
    asked.push(request.url);
    const found = answerSourceRequest(recordings, new URL(request.url), NOW);
    return found ? json(found.body, { status: found.status }) : new Response(null, { status: 404 });
  };
  await mockFeeds(http.get(`${LINKED_EVENTS}*`, answer), http.get(`${PTV}*`, answer));
});

// A search a test typed is kept in the page's address; each test starts from none.
beforeEach(() => history.replaceState(null, '', location.pathname + location.search));

async function mount<T extends LitElement = LitElement>(
  tag: string,
  attributes: Record<string, string>,
  lang = 'fi',
): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement(tag) as T & { now?: Date };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.now = NOW;
  wrapper.append(el);
  return el;
}

const text = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('real sources in the elements', () => {
  it('lists Helsinki events from Linked Events with times, places, organisers and prices as text', async () => {
    asked.length = 0;
    const el = await mount('kumppani-events', {
      feed: LINKED_EVENTS,
      format: 'linkedevents',
      municipality: 'Helsinki',
    });
    await waitUntil(() => $$(el, 'article').length > 0 && !status(el).startsWith('Ladataan'), 'events shown', {
      timeout: 10_000,
    });
    const query = new URL(asked.find((url) => url.includes('/event/'))!);
    expect(query.searchParams.get('division')).to.equal('kunta:helsinki');
    expect(query.searchParams.get('start')).to.equal('today');
    // Four weeks of the Jätkäsaari event: the online one has no division, as in Linked Events.
    expect(status(el)).to.match(/^4 tapahtumaa/);
    expect(text(el)).to.contain('Amos Rex');
    expect(el.shadowRoot!.querySelector('script, iframe, object')).to.equal(null);
    await expectAccessible(el, 'Linked Events fi');
  });

  it('asks Linked Events again for a typed search, and offers only the filters it can answer', async () => {
    const el = await mount('kumppani-events', { feed: LINKED_EVENTS, format: 'linkedevents' }, 'sv');
    // Without a municipality: the online, Helsinki and Espoo events of four weeks.
    await waitUntil(() => status(el).startsWith('12 '), `status ${status(el)}`, { timeout: 10_000 });
    const groups = $$(el, 'fieldset legend').map((legend) => legend.textContent!.trim());
    expect(groups.join(' ')).not.to.match(/Kategori|Verksamhetsområde/);
    const input = $(el, '#search') as HTMLInputElement;
    input.value = 'Koillis';
    input.dispatchEvent(new Event('input'));
    input.form!.requestSubmit();
    await waitUntil(() => status(el).startsWith('4 '), `status ${status(el)}`, { timeout: 10_000 });
    await expectAccessible(el, 'Linked Events sv search');
  });

  it('finds online events for a municipality’s page when the resident asks for them', async () => {
    const el = await mount('kumppani-events', {
      feed: LINKED_EVENTS,
      format: 'linkedevents',
      municipality: 'Helsinki',
    });
    await waitUntil(() => status(el).startsWith('4 '), `status ${status(el)}`, { timeout: 10_000 });
    expect(text(el)).not.to.contain('verkkotilaisuus');
    ($(el, '#filter-attendance-online') as HTMLInputElement).click();
    // Linked Events gives an online event no municipality: the online ones are asked for without one.
    await waitUntil(() => text(el).includes('Uutta Koillis-Helsinkiä verkkotilaisuus'), 'no online events', {
      timeout: 10_000,
    });
    expect($$(el, 'article').every((article) => article.textContent!.includes('Verkossa'))).to.equal(true);
  });

  it('lists volunteer tasks from Linked Events', async () => {
    const el = await mount('kumppani-volunteering', { feed: LINKED_EVENTS, format: 'linkedevents' }, 'en');
    await waitUntil(() => $$(el, 'article').length === 1, 'one task', { timeout: 10_000 });
    await expectAccessible(el, 'Linked Events tasks en');
  });

  it('lists a municipality’s associations from PTV with municipality names, never codes', async () => {
    const el = await mount('kumppani-directory', { feed: PTV, format: 'ptv', municipality: 'Helsinki' });
    await settled(el);
    expect($$(el, '.card-button').map((button) => button.textContent!.trim())).to.deep.equal([
      'Jätkäsaaren Asukasyhdistys ry',
      'Oulunkylän Kuoro ry',
    ]);
    expect(text(el)).to.contain('Helsinki');
    expect(text(el)).not.to.match(/\b091\b/);
    await expectAccessible(el, 'PTV fi');
  });

  it('shows one association from PTV on a card, by its PTV id', async () => {
    const el = await mount('kumppani-card', {
      feed: PTV,
      format: 'ptv',
      municipality: 'Helsingfors',
      association: '6f1c3a52-0c0e-4d1a-9d1b-5a1f00000003',
    });
    await settled(el);
    expect($(el, '.card-button').textContent!.trim()).to.equal('Oulunkylän Kuoro ry');
    await expectAccessible(el, 'PTV card');
  });

  it('shows a Linked Events organizer on a card, its detail listing its next events', async () => {
    const el = await mount('kumppani-card', {
      feed: LINKED_EVENTS,
      format: 'linkedevents',
      association: 'ytj:0586977-6',
    });
    await settled(el);
    expect($(el, '.card-button').textContent!.trim()).to.equal('Amos Rex');
    expect(asked.some((url) => new URL(url).searchParams.get('publisher') === 'ytj:0586977-6')).to.equal(true);
    $(el, '.card-button').click();
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open, 'the detail opens');
    const detail = $(el, 'dialog');
    // The recorded events of this publisher, which the demo's server repeats weekly; its home is
    // where most of them are (a tie between Helsinki and Espoo goes to the first).
    expect(detail.textContent).to.contain('Raija Malka & Kaija Saariaho: Blick');
    expect(detail.querySelectorAll('li').length).to.be.greaterThan(1);
    expect(detail.textContent).to.contain('Helsinki');
    expect(detail.textContent).not.to.match(/\b(049|091)\b/);
    await expectAccessible(el, 'Linked Events organizer card');
  });

  it('says so when Linked Events does not know the organizer', async () => {
    const el = await mount(
      'kumppani-card',
      { feed: LINKED_EVENTS, format: 'linkedevents', association: 'ahjo:none' },
      'en',
    );
    await waitUntil(() => status(el).includes('not found'), 'the not-found status');
    expect(status(el)).to.equal('The association was not found in the data source.');
    expect(el.shadowRoot!.querySelector('.error, .single')).to.equal(null);
    await expectAccessible(el, 'Linked Events organizer not found');
  });

  it('shows the error state for a format it does not read, or one that cannot give its items', async () => {
    const unknown = await mount('kumppani-directory', { feed: PTV, format: 'vcard', municipality: 'Helsinki' });
    await settled(unknown);
    expect($(unknown, '[role="alert"]').textContent).to.contain('muoto');
    const wrongKind = await mount('kumppani-events', { feed: PTV, format: 'ptv' });
    await settled(wrongKind);
    expect($(wrongKind, '[role="alert"]')).to.not.equal(null);
  });
});
