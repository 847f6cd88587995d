import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http } from 'msw/core/http';
import '../../src/elements/events/define.js';
import type { KumppaniEvents } from '../../src/elements/events/events.js';
import { mockFeeds, json } from '../support/msw.js';
import { FEED, NOW, envelope, associations, events } from '../support/feed.js';
import { settled, $, $$, status, expectAccessible, expectReflows } from '../support/widgets.js';

let serve: () => Response;
let counter = 0;

before(async () => {
  await mockFeeds(
    http.get(FEED, () => serve()),
    http.get('https://yhdistykset.example/taxonomy.json', () => new Response(null, { status: 404 })),
  );
});

beforeEach(() => {
  serve = () => json(envelope([...associations, ...events]));
  history.replaceState(null, '', location.pathname + location.search);
});

async function mount(attributes: Record<string, string> = {}, lang = 'fi'): Promise<KumppaniEvents> {
  counter += 1;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('kumppani-events');
  el.now = NOW;
  el.feed = `${FEED}?events=${counter}`;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  return settled(el);
}

const names = (el: KumppaniEvents) => $$(el, '.card-button').map((button) => button.textContent!.trim());
const headings = (el: KumppaniEvents) => $$(el, '.day-heading').map((heading) => heading.textContent!.trim());

async function toggle(el: KumppaniEvents, key: string, value: string): Promise<void> {
  ($(el, `#filter-${key}-${value}`) as HTMLInputElement).click();
  await el.updateComplete;
}

describe('<kumppani-events>', () => {
  it('lists upcoming and ongoing events soonest first under date headings, in Finnish', async () => {
    const el = await mount();
    expect(headings(el)).to.deep.equal(['Tänään', 'Huomenna', 'la 19.6.2027']);
    expect(names(el)).to.deep.equal([
      'Käsityönäyttely',
      'Kesäkonsertti, laulua; ja "soittoa"',
      'Kuoroharjoitus verkossa',
      'Yleisurheilukoulu lapsille',
    ]);
    expect($$(el, '.day-heading')[0]!.localName).to.equal('h3');
    expect($$(el, '.card-heading')[0]!.localName).to.equal('h4');
    const concert = $$(el, 'article')[1]!;
    expect(concert.querySelector('time')!.textContent).to.equal('12.30–16.30');
    expect(concert.textContent).to.contain('Seurakuntatalo, Kempele');
    expect(concert.textContent).to.contain('Järjestäjä: Kempeleen Eläkeläiset ry');
    expect(concert.textContent).to.contain('Maksuton');
    expect(status(el)).to.equal('4 tapahtumaa');
  });

  it('marks cancelled and postponed events in words, not only by colour', async () => {
    const el = await mount();
    const badges = $$(el, '[part="badge"]').map((badge) => badge.textContent!.trim());
    expect(badges).to.deep.equal(['Peruttu', 'Siirretty']);
  });

  it('speaks Swedish and English, with their own date and time styles', async () => {
    const sv = await mount({}, 'sv');
    expect(headings(sv)).to.deep.equal(['I dag', 'I morgon', 'lö 19.6.2027']);
    expect(names(sv)).to.include('Friidrottsskola för barn');
    const en = await mount({}, 'en');
    expect(headings(en)).to.deep.equal(['Today', 'Tomorrow', 'Sat 19 June 2027']);
    expect($$(en, 'article')[1]!.querySelector('time')!.textContent).to.equal('12:30–16:30');
    expect(status(en)).to.equal('4 events');
  });

  it('limits by days ahead, organiser and municipality', async () => {
    expect(names(await mount({ days: '365' }))).to.include('Joulumyyjäiset');
    expect(names(await mount({ organizer: 'ihimiset:1042' }))).to.deep.equal([
      'Käsityönäyttely',
      'Kesäkonsertti, laulua; ja "soittoa"',
    ]);
    expect(names(await mount({ municipality: 'Jakobstad' }))).to.deep.equal(['Yleisurheilukoulu lapsille']);
  });

  it('filters by when, price, attendance, category, language, age and a date range', async () => {
    const el = await mount();
    ($(el, 'details') as HTMLDetailsElement).open = true;
    await toggle(el, 'when', 'today');
    expect(names(el)).to.deep.equal(['Käsityönäyttely', 'Kesäkonsertti, laulua; ja "soittoa"']);
    await toggle(el, 'when', 'today');
    await toggle(el, 'free', 'free');
    expect(names(el)).to.deep.equal(['Käsityönäyttely', 'Kesäkonsertti, laulua; ja "soittoa"']);
    await toggle(el, 'free', 'free');
    await toggle(el, 'attendance', 'online');
    expect(names(el)).to.deep.equal(['Kuoroharjoitus verkossa']);
    await toggle(el, 'attendance', 'online');
    await toggle(el, 'category', 'sports');
    expect(names(el)).to.deep.equal(['Yleisurheilukoulu lapsille']);
    await toggle(el, 'category', 'sports');
    await toggle(el, 'language', 'sv');
    expect(names(el)).to.deep.equal(['Yleisurheilukoulu lapsille']);
    await toggle(el, 'language', 'sv');

    const age = $(el, '#age') as HTMLInputElement;
    age.value = '15';
    age.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.not.include('Yleisurheilukoulu lapsille');
    expect(names(el)).to.have.length(3);
    age.value = '';
    age.dispatchEvent(new Event('change'));
    await el.updateComplete;

    const from = $(el, '#date-from') as HTMLInputElement;
    from.value = '2027-06-19';
    from.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Yleisurheilukoulu lapsille']);
    expect($$(el, '[part~="chip"]').map((chip) => chip.getAttribute('aria-label'))).to.deep.equal([
      'Poista suodatin: 19.6.2027–19.6.2027',
    ]);
    await waitUntil(() => location.hash === '#e.when=2027-06-19%2F2027-06-19', `hash ${location.hash}`);
    await expectAccessible(el, 'events filtered');
  });

  it('searches with the directory’s engine and keeps time order', async () => {
    const el = await mount();
    const input = $(el, '#search') as HTMLInputElement;
    input.value = 'konsertit';
    input.dispatchEvent(new Event('input'));
    input.form!.requestSubmit();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Kesäkonsertti, laulua; ja "soittoa"']);
  });

  it('opens the detail with registration, accessibility and an iCalendar file made in the browser', async () => {
    const el = await mount();
    const opener = $$(el, '.card-button')[1]!;
    opener.focus();
    const select = oneEvent(el, 'kumppani-select');
    await sendKeys({ press: 'Enter' });
    expect((await select).detail.event.id).to.equal('ihimiset:e1');
    await el.updateComplete;
    const dialog = $(el, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    const text = dialog.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Ennakkoilmoittautuminen');
    expect(text).to.contain('viimeistään 14.6.2027 klo 12.00');
    expect(text).to.contain('Esteetön pyörätuolilla');
    const link = dialog.querySelector<HTMLAnchorElement>('[part="calendar-link"]')!;
    expect(link.textContent!.trim()).to.equal('Lisää kalenteriin');
    expect(link.getAttribute('download')).to.match(/^2027-06-14-.*\.ics$/);
    const ics = await (await fetch(link.href)).text();
    expect(ics).to.contain('BEGIN:VEVENT\r\n');
    expect(ics).to.contain('UID:ihimiset%3Ae1@kumppani\r\n');
    expect(ics).to.contain('DTSTART;TZID=Europe/Helsinki:20270614T123000\r\n');
    expect(ics).to.contain('SUMMARY:Kesäkonsertti\\, laulua\\; ja "soittoa"\r\n');
    await expectAccessible(el, 'event detail');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(opener);
  });

  for (const lang of ['fi', 'sv', 'en']) {
    it(`passes axe in every state (${lang})`, async () => {
      const el = await mount({}, lang);
      await expectAccessible(el, `events ${lang}`);
      ($(el, 'details') as HTMLDetailsElement).open = true;
      await toggle(el, 'when', 'week');
      await expectAccessible(el, `events filtered ${lang}`);
      $$(el, '.card-button')[0]!.click();
      await el.updateComplete;
      await expectAccessible(el, `event detail ${lang}`);
      ($(el, '[part="detail-close"]') as HTMLButtonElement).click();
      await el.updateComplete;
      const input = $(el, '#search') as HTMLInputElement;
      input.value = 'zzzzzz';
      input.dispatchEvent(new Event('input'));
      input.form!.requestSubmit();
      await el.updateComplete;
      expect($$(el, 'article')).to.have.length(0);
      await expectAccessible(el, `events no results ${lang}`);

      serve = () => new Response('', { status: 500 });
      const original = console.error;
      console.error = () => {};
      try {
        const failing = await mount({}, lang);
        expect($(failing, '[role="alert"]').textContent).to.not.equal('');
        await expectAccessible(failing, `events error ${lang}`);
      } finally {
        console.error = original;
      }
    });
  }

  it('reports the feed’s events in kumppani-load', async () => {
    counter += 1;
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
    const el = document.createElement('kumppani-events');
    el.now = NOW;
    el.feed = `${FEED}?events=${counter}`;
    wrapper.append(el);
    const load = await oneEvent(el, 'kumppani-load');
    expect(load.detail).to.include({ count: 4, total: 6 });
    await waitUntil(() => names(el).length === 4);
  });

  it('reflows at 320 CSS px with its filters and detail open', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mount();
      ($(el, 'details') as HTMLDetailsElement).open = true;
      await el.updateComplete;
      await expectReflows(el, 320, 1);
    } finally {
      await setViewport({ width: 1024, height: 768 });
    }
  });
});
