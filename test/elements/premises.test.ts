import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http } from 'msw/core/http';
import '../../src/elements/premises/define.js';
import type { KumppaniPremises } from '../../src/elements/premises/premises.js';
import { mockFeeds, json } from '../support/msw.js';
import { FEED, envelope, associations } from '../support/feed.js';
import { premises } from '../support/partnership.js';
import { $, $$, status, expectAccessible, expectReflows } from '../support/widgets.js';

let counter = 0;

/** Waits for the list, an empty result or an error; a busy machine can hold a served answer back for seconds. */
async function settled(el: KumppaniPremises): Promise<KumppaniPremises> {
  await waitUntil(() => el.shadowRoot?.querySelector('.list, .empty, .error'), 'did not settle', { timeout: 15_000 });
  await el.updateComplete;
  return el;
}
const BROKEN = 'https://yhdistykset.example/broken.json';

before(async () => {
  await mockFeeds(
    http.get(FEED, () => json(envelope([...associations, ...premises], { feedVersion: '1.1' }))),
    http.get(BROKEN, () => new Response('not json', { status: 200 })),
  );
});

beforeEach(() => history.replaceState(null, '', location.pathname + location.search));

async function mount(attributes: Record<string, string> = {}, lang = 'fi'): Promise<KumppaniPremises> {
  counter += 1;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('kumppani-premises');
  el.feed = `${FEED}?premises=${counter}`;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  return settled(el);
}

const names = (el: KumppaniPremises) => $$(el, '.card-button').map((button) => button.textContent!.trim());

async function toggle(el: KumppaniPremises, key: string, value: string): Promise<void> {
  ($(el, `#filter-${key}-${value}`) as HTMLInputElement).click();
  await el.updateComplete;
}

async function search(el: KumppaniPremises, text: string): Promise<void> {
  const input = $(el, '#search') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  input.form!.requestSubmit();
  await el.updateComplete;
}

async function capacity(el: KumppaniPremises, value: string): Promise<void> {
  const input = $(el, '#capacity') as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<kumppani-premises>', () => {
  it('lists the valid spaces by name with owner, place, size and price, and reports the invalid one', async () => {
    counter += 1;
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
    const el = document.createElement('kumppani-premises');
    el.feed = `${FEED}?premises=${counter}`;
    wrapper.append(el);
    const load = await oneEvent(el, 'kumppani-load');
    expect(load.detail).to.include({ count: 4, total: 4 });
    expect(load.detail.skipped.map((item: { id: string }) => item.id)).to.deep.equal(['rikki:1']);
    await settled(el);
    expect(names(el)).to.deep.equal([
      'Kokoushuone Kaisla',
      'Nuorisotalon sali',
      'Tuiran seurakuntatalon kerhohuone',
      'Zatelliitin kylätalo',
    ]);
    expect(status(el)).to.equal('4 tilaa');
    const kaisla = $$(el, 'article')[0]!.textContent!.replace(/\s+/g, ' ');
    expect(kaisla).to.contain('Omistaja: Kempele');
    expect(kaisla).to.contain('Kempele · Kokoustila · 20 henkilöä');
    expect(kaisla).to.contain('Maksuton yhdistyksille');
    // A village hall owned by an association of the feed links to the association.
    const hall = $$(el, 'article')[3]!;
    const owner = hall.querySelector('a')!;
    expect(owner.textContent).to.equal('Kempeleen Eläkeläiset ry');
    expect(owner.getAttribute('href')).to.equal('https://ihimiset.example/yhdistys/1042');
    const parish = $$(el, 'article')[2]!.textContent!.replace(/\s+/g, ' ');
    expect(parish).to.contain('Omistaja: Oulun seurakuntayhtymä');
  });

  it('finds spaces by Finnish word forms, equipment and owner', async () => {
    const el = await mount();
    await search(el, 'kokoushuoneessa');
    expect(names(el)).to.deep.equal(['Kokoushuone Kaisla']);
    expect($(el, '.card-button mark').textContent).to.equal('Kokoushuone');
    await search(el, 'videotykki');
    expect(names(el)).to.deep.equal(['Kokoushuone Kaisla']);
    await search(el, 'eläkeläiset');
    expect(names(el)).to.deep.equal(['Zatelliitin kylätalo']);
  });

  it('finds a free meeting room for 15 people with a wheelchair-accessible entrance', async () => {
    const el = await mount();
    ($(el, 'details') as HTMLDetailsElement).open = true;
    await el.updateComplete;
    const change = oneEvent(el, 'kumppani-change');
    await toggle(el, 'pricing', 'free');
    expect((await change).detail.filters.pricing).to.deep.equal(['free']);
    await toggle(el, 'spaceType', 'meeting-room');
    await toggle(el, 'accessibility', 'wheelchair');
    expect(names(el)).to.deep.equal(['Kokoushuone Kaisla', 'Tuiran seurakuntatalon kerhohuone']);
    await capacity(el, '25');
    expect(names(el)).to.deep.equal(['Tuiran seurakuntatalon kerhohuone']);
    await capacity(el, '15');
    expect(names(el)).to.deep.equal(['Kokoushuone Kaisla', 'Tuiran seurakuntatalon kerhohuone']);
    const chips = $$(el, '[part~="chip"]').map((chip) => chip.textContent!.replace(/\s+/g, ' ').trim());
    expect(chips).to.include('Henkilömäärä vähintään 15×');
    // The municipality filter is offered because the spaces are in two municipalities.
    await toggle(el, 'municipality', '244');
    expect(names(el)).to.deep.equal(['Kokoushuone Kaisla']);
    await expectAccessible(el, 'premises filtered');
    // A capacity that is not a whole number ≥ 1 is no filter.
    await capacity(el, '-3');
    expect(($(el, '#capacity') as HTMLInputElement).value).to.equal('');
  });

  it('lets a keyboard user find a free room for 15 with a wheelchair entrance and reach its booking link', async () => {
    const el = await mount({}, 'sv');
    const activeId = () => el.shadowRoot!.activeElement?.id ?? '';
    /** Tabs forward until the element with `id` has focus (a bounded number of steps). */
    async function tabTo(id: string): Promise<void> {
      for (let step = 0; step < 40 && activeId() !== id; step++) await sendKeys({ press: 'Tab' });
      expect(activeId(), `focus on #${id}`).to.equal(id);
    }
    ($(el, '#search') as HTMLInputElement).focus();
    await sendKeys({ press: 'Tab' });
    // The disclosure's summary, opened with Enter.
    expect(el.shadowRoot!.activeElement?.localName).to.equal('summary');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await tabTo('capacity');
    await sendKeys({ type: '15' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    for (const id of ['filter-pricing-free', 'filter-spaceType-meeting-room', 'filter-accessibility-wheelchair']) {
      await tabTo(id);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
    }
    expect(names(el)).to.deep.equal(['Mötesrum Kaisla', 'Tuiran seurakuntatalon kerhohuone']);
    await tabTo('open-0');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = $(el, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    const book = Array.from(dialog.querySelectorAll('a')).find((a) => a.textContent!.trim() === 'Boka lokalen')!;
    expect(book.getAttribute('href')).to.equal('https://varaamo.example/kaisla');
    for (let step = 0; step < 10 && el.shadowRoot!.activeElement !== book; step++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(book);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(activeId()).to.equal('open-0');
  });

  it('reflows at 320 CSS px with its filters and detail open', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mount();
      ($(el, 'details') as HTMLDetailsElement).open = true;
      await el.updateComplete;
      await expectReflows(el, 320);
    } finally {
      await setViewport({ width: 1024, height: 768 });
    }
  });

  it('counts each price, type and accessibility value and orders prices free first', async () => {
    const el = await mount();
    ($(el, 'details') as HTMLDetailsElement).open = true;
    await el.updateComplete;
    const pricing = $$(el, 'fieldset')
      .find((set) => set.querySelector('legend')!.textContent === 'Hinta yhdistyksille')!
      .textContent!.replace(/\s+/g, ' ');
    // The counts' brackets are drawn by the styles; the text holds the numbers.
    expect(pricing).to.contain('Maksuton yhdistyksille2 Alennettu hinta yhdistyksille1 Maksullinen1');
    expect($(el, 'label[for="filter-spaceType-kitchen"] .count').textContent).to.equal('2');
    expect($(el, 'label[for="filter-accessibility-wheelchair"] .count').textContent).to.equal('3');
  });

  it('scopes to the page’s municipalities', async () => {
    expect(names(await mount({ municipality: 'Oulu' }))).to.deep.equal(['Tuiran seurakuntatalon kerhohuone']);
  });

  it('shows where, what, when and how to book in the detail, and drops an unsafe booking link', async () => {
    const el = await mount();
    const select = oneEvent(el, 'kumppani-select');
    $$(el, '.card-button')[0]!.click();
    expect((await select).detail.premise.id).to.equal('kempele:tila-12');
    await el.updateComplete;
    const dialog = $(el, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    const text = dialog.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Kirkonkylänkatu 1');
    expect(text).to.contain('90440 Kempele');
    expect(text).to.contain('Näyttö, videotykki ja kahvinkeitin');
    expect(text).to.contain('Ma–pe 8–21');
    expect(text).to.contain('Maksuton yhdistyksille. Maksuton rekisteröidyille yhdistyksille');
    expect(text).to.contain('Varaa viimeistään viikkoa ennen.');
    expect(text).to.contain('Induktiosilmukka');
    const links = Array.from(dialog.querySelectorAll('a')).map((a) => [a.textContent!.trim(), a.getAttribute('href')]);
    expect(links).to.deep.include(['Varaa tila', 'https://varaamo.example/kaisla']);
    expect(links).to.deep.include(['Sähköposti: tilat@kempele.example', 'mailto:tilat@kempele.example']);
    expect(links.find(([label]) => label === 'Näytä kartalla')![1]).to.contain('mlat=64.91260');
    await expectAccessible(el, 'premise detail');
    ($(el, '[part="detail-close"]') as HTMLButtonElement).click();
    await el.updateComplete;

    $$(el, '.card-button')[3]!.click();
    await el.updateComplete;
    const hall = $(el, 'dialog');
    expect(Array.from(hall.querySelectorAll('a')).some((a) => a.href.startsWith('javascript:'))).to.equal(false);
    expect(hall.textContent).to.contain('kylatalo@zatelliitti.example');
  });

  it('keeps its search in the address', async () => {
    const el = await mount();
    await search(el, 'kaisla');
    await waitUntil(() => location.hash === '#p.q=kaisla', `hash ${location.hash}`);
  });

  it('restores filters and an open space from a shared link', async () => {
    history.replaceState(null, '', '#p.pricing=free&p.capacity=25&p.open=kempele%3Atila-12');
    const restored = await mount();
    expect(names(restored)).to.deep.equal(['Tuiran seurakuntatalon kerhohuone']);
    expect(($(restored, '#capacity') as HTMLInputElement).value).to.equal('25');
    await waitUntil(() => ($(restored, 'dialog') as HTMLDialogElement).open);
    ($(restored, '[part="detail-close"]') as HTMLButtonElement).click();
  });

  it('shows an error when the feed is not JSON, without a retry that cannot help', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="sv"></div>`);
    const el = document.createElement('kumppani-premises');
    el.feed = BROKEN;
    wrapper.append(el);
    const error = await oneEvent(el, 'kumppani-error');
    expect(error.detail.kind).to.equal('format');
    await settled(el);
    expect($(el, '[role="alert"]').textContent).to.contain('Uppgifterna kan inte visas');
    expect(el.shadowRoot!.querySelector('#retry')).to.equal(null);
    await expectAccessible(el, 'premises error');
  });

  it('refuses a format that gives no spaces, and LIPAS where its adapter is not loaded', async () => {
    const el = await mount({ format: 'ptv' });
    expect($(el, '[role="alert"]').textContent).to.contain('Tietoja ei voitu näyttää');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
    const lipas = document.createElement('kumppani-premises');
    lipas.setAttribute('format', 'lipas');
    lipas.setAttribute('municipality', '244');
    lipas.feed = 'https://api.lipas.fi/v2/';
    wrapper.append(lipas);
    const error = await oneEvent(lipas, 'kumppani-error');
    expect(error.detail.message).to.contain('kumppani-all.js');
  });

  for (const lang of ['fi', 'sv', 'en']) {
    it(`passes axe in every state (${lang})`, async () => {
      const el = await mount({}, lang);
      await expectAccessible(el, `premises ${lang}`);
      ($(el, 'details') as HTMLDetailsElement).open = true;
      await toggle(el, 'accessibility', 'wheelchair');
      await capacity(el, '15');
      await expectAccessible(el, `premises filtered ${lang}`);
      $$(el, '.card-button')[0]!.click();
      await el.updateComplete;
      await expectAccessible(el, `premise detail ${lang}`);
      ($(el, '[part="detail-close"]') as HTMLButtonElement).click();
      await el.updateComplete;
      await search(el, 'zzzzzz');
      expect($$(el, 'article')).to.have.length(0);
      await expectAccessible(el, `premises no results ${lang}`);
    });
  }
});
