import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { http } from 'msw/core/http';
import '../../src/elements/contact/define.js';
import '../../src/elements/directory/define.js';
import '../../src/elements/events/define.js';
import '../../src/elements/contact/directory-corner.js';
import type { KumppaniContact } from '../../src/elements/contact/contact.js';
import { contactPointsFor, nextMeeting } from '../../src/listing/contacts.js';
import { readItem } from '../../src/feed/normalize.js';
import type { ContactPoint, FeedEvent } from '../../src/feed/types.js';
import { mockFeeds, json } from '../support/msw.js';
import { FEED, NOW, envelope, associations } from '../support/feed.js';
import { contactPoints, meetings } from '../support/partnership.js';
import { $, $$, expectAccessible } from '../support/widgets.js';

let counter = 0;
const today = new Date();
const DOWN = 'https://yhdistykset.example/down.json';

/** An association that names its municipality in Northern Sámi too, and that municipality's contact. */
const inari = [
  {
    type: 'association',
    id: 'anar:1',
    name: { se: 'Anára Searvi', fi: 'Inarin Seura ry' },
    categories: ['culture'],
    municipality: { code: '148', name: { fi: 'Inari', se: 'Anár', smn: 'Aanaar' } },
    updatedAt: '2026-10-01T08:00:00+03:00',
  },
  {
    type: 'contactPoint',
    id: 'inari:searvi',
    municipality: { code: '148' },
    role: { fi: 'Yhdistysyhteyshenkilö', se: 'Searvvi oktavuohtaolmmoš' },
    email: 'searvi@anar.example',
    updatedAt: '2026-10-01T08:00:00+03:00',
  },
];

before(async () => {
  await mockFeeds(
    http.get(FEED, () =>
      json(envelope([...associations, ...inari, ...contactPoints, ...meetings(today)], { feedVersion: '1.1' })),
    ),
    http.get(DOWN, () => new Response('', { status: 503 })),
  );
});

beforeEach(() => history.replaceState(null, '', location.pathname + location.search));

async function mount<K extends 'kumppani-contact' | 'kumppani-directory'>(
  tag: K,
  attributes: Record<string, string> = {},
  lang = 'fi',
): Promise<HTMLElementTagNameMap[K]> {
  counter += 1;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement(tag);
  el.setAttribute('feed', `${FEED}?contact=${counter}`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  // A busy machine can hold a served answer back for seconds.
  await waitUntil(() => el.shadowRoot?.querySelector('.attribution, .error'), `${tag} did not load`, {
    timeout: 15_000,
  });
  await el.updateComplete;
  return el;
}

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

function items<T>(raw: unknown[], type: string): T[] {
  return raw.flatMap((item) => {
    const result = readItem(item);
    return result.kind === 'item' && result.item.type === type ? [result.item as T] : [];
  });
}

describe('contact points and meetings (pure)', () => {
  it('picks a municipality’s contact points in the feed’s order, all of them without a scope', () => {
    const points = items<ContactPoint>(contactPoints, 'contactPoint');
    expect(contactPointsFor(points, new Set(['564'])).map((p) => p.id)).to.deep.equal([
      'oulu:liikunta',
      'oulu:kulttuuri',
    ]);
    expect(contactPointsFor(points, new Set(['091']))).to.deep.equal([]);
    expect(contactPointsFor(points, new Set())).to.deep.equal([]);
    expect(contactPointsFor(points, undefined)).to.have.length(3);
  });

  it('keeps the contact points of the page’s fields of activity, and those that name none (they cover all)', () => {
    const points = items<ContactPoint>(contactPoints, 'contactPoint');
    const ids = (codes: string[]) => contactPointsFor(points, undefined, new Set(codes)).map((p) => p.id);
    expect(ids(['sports'])).to.deep.equal(['kempele:jarjestoyhteys', 'oulu:liikunta']);
    expect(ids(['culture', 'sports'])).to.deep.equal(['kempele:jarjestoyhteys', 'oulu:liikunta', 'oulu:kulttuuri']);
    expect(ids(['religion'])).to.deep.equal(['kempele:jarjestoyhteys']);
    expect(ids([])).to.have.length(3);
  });

  it('finds the next meeting for associations, not other events, nor past or cancelled ones', () => {
    const events = items<FeedEvent>(meetings(NOW), 'event');
    expect(nextMeeting(events, new Set(['244']), NOW)?.id).to.equal('kempele:jarjestoilta-1');
    const later = new Date(NOW.getTime() + 20 * 86_400_000);
    expect(nextMeeting(events, new Set(['244']), later)?.id).to.equal('kempele:jarjestoilta-2');
    expect(nextMeeting(events, new Set(['564']), NOW)).to.equal(undefined);
    const cancelled = events.map((event) =>
      event.id === 'kempele:jarjestoilta-1' ? { ...event, eventStatus: 'cancelled' as const } : event,
    );
    expect(nextMeeting(cancelled, undefined, NOW)?.id).to.equal('kempele:jarjestoilta-2');
  });
});

describe('<kumppani-contact>', () => {
  it('shows the role, unit, name with consent, e-mail, phone and page', async () => {
    const el = await mount('kumppani-contact', { municipality: '244' });
    const section = $(el, '[part="contact-points"]');
    expect(text(section.querySelector('h2')!)).to.equal('Kunnan yhteyshenkilö yhdistyksille');
    const point = text(section.querySelector('li')!);
    expect(point).to.contain('Järjestöyhdyshenkilö');
    expect(point).to.contain('Hyvinvointipalvelut');
    expect(point).to.contain('Maija Meikäläinen');
    const links = Array.from(section.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal([
      'https://www.kempele.example/yhdistykset',
      'mailto:jarjestot@kempele.example',
      'tel:+358401234567',
    ]);
    // Below the contact, the next meeting with the municipality's associations.
    expect(text($(el, '[part="next-meeting"]'))).to.contain('Järjestöilta');
    await expectAccessible(el, 'contact');
  });

  it('lists one contact per field of activity, and never a name given without consent', async () => {
    const el = await mount('kumppani-contact', { municipality: 'Oulu', 'heading-level': '3' }, 'sv');
    const points = $$(el, '.people > li').map(text);
    expect(points).to.have.length(2);
    expect(points[0]).to.contain('Verksamhetsområden: Idrotts- och motionsföreningar');
    expect(points[1]).to.contain('Verksamhetsområden: Föreningar inom kulturbranschen');
    expect(text($(el, 'h3'))).to.equal('Kommunens kontaktperson för föreningar');
    expect(el.shadowRoot!.textContent).to.not.contain('Ei Suostumusta');
    await expectAccessible(el, 'contact per sector');
  });

  it('shows only the contact for the page’s field of activity with category', async () => {
    const el = await mount('kumppani-contact', { municipality: 'Oulu', category: 'culture' });
    const points = $$(el, '.people > li').map(text);
    expect(points).to.have.length(1);
    expect(points[0]).to.contain('Kulttuurialan yhdistykset');
  });

  it('finds the municipality by a name the feed gives in any language', async () => {
    const el = await mount('kumppani-contact', { municipality: 'Anár' });
    expect($$(el, '.people > li').map(text)).to.deep.equal(['Yhdistysyhteyshenkilö Sähköposti: searvi@anar.example']);
    // A name that matches no municipality shows no one's contact rather than everyone's.
    const unknown = await mount('kumppani-contact', { municipality: 'Atlantis' });
    expect($$(unknown, '.people > li')).to.have.length(0);
  });

  it('says so when the municipality has named no one', async () => {
    const el = await mount('kumppani-contact', { municipality: '598' }, 'en');
    expect($$(el, '[part="contact-points"]')).to.have.length(0);
    expect(text($(el, '.corner'))).to.equal('The municipality has not named a contact for associations.');
    await expectAccessible(el, 'no contact');
  });

  it('shows an error with a retry when the feed cannot be loaded', async () => {
    counter += 1;
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
    const el = document.createElement('kumppani-contact') as KumppaniContact;
    el.feed = DOWN;
    wrapper.append(el);
    const error = await oneEvent(el, 'kumppani-error');
    expect(error.detail).to.include({ kind: 'http', status: 503 });
    await waitUntil(() => el.shadowRoot?.querySelector('.error'), 'no error shown', { timeout: 15_000 });
    expect(text($(el, '[role="alert"]'))).to.contain('Tietoja ei saatu ladattua');
    await expectAccessible(el, 'contact error');
  });
});

describe('the directory’s corner for associations', () => {
  it('shows the contact points and links the next meeting between the search and the list', async () => {
    const el = await mount('kumppani-directory', { municipality: '244', meetings: '/tapaamiset.html' });
    const corner = $(el, '.corner');
    // Below the search box, which it therefore never moves when it arrives with the feed.
    expect($(el, '#search').compareDocumentPosition(corner) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(corner.compareDocumentPosition($(el, '.list')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(text($(el, '[part="contact-points"]'))).to.contain('Järjestöyhdyshenkilö');
    const meeting = $(el, '[part="next-meeting"]');
    expect(text(meeting)).to.match(
      /^Kunnan ja yhdistysten seuraava tapaaminen: \d+\.\d+\.\d{4} \d+\.\d\d, Järjestöilta$/,
    );
    expect(meeting.querySelector('a')!.getAttribute('href')).to.equal('/tapaamiset.html');
    await expectAccessible(el, 'directory with its corner');
  });

  it('links the meeting’s own page when no meetings page is given, and ignores a script address', async () => {
    const el = await mount('kumppani-directory', { municipality: '244', meetings: 'javascript:alert(1)' }, 'sv');
    const link = $(el, '[part="next-meeting"] a');
    expect(link.getAttribute('href')).to.equal('https://www.kempele.example/jarjestoilta');
    expect(text($(el, '[part="next-meeting"]'))).to.contain('Kommunens och föreningarnas nästa möte');
  });

  it('shows nothing above the list with contact="none", or where there is nothing to show', async () => {
    const hidden = await mount('kumppani-directory', { municipality: '244', contact: 'none' });
    expect($$(hidden, '.corner')).to.have.length(0);
    hidden.removeAttribute('contact');
    await hidden.updateComplete;
    expect($$(hidden, '[part="contact-points"]')).to.have.length(1);
    const jakobstad = await mount('kumppani-directory', { municipality: '598' });
    expect($$(jakobstad, '.corner')).to.have.length(0);
  });

  it('shows, on a page of one field of activity, only the contact points that cover it', async () => {
    const sports = await mount('kumppani-directory', { municipality: 'Oulu', category: 'sports' });
    const points = $$(sports, '.people > li').map(text);
    expect(points).to.have.length(1);
    expect(points[0]).to.contain('Urheilu- ja liikuntayhdistykset');
    const religion = await mount('kumppani-directory', { municipality: 'Oulu', category: 'religion' });
    expect($$(religion, '[part="contact-points"]')).to.have.length(0);
  });
});

describe('<kumppani-events target-group="associations">', () => {
  /** Kempele's events for one target group, once some are listed. */
  async function eventsFor(targetGroup: string): Promise<HTMLElement> {
    counter += 1;
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
    const el = document.createElement('kumppani-events');
    el.setAttribute('target-group', targetGroup);
    el.setAttribute('municipality', '244');
    el.feed = `${FEED}?contact=${counter}`;
    wrapper.append(el);
    await waitUntil(() => $$(el, '.card-button').length > 0, 'events listed', { timeout: 15_000 });
    return el;
  }

  it('lists only the meetings for associations', async () => {
    const el = await eventsFor('associations');
    expect($$(el, '.card-button').map(text)).to.deep.equal(['Järjestöilta', 'Kevään järjestöilta']);
    await expectAccessible(el, 'meetings');
  });

  it('while a page for a group of residents lists what is for everyone too, and no meeting', async () => {
    const el = await eventsFor('seniors');
    expect($$(el, '.card-button').map(text)).to.deep.equal(['Konsertti']);
  });
});
