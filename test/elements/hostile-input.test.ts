// Hostile text in a feed, in every widget: lone surrogates, Object.prototype names
// as codes, a mailto address that tries to add header fields, a name that shows nothing.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { http } from 'msw/core/http';
import '../../src/elements/directory/define.js';
import '../../src/elements/events/define.js';
import '../../src/elements/card/define.js';
import '../../src/elements/volunteering/define.js';
import { mockFeeds, json } from '../support/msw.js';
import { FEED, NOW, envelope } from '../support/feed.js';
import { settled, $, $$, status } from '../support/widgets.js';
import { foreignLinks, recordPageErrors, type PageErrors } from '../support/page-errors.js';

const HOSTILE_EMAIL = 'info?bcc=spy%40evil.example&subject=Tervetuloa&body=Hei@assoc.example';
const ENCODED_EMAIL = 'mailto:info%3Fbcc%3Dspy%2540evil.example%26subject%3DTervetuloa%26body%3DHei@assoc.example';
const PROTOTYPE_CODES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
const STREET = 'Katu \ud800 1';
const oulu = { code: '564', name: { fi: 'Oulu', sv: 'Uleåborg' } };

const items = [
  {
    type: 'association',
    id: 'h:1',
    name: { fi: 'Katuseura ry' },
    categories: ['culture'],
    municipality: oulu,
    languages: [...PROTOTYPE_CODES, 'fi'],
    address: { street: STREET, postalCode: '90100', postOffice: 'Oulu' },
    contact: { email: HOSTILE_EMAIL, phone: '+358 40 123 4567' },
    contactPersons: [{ role: { fi: 'Puheenjohtaja' }, name: 'Aino', email: HOSTILE_EMAIL, consent: true }],
    updatedAt: '2026-10-14T12:30:00+03:00',
  },
  {
    type: 'association',
    id: 'h:2',
    name: { fi: 'Protoseura ry' },
    categories: ['constructor', 'culture'],
    targetGroups: ['__proto__'],
    municipality: oulu,
    updatedAt: '2026-10-14T12:30:00+03:00',
  },
  {
    type: 'association',
    id: 'h:blank',
    name: { fi: '\u200b\u200c\u200d', sv: '\u2060' },
    categories: ['culture'],
    municipality: oulu,
    updatedAt: '2026-10-14T12:30:00+03:00',
  },
  {
    type: 'event',
    id: 'h:e1',
    organizerIds: ['h:1'],
    name: { fi: 'Katujuhla' },
    startTime: '2027-06-15T18:00:00+03:00',
    location: { name: { fi: 'Kadulla' }, address: { street: STREET }, municipality: oulu },
    categories: ['culture'],
    languages: PROTOTYPE_CODES,
  },
  {
    type: 'volunteerTask',
    id: 'h:t1',
    associationId: 'h:1',
    title: { fi: 'Katusiivooja' },
    municipality: oulu,
    languagesNeeded: PROTOTYPE_CODES,
    contact: { role: { fi: 'Koordinaattori' }, email: HOSTILE_EMAIL, consent: true },
    updatedAt: '2027-06-01T10:00:00+03:00',
  },
];

let counter = 0;
let page: PageErrors;

before(async () => {
  await mockFeeds(
    http.get(FEED, () => json(envelope(items))),
    http.get('https://yhdistykset.example/taxonomy.json', () => new Response(null, { status: 404 })),
  );
});

beforeEach(() => {
  history.replaceState(null, '', location.pathname + location.search);
  page = recordPageErrors();
});

afterEach(() => page.stop());

async function mount<T extends HTMLElement>(tag: string, properties: Record<string, unknown> = {}): Promise<T> {
  counter += 1;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
  const el = document.createElement(tag) as unknown as T & { feed: string };
  el.feed = `${FEED}?hostile=${counter}`;
  Object.assign(el, properties);
  wrapper.append(el);
  return el;
}

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Opens the first card's detail; fails on any page error, and gives the open dialog's text. */
async function openDetail(el: Widget, name: string): Promise<HTMLDialogElement> {
  $$(el, '.card-button')
    .find((button) => button.textContent!.includes(name))!
    .click();
  await el.updateComplete;
  await el.updateComplete;
  const dialog = $(el, 'dialog') as HTMLDialogElement;
  expect(page.errors, 'page errors').to.deep.equal([]);
  expect(dialog.open, 'the detail opens').to.equal(true);
  return dialog;
}

function expectNoCodeAsFunction(el: HTMLElement): void {
  const text = el.shadowRoot!.textContent!;
  expect(text).not.to.contain('native code');
  expect(text).not.to.contain('function');
  expect(text).not.to.contain('[object Object]');
}

describe('hostile feed text in every widget', () => {
  it('directory: lists the valid items, reports the invisible name, opens the detail with a lone surrogate', async () => {
    const el = await mount<Widget>('kumppani-directory');
    const load = await oneEvent(el, 'kumppani-load');
    expect(load.detail.count).to.equal(2);
    expect(load.detail.skipped).to.have.length(1);
    expect(load.detail.skipped[0]).to.include({ id: 'h:blank' });
    expect(load.detail.skipped[0].reason).to.contain('name');
    await settled(el);
    expect(status(el)).to.equal('2 yhdistystä');
    expect($$(el, '.card-button').map((b) => b.textContent!.trim())).to.deep.equal(['Katuseura ry', 'Protoseura ry']);
    expectNoCodeAsFunction(el);
    const cardMail = $$(el, 'a').find((a) => a.getAttribute('href')!.startsWith('mailto:'))!;
    expect(cardMail.getAttribute('href')).to.equal(ENCODED_EMAIL);
    expect(cardMail.textContent).to.contain(HOSTILE_EMAIL);

    const dialog = await openDetail(el, 'Katuseura');
    expect(dialog.textContent).to.contain('Katu \ud800 1');
    const map = $$(el, 'dialog a').find((a) => a.getAttribute('href')!.includes('openstreetmap'))!;
    expect(map.getAttribute('href')).to.equal(
      'https://www.openstreetmap.org/search?query=Katu%20%EF%BF%BD%201%2C%2090100%2C%20Oulu',
    );
    const mails = $$(el, 'dialog a[href^="mailto:"]').map((a) => a.getAttribute('href'));
    expect(mails).to.deep.equal([ENCODED_EMAIL, ENCODED_EMAIL]);
    expectNoCodeAsFunction(el);
    expect(foreignLinks(el.shadowRoot!)).to.deep.equal([]);
  });

  it('directory: a shared link naming prototype codes as filters loads and shows them as chips', async () => {
    history.replaceState(null, '', '#k.language=constructor,__proto__&k.category=toString&k.open=constructor');
    const el = await mount<Widget>('kumppani-directory');
    await settled(el);
    expect(status(el)).to.equal('Hakuehdoilla ei löytynyt yhdistyksiä.');
    expect($$(el, '[part="chip"]').map((chip) => chip.textContent!.replace('×', '').trim())).to.deep.equal([
      'toString',
      'Constructor',
      '__proto__',
    ]);
    expect(($(el, 'dialog') as HTMLDialogElement).open).to.equal(false);
    expectNoCodeAsFunction(el);
    expect(page.errors).to.deep.equal([]);
  });

  it('events: lists and opens an event with prototype language codes and a lone surrogate in its address', async () => {
    const el = await mount<Widget>('kumppani-events', { now: NOW });
    await settled(el);
    const dialog = await openDetail(el, 'Katujuhla');
    expect(dialog.textContent).to.contain('constructor');
    expectNoCodeAsFunction(el);
    expect(foreignLinks(el.shadowRoot!)).to.deep.equal([]);
  });

  it('events: a shared link naming prototype names as filter values shows them as text', async () => {
    history.replaceState(null, '', '#e.when=constructor&e.language=__proto__&e.category=toString');
    const el = await mount<Widget>('kumppani-events', { now: NOW });
    await settled(el);
    const chips = $$(el, '[part="chip"]');
    expect(chips.map((chip) => chip.textContent!.replace('×', '').trim())).to.deep.equal([
      'constructor',
      'toString',
      '__proto__',
    ]);
    expect(chips.map((chip) => chip.getAttribute('aria-label'))).to.deep.equal([
      'Poista suodatin: constructor',
      'Poista suodatin: toString',
      'Poista suodatin: __proto__',
    ]);
    expectNoCodeAsFunction(el);
    expect(page.errors).to.deep.equal([]);
  });

  it('card: shows prototype language codes as codes and opens its detail', async () => {
    const el = await mount<Widget>('kumppani-card', { association: 'h:1' });
    await settled(el);
    expect($(el, '.card').textContent).to.contain('constructor');
    await openDetail(el, 'Katuseura');
    expectNoCodeAsFunction(el);
    expect(foreignLinks(el.shadowRoot!)).to.deep.equal([]);
  });

  it('volunteering: a task’s detail names its languages and encodes its contact’s address', async () => {
    const el = await mount<Widget>('kumppani-volunteering', { now: NOW });
    await settled(el);
    const dialog = await openDetail(el, 'Katusiivooja');
    expect(dialog.textContent).to.contain('constructor');
    expect($$(el, 'dialog a[href^="mailto:"]').map((a) => a.getAttribute('href'))).to.deep.equal([ENCODED_EMAIL]);
    expectNoCodeAsFunction(el);
    expect(foreignLinks(el.shadowRoot!)).to.deep.equal([]);
  });
});
