import { expect, fixture, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { html } from 'lit';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { http } from 'msw/core/http';
import '../../src/elements/directory/define.js';
import type { KumppaniDirectory } from '../../src/elements/directory/directory.js';
import { mockFeeds, json } from '../support/msw.js';
import { settled, $, $$, status, expectAccessible, expectReflows } from '../support/widgets.js';
import { FEED, envelope, associations, brokenItems } from '../support/feed.js';
import { AXE, criteria } from '../support/criteria.js';

/** A 1 × 1 PNG, for a logo that loads. */
const ONE_PIXEL_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

let serve: () => Response = () => json(envelope(associations));

let feedCounter = 0;
/** A fresh URL per widget: loaded feeds are shared for the page's lifetime. */
function freshFeed(): string {
  feedCounter += 1;
  return `${FEED}?case=${feedCounter}`;
}

before(async () => {
  await mockFeeds(
    http.get(FEED, () => {
      return serve();
    }),
    // These feeds carry no taxonomy, so the widget looks for one beside them.
    http.get('https://yhdistykset.example/taxonomy.json', () => new Response(null, { status: 404 })),
    http.get(
      'https://yhdistykset.example/logo.png',
      () => new Response(ONE_PIXEL_PNG, { headers: { 'Content-Type': 'image/png' } }),
    ),
    http.get('https://yhdistykset.example/missing.png', () => new Response(null, { status: 404 })),
  );
});

beforeEach(() => {
  serve = () => json(envelope(associations));
  history.replaceState(null, '', location.pathname + location.search);
});

async function mount(attributes: Record<string, string> = {}, wrapperLang?: string): Promise<KumppaniDirectory> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${wrapperLang ?? 'fi'}></div>`);
  const el = document.createElement('kumppani-directory');
  el.setAttribute('feed', freshFeed());
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  return el;
}

const loaded = (el: KumppaniDirectory) => settled(el);

function names(el: KumppaniDirectory): string[] {
  return $$(el, '.card-button').map((button) => button.textContent!.trim());
}

async function type(el: KumppaniDirectory, text: string): Promise<void> {
  const input = $(el, '#search') as HTMLInputElement;
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  // Submitting (Enter) skips the debounce.
  input.form!.requestSubmit();
  await el.updateComplete;
}

async function toggleFilter(el: KumppaniDirectory, facet: string, code: string): Promise<void> {
  const box = $(el, `#filter-${facet}-${code}`) as HTMLInputElement;
  box.click();
  await el.updateComplete;
}

describe('<kumppani-directory>', () => {
  describe('states', () => {
    it(`has a polite light-DOM status from the first render, saying it is loading ${criteria('4.1.3')}`, async () => {
      let release!: () => void;
      serve = () => {
        const response = json(envelope(associations));
        return new Promise<Response>((resolve) => (release = () => resolve(response))) as never;
      };
      const el = await mount();
      await el.updateComplete;
      const node = el.querySelector('[role="status"]')!;
      expect(node.getAttribute('aria-live')).to.equal('polite');
      expect(node.parentElement).to.equal(el);
      expect(node.assignedSlot).to.not.equal(null);
      expect(status(el)).to.equal('Ladataan yhdistyksiä…');
      await waitUntil(() => release);
      release();
      await loaded(el);
      expect(status(el)).to.equal('5 yhdistystä');
      expect(el.querySelectorAll('[role="status"]')).to.have.length(1);
    });

    it('lists every valid association as ul > li > article, sorted by name, with the feed’s attribution', async () => {
      const el = await loaded(await mount());
      expect(names(el)).to.deep.equal([
        'Jakobstads Manskör rf',
        'Kempeleen Eläkeläiset ry',
        'Kempeleen Lentopalloseura ry',
        'Oulun Mieskuoro ry',
        'Pietarsaaren Urheiluseura ry',
      ]);
      for (const li of $$(el, '.list > li')) {
        expect(li.firstElementChild!.localName).to.equal('article');
      }
      const attribution = $(el, '[part="attribution"]');
      expect(attribution.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Tiedot: Ihimiset.fi (lisenssi CC-BY-4.0)');
      expect(attribution.querySelector('a')!.getAttribute('href')).to.equal('https://ihimiset.example/');
    });

    it('keeps each card’s name heading holding only the button; contact links sit beside it', async () => {
      const el = await loaded(await mount());
      const card = $$(el, 'article').find((article) => article.textContent!.includes('Eläkeläiset'))!;
      const heading = card.querySelector('h3')!;
      expect(heading.children).to.have.length(1);
      expect(heading.firstElementChild!.localName).to.equal('button');
      const links = Array.from(card.querySelectorAll('a'));
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://kempeleenelakelaiset.example/',
        'mailto:info@kempeleenelakelaiset.example',
        'tel:+358401234567',
      ]);
      for (const link of links) {
        expect(heading.contains(link)).to.equal(false);
      }
      expect(links[0]!.rel).to.equal('noopener noreferrer');
      expect(card.textContent).to.contain('Ikääntyneet');
      expect(card.textContent).to.contain('Sosiaali- ja terveysalan yhdistykset');
    });

    it('uses the heading level it is given', async () => {
      const el = await loaded(await mount({ 'heading-level': '2' }));
      expect($$(el, 'article > h2')).to.have.length(5);
      el.headingLevel = 4;
      await el.updateComplete;
      expect($$(el, 'article > h4')).to.have.length(5);
    });

    it('shows feed text as text: markup is never run and javascript: links never made', async () => {
      const el = await loaded(await mount());
      const card = $$(el, 'article').find((article) => article.textContent!.includes('Lentopalloseura'))!;
      expect(card.textContent).to.contain('<script>alert(1)</script>');
      expect(card.querySelector('script')).to.equal(null);
      const hrefs = Array.from(card.querySelectorAll('a')).map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['mailto:lentopallo@kempele.example']);
    });

    it('reports skipped items to the webmaster (console and event), shows every valid one, hides the rest from residents', async () => {
      serve = () => json(envelope([...associations, ...brokenItems]));
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await mount();
        const event = await oneEvent(el, 'kumppani-load');
        await loaded(el);
        expect(event.detail.count).to.equal(5);
        expect(event.detail.total).to.equal(5);
        expect(event.detail.skipped.map((s: { id: string }) => s.id)).to.include.members([
          'broken:no-name',
          'broken:code',
        ]);
        expect(event.detail.skipped).to.have.length(3);
        expect(event.detail.dropped.some((d: { field: string }) => d.field.includes('website'))).to.equal(true);
        expect(names(el)).to.have.length(5);
        expect(el.shadowRoot!.textContent).to.not.contain('broken');
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      } finally {
        console.warn = original;
      }
      expect(warnings.some((args) => String(args[0]).includes('3 invalid item'))).to.equal(true);
    });

    it('shows an alert and a retry button on an HTTP error, fires kumppani-error, and recovers on retry', async () => {
      serve = () => new Response('nope', { status: 503 });
      const errors: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      let el: KumppaniDirectory;
      try {
        el = await mount();
        const event = await oneEvent(el, 'kumppani-error');
        expect(event.detail).to.include({ kind: 'http', status: 503 });
        await loaded(el);
      } finally {
        console.error = original;
      }
      expect(errors).to.have.length(1);
      const alert = $(el, '[role="alert"]');
      expect(alert.textContent).to.contain('Yhdistystietoja ei saatu ladattua');
      expect($$(el, '.card')).to.have.length(0);
      await expectAccessible(el, 'error fi');

      serve = () => json(envelope(associations));
      const retry = $(el, '#retry');
      retry.focus();
      retry.click();
      await waitUntil(() => el.shadowRoot!.querySelector('.list'));
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'search', 'focus continues from the search box');
      expect(names(el)).to.have.length(5);
    });

    it('says an unsupported feed version in the resident’s language and renders nothing from it', async () => {
      serve = () => json(envelope(associations, { feedVersion: '2.0' }));
      const original = console.error;
      console.error = () => {};
      try {
        const el = await mount({ lang: 'sv' });
        const event = await oneEvent(el, 'kumppani-error');
        expect(event.detail.kind).to.equal('version');
        await loaded(el);
        expect($(el, '[role="alert"]').textContent).to.contain('datakällans version inte stöds');
        expect($$(el, '.card')).to.have.length(0);
      } finally {
        console.error = original;
      }
    });

    it('keeps a loaded copy on screen, labelled with its time, when a reload fails', async () => {
      const el = await loaded(await mount());
      serve = () => Response.error();
      const original = console.error;
      console.error = () => {};
      try {
        await el.reload();
      } finally {
        console.error = original;
      }
      await el.updateComplete;
      expect($(el, '[role="alert"]').textContent).to.match(/aiemmin ladatut tiedot \(klo \d{1,2}\.\d{2}\)/);
      expect(names(el)).to.have.length(5);
    });
  });

  describe('search and filters', () => {
    it('filters as the resident types (debounced), highlights matches and fires kumppani-change', async () => {
      const el = await loaded(await mount());
      const input = $(el, '#search') as HTMLInputElement;
      input.value = 'kuoro';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      expect(names(el)).to.have.length(5); // not yet: debounced
      const change = await oneEvent(el, 'kumppani-change');
      expect(change.detail).to.deep.include({ query: 'kuoro', count: 1 });
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Oulun Mieskuoro ry']);
      expect($(el, '.card-button mark').textContent).to.equal('kuoro');
      expect(status(el)).to.equal('1 yhdistys');
    });

    it('finds inflected, unaccented and misspelt words', async () => {
      const el = await loaded(await mount());
      await type(el, 'elakelaisille');
      expect(names(el)).to.deep.equal(['Kempeleen Eläkeläiset ry']);
      await type(el, 'lentopalo');
      expect(names(el)).to.deep.equal(['Kempeleen Lentopalloseura ry']);
      await type(el, 'kören');
      expect(names(el)).to.deep.equal(['Jakobstads Manskör rf']);
    });

    it('offers only values present, with counts, in a fieldset per group; chips remove them', async () => {
      const el = await loaded(await mount());
      const legends = $$(el, 'fieldset > legend').map((legend) => legend.textContent!.trim());
      expect(legends).to.deep.equal(['Toimiala', 'Kohderyhmä', 'Toimintakieli', 'Kunta']);
      // The brackets around a count are drawn by the styles (see the rough-edges tests).
      const categoryLabels = $$(el, 'fieldset:first-of-type label').map(
        (l) => `${l.firstElementChild!.textContent!.trim()} (${l.querySelector('.count')!.textContent})`,
      );
      expect(categoryLabels).to.deep.equal([
        'Sosiaali- ja terveysalan yhdistykset (1)',
        'Kulttuurialan yhdistykset (2)',
        'Vapaa-ajan yhdistykset (1)',
        'Urheilu- ja liikuntayhdistykset (2)',
      ]);

      await toggleFilter(el, 'category', 'sports');
      expect(names(el)).to.deep.equal(['Kempeleen Lentopalloseura ry', 'Pietarsaaren Urheiluseura ry']);
      await toggleFilter(el, 'municipality', '244');
      expect(names(el)).to.deep.equal(['Kempeleen Lentopalloseura ry']);
      const chips = $$(el, '[part~="chip"]');
      expect(chips.map((chip) => chip.getAttribute('aria-label'))).to.deep.equal([
        'Poista suodatin: Urheilu- ja liikuntayhdistykset',
        'Poista suodatin: Kempele',
      ]);

      chips[0]!.focus();
      chips[0]!.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Kempeleen Eläkeläiset ry', 'Kempeleen Lentopalloseura ry']);
      // Focus moves to the chip that took the removed one's place.
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Poista suodatin: Kempele');

      const clearAll = $$(el, '.chips > button')[0]!;
      clearAll.click();
      await el.updateComplete;
      expect(names(el)).to.have.length(5);
      expect(el.shadowRoot!.activeElement?.id).to.equal('search');
    });

    it('shows no results with a button that clears the search and filters', async () => {
      const el = await loaded(await mount());
      await type(el, 'sukellusseura');
      expect($$(el, '.card')).to.have.length(0);
      expect(status(el)).to.equal('Hakuehdoilla ei löytynyt yhdistyksiä.');
      await expectAccessible(el, 'no results fi');
      const clear = $(el, '.empty button');
      expect(clear.textContent!.trim()).to.equal('Tyhjennä haku ja suodattimet');
      clear.click();
      await el.updateComplete;
      expect(names(el)).to.have.length(5);
      expect(($(el, '#search') as HTMLInputElement).value).to.equal('');
      expect(el.shadowRoot!.activeElement?.id).to.equal('search');
    });

    it('sorts by name or by most recently updated', async () => {
      const el = await loaded(await mount());
      const select = $(el, '#sort') as HTMLSelectElement;
      select.value = 'updated';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(names(el)[0]).to.equal('Kempeleen Lentopalloseura ry');
      expect(names(el).at(-1)).to.equal('Jakobstads Manskör rf');
    });

    it('ranks by relevance when there is a query, and sorts the matches when asked', async () => {
      const el = await loaded(await mount());
      await type(el, 'kuoro');
      await type(el, 'kör');
      // "kör" is a compound part of one name and the stem of "kören" in its description.
      expect(names(el)).to.deep.equal(['Jakobstads Manskör rf']);
      await type(el, 'kempele');
      expect(names(el)).to.deep.equal(['Kempeleen Eläkeläiset ry', 'Kempeleen Lentopalloseura ry']);
      const select = $(el, '#sort') as HTMLSelectElement;
      select.value = 'updated';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Kempeleen Lentopalloseura ry', 'Kempeleen Eläkeläiset ry']);
      await waitUntil(() => location.hash.includes('k.sort=updated'), `hash ${location.hash}`);
    });
  });

  describe('scope attributes', () => {
    it('limits to municipalities by code or by name, including areas served', async () => {
      const byCode = await loaded(await mount({ municipality: '244' }));
      expect(names(byCode)).to.deep.equal(['Kempeleen Eläkeläiset ry', 'Kempeleen Lentopalloseura ry']);
      const byName = await loaded(await mount({ municipality: 'Jakobstad, Oulu' }));
      expect(names(byName)).to.deep.equal([
        'Jakobstads Manskör rf',
        'Kempeleen Eläkeläiset ry',
        'Oulun Mieskuoro ry',
        'Pietarsaaren Urheiluseura ry',
      ]);
      // One municipality in scope: no municipality filter group, though an association also serves Oulu.
      expect($$(byCode, 'legend').map((l) => l.textContent!.trim())).to.not.include('Kunta');
      // Two in scope: the group offers just those two.
      const municipalityOptions = $$(byName, '[id^="filter-municipality-"]').map((box) => box.id);
      expect(municipalityOptions).to.have.members(['filter-municipality-564', 'filter-municipality-598']);
      const unknown = await loaded(await mount({ municipality: 'Atlantis' }));
      expect($$(unknown, '.card')).to.have.length(0);
    });

    it('limits to categories and target groups, and reacts to attribute changes', async () => {
      const el = await loaded(await mount({ category: 'culture' }));
      expect(names(el)).to.deep.equal(['Jakobstads Manskör rf', 'Oulun Mieskuoro ry']);
      el.setAttribute('target-group', 'seniors');
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Jakobstads Manskör rf']);
      el.removeAttribute('category');
      el.removeAttribute('target-group');
      await el.updateComplete;
      expect(names(el)).to.have.length(5);
    });

    it('loads another feed when the feed attribute changes', async () => {
      const el = await loaded(await mount());
      serve = () => json(envelope(associations.slice(0, 2)));
      el.feed = freshFeed();
      await waitUntil(() => names(el).length === 2, 'the new feed was not shown');
    });
  });

  describe('paging', () => {
    it(`shows page-size cards, then more; focus moves to the first new card and the count is announced ${criteria('2.4.3', '4.1.3')}`, async () => {
      const el = await loaded(await mount({ 'page-size': '2' }));
      expect(names(el)).to.have.length(2);
      expect(status(el)).to.equal('5 yhdistystä, joista näytetään 2.');
      $(el, '[part="more"]').click();
      await el.updateComplete;
      expect(names(el)).to.have.length(4);
      expect(el.shadowRoot!.activeElement?.id).to.equal('open-2');
      expect(status(el)).to.equal('5 yhdistystä, joista näytetään 4.');
      $(el, '[part="more"]').click();
      await el.updateComplete;
      expect(names(el)).to.have.length(5);
      expect(el.shadowRoot!.querySelector('[part="more"]')).to.equal(null);
    });
  });

  describe('detail view', () => {
    it('shows a logo that loads, and leaves out one that does not rather than show it broken', async () => {
      const withLogo = (id: string, name: string, file: string) => ({
        ...associations[0]!,
        id,
        name: { fi: name },
        logo: { url: `https://yhdistykset.example/${file}`, alt: { fi: `${name}: logo` } },
      });
      serve = () =>
        json(
          envelope([withLogo('l:1', 'Logoseura ry', 'logo.png'), withLogo('l:2', 'Kuvaton seura ry', 'missing.png')]),
        );
      const el = await loaded(await mount());
      const logoOf = async (name: string): Promise<HTMLImageElement> => {
        $$(el, '.card-button')
          .find((b) => b.textContent!.includes(name))!
          .click();
        await waitUntil(() => ($(el, 'dialog') as HTMLDialogElement).open);
        const img = $(el, 'dialog img') as HTMLImageElement;
        await waitUntil(() => img.complete, 'the image settles');
        return img;
      };
      const shown = await logoOf('Logoseura');
      expect(shown.hidden).to.equal(false);
      expect(shown.naturalWidth).to.equal(1);
      const closed = oneEvent($(el, 'dialog'), 'close');
      ($(el, '[part="detail-close"]') as HTMLButtonElement).click();
      await closed;
      await el.updateComplete;
      const broken = await logoOf('Kuvaton');
      await waitUntil(() => broken.hidden, 'a logo that fails to load is hidden');
      await expectAccessible(el, 'detail without its broken logo');
    });

    it('opens as a modal dialog from the name, shows the details, hides contact persons without consent, and restores focus', async () => {
      const el = await loaded(await mount());
      const select = oneEvent(el, 'kumppani-select');
      const button = $$(el, '.card-button').find((b) => b.textContent!.includes('Eläkeläiset'))!;
      button.focus();
      button.click();
      const event = await select;
      expect(event.detail.association.id).to.equal('ihimiset:1042');
      await el.updateComplete;
      const dialog = $(el, 'dialog') as HTMLDialogElement;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('detail-close');
      const text = dialog.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Kokoonnumme tiistaisin seurakuntatalolla.');
      expect(dialog.querySelectorAll('.description p')).to.have.length(2);
      expect(text).to.contain('Kirkonkylänkatu 1');
      expect(text).to.contain('Esteetön pyörätuolilla');
      expect(text).to.contain('Puheenjohtaja');
      expect(text).to.contain('Aino Virtanen');
      expect(text).to.contain('Sihteeri');
      expect(text).to.not.contain('Salainen Henkilö');
      expect(text).to.not.contain('+358501112223');
      expect(text).to.contain('Tiedot päivitetty 14.10.2026');
      const hrefs = Array.from(dialog.querySelectorAll('a')).map((a) => a.getAttribute('href'));
      expect(hrefs).to.include.members([
        'https://www.openstreetmap.org/?mlat=64.91260&mlon=25.50860#map=16/64.91260/25.50860',
        'https://www.facebook.com/kempeleenelakelaiset.example',
        'https://kempeleenelakelaiset.example/liity',
        'https://ihimiset.example/yhdistys/1042',
        'mailto:pj@kempeleenelakelaiset.example',
      ]);
      await waitUntil(() => location.hash.includes('k.open=ihimiset%3A1042'), `hash ${location.hash}`);
      await expectAccessible(el, 'detail fi');

      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await waitUntil(() => !location.hash.includes('open'), `hash ${location.hash}`);
    });

    it('lists the association’s upcoming events and open volunteer tasks', async () => {
      const soon = new Date(Date.now() + 7 * 86_400_000).toISOString();
      const past = new Date(Date.now() - 7 * 86_400_000).toISOString();
      const event = (id: string, startTime: string) => ({
        type: 'event',
        id,
        organizerIds: ['ihimiset:2001'],
        name: { fi: `Konsertti ${id}` },
        startTime,
        location: { name: { fi: 'Tuomiokirkko' } },
      });
      const task = (id: string, endDate?: string) => ({
        type: 'volunteerTask',
        id,
        associationId: 'ihimiset:2001',
        title: { fi: `Tehtävä ${id}` },
        municipality: { code: '564' },
        updatedAt: '2026-01-01T00:00:00Z',
        ...(endDate ? { endDate } : {}),
      });
      serve = () =>
        json(
          envelope([
            ...associations,
            event('tuleva', soon),
            event('mennyt', past),
            task('auki'),
            task('vanha', '2020-01-01'),
          ]),
        );
      const el = await loaded(await mount());
      $$(el, '.card-button')
        .find((b) => b.textContent!.includes('Mieskuoro'))!
        .click();
      await el.updateComplete;
      const text = $(el, 'dialog').textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Tulevat tapahtumat');
      expect(text).to.contain('Konsertti tuleva');
      expect(text).to.not.contain('Konsertti mennyt');
      expect(text).to.contain('Tehtävä auki');
      expect(text).to.not.contain('Tehtävä vanha');
      await expectAccessible(el, 'detail with activities');
    });

    it('lets the host page handle the selection itself', async () => {
      const el = await loaded(await mount());
      el.addEventListener('kumppani-select', (event) => event.preventDefault(), { once: true });
      $$(el, '.card-button')[0]!.click();
      await el.updateComplete;
      expect(($(el, 'dialog') as HTMLDialogElement).open).to.equal(false);
    });
  });

  describe('URL state', () => {
    it('writes search, filters and sort to its namespaced fragment without adding history entries', async () => {
      const el = await loaded(await mount());
      const before = history.length;
      await type(el, 'kuoro');
      await toggleFilter(el, 'language', 'fi');
      await waitUntil(() => location.hash === '#k.q=kuoro&k.language=fi', `hash ${location.hash}`);
      expect(history.length).to.equal(before);
      expect(location.search).to.not.contain('kuoro');
    });

    it('writes the fragment once a burst of changes settles, and what was shown when the widget is removed', async () => {
      const el = await loaded(await mount());
      const replace = history.replaceState;
      const written: string[] = [];
      history.replaceState = function (this: History, ...args: Parameters<History['replaceState']>) {
        written.push(String(args[2]));
        return replace.apply(this, args);
      };
      try {
        for (const typed of ['k', 'ku', 'kuo', 'kuor', 'kuoro']) await type(el, typed);
        await waitUntil(() => location.hash === '#k.q=kuoro', `hash ${location.hash}`);
        expect(written.length, written.join(' ')).to.equal(1);
        await type(el, 'kör');
        el.remove();
        expect(location.hash).to.equal('#k.q=k%C3%B6r');
        await aTimeout(150);
        expect(written.length).to.equal(2);
      } finally {
        history.replaceState = replace;
      }
    });

    it('restores state from a shared link, including an open association', async () => {
      history.replaceState(null, '', '#k.q=kuoro&k.category=culture&k.open=ihimiset%3A3002');
      const el = await loaded(await mount());
      expect(($(el, '#search') as HTMLInputElement).value).to.equal('kuoro');
      expect(names(el)).to.deep.equal(['Oulun Mieskuoro ry']);
      expect(($(el, '#filter-category-culture') as HTMLInputElement).checked).to.equal(true);
      await waitUntil(() => ($(el, 'dialog') as HTMLDialogElement).open);
      ($(el, '[part="detail-close"]') as HTMLButtonElement).click();
      await el.updateComplete;
    });

    it('keeps two widgets apart', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
      const first = document.createElement('kumppani-directory');
      const second = document.createElement('kumppani-directory');
      first.feed = freshFeed();
      second.feed = freshFeed();
      wrapper.append(first, second);
      await loaded(first);
      await loaded(second);
      await type(second, 'kör');
      await waitUntil(() => location.hash === '#k2.q=k%C3%B6r', `hash ${location.hash}`);
      expect(names(first)).to.have.length(5);
    });
  });

  describe('languages', () => {
    it('speaks the language of its own lang, an ancestor’s, or the page’s', async () => {
      const own = await loaded(await mount({ lang: 'en' }, 'sv'));
      expect($(own, 'label[for="search"]').textContent).to.equal('Search associations');
      const inherited = await loaded(await mount({}, 'sv'));
      expect($(inherited, 'label[for="search"]').textContent).to.equal('Sök föreningar');
      expect(status(inherited)).to.equal('5 föreningar');
      // Swedish text is used where the feed has it; Finnish fallback is marked as Finnish.
      const card = $$(inherited, 'article').find((a) => a.textContent!.includes('Mieskuoro'))!;
      expect(card.querySelector('.card-button span')!.getAttribute('lang')).to.equal('fi');
      const swedish = $$(inherited, '.card-button span').find((s) => s.textContent === 'Kempele pensionärer rf')!;
      expect(swedish.hasAttribute('lang')).to.equal(false);
    });

    it('follows a change of the page’s language', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const original = document.documentElement.lang;
      document.documentElement.lang = 'fi';
      const el = document.createElement('kumppani-directory');
      el.feed = freshFeed();
      wrapper.append(el);
      await loaded(el);
      document.documentElement.lang = 'en';
      await waitUntil(() => status(el) === '5 associations');
      document.documentElement.lang = original;
    });

    it('runs two widgets in different languages on one page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const fi = document.createElement('kumppani-directory');
      const sv = document.createElement('kumppani-directory');
      fi.setAttribute('lang', 'fi');
      sv.setAttribute('lang', 'sv');
      fi.feed = freshFeed();
      sv.feed = fi.feed;
      wrapper.append(fi, sv);
      await loaded(fi);
      await loaded(sv);
      expect(status(fi)).to.equal('5 yhdistystä');
      expect(status(sv)).to.equal('5 föreningar');
    });
  });

  describe('accessibility', () => {
    for (const lang of ['fi', 'sv', 'en']) {
      it(`passes axe (WCAG 2.2 AA) in every state in ${lang} ${AXE}`, async () => {
        let release!: () => void;
        serve = () => {
          const response = json(envelope([...associations, ...brokenItems]));
          return new Promise<Response>((resolve) => (release = () => resolve(response))) as never;
        };
        const original = console.warn;
        console.warn = () => {};
        try {
          const el = await mount({ lang });
          await el.updateComplete;
          await expectAccessible(el, `loading ${lang}`);
          await waitUntil(() => release);
          release();
          await loaded(el);
          await expectAccessible(el, `results ${lang}`);
          ($(el, 'details') as HTMLDetailsElement).open = true;
          await toggleFilter(el, 'category', 'culture');
          await expectAccessible(el, `filters applied ${lang}`);
          await type(el, 'kuoro');
          await expectAccessible(el, `search ${lang}`);
          await type(el, 'zzzzzz');
          await expectAccessible(el, `no results ${lang}`);
          await type(el, '');
          $$(el, '.card-button')[0]!.click();
          await el.updateComplete;
          await expectAccessible(el, `detail ${lang}`);
          ($(el, '[part="detail-close"]') as HTMLButtonElement).click();
          await el.updateComplete;
        } finally {
          console.warn = original;
        }
        serve = () => new Response('', { status: 500 });
        const originalError = console.error;
        console.error = () => {};
        try {
          const failing = await loaded(await mount({ lang }));
          await expectAccessible(failing, `error ${lang}`);
        } finally {
          console.error = originalError;
        }
      });
    }

    it(`works by keyboard: search, filter, open and close the detail ${criteria('2.1.1', '2.4.3')}`, async () => {
      const el = await loaded(await mount());
      ($(el, '#search') as HTMLInputElement).focus();
      await sendKeys({ type: 'mieskuoro' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Oulun Mieskuoro ry']);
      // Tab moves from the search box to the sort order, then to the filters' disclosure; Enter opens it.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('sort');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.localName).to.equal('summary');
      await sendKeys({ press: 'Enter' });
      expect(($(el, 'details') as HTMLDetailsElement).open).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect((el.shadowRoot!.activeElement as HTMLInputElement).type).to.equal('checkbox');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect($$(el, '[part~="chip"]')).to.have.length(1);
      const opener = $(el, '#open-0');
      opener.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(($(el, 'dialog') as HTMLDialogElement).open).to.equal(true);
      await sendKeys({ press: 'Enter' }); // the focused close button
      await el.updateComplete;
      await el.updateComplete;
      expect(($(el, 'dialog') as HTMLDialogElement).open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(opener);
    });

    it('reflows at 320 CSS px without horizontal scrolling, even with text-spacing overrides', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await loaded(await mount());
        ($(el, 'details') as HTMLDetailsElement).open = true;
        await toggleFilter(el, 'category', 'sports');
        const spacing = new CSSStyleSheet();
        spacing.replaceSync(
          '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }',
        );
        el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
        await el.updateComplete;
        await expectReflows(el, 320);
      } finally {
        await setViewport({ width: 1024, height: 768 });
      }
    });

    it('prints the list without its controls', async () => {
      const el = await loaded(await mount({ 'page-size': '2' }));
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle($(el, '.controls')).display).to.equal('none');
        expect(getComputedStyle($(el, '[part="more"]')).display).to.equal('none');
        expect(getComputedStyle($(el, '.list')).display).to.not.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it(`gives every control a target of at least 24 × 24 CSS px ${criteria('2.5.8')}`, async () => {
      const el = await loaded(await mount());
      ($(el, 'details') as HTMLDetailsElement).open = true;
      await toggleFilter(el, 'category', 'sports');
      await aTimeout(0);
      for (const control of $$(el, 'button, a, input, select, summary')) {
        const box = control.getBoundingClientRect();
        expect(box.height, control.outerHTML.slice(0, 80)).to.be.at.least(24);
        if (control.localName !== 'a' && control.localName !== 'button') {
          expect(box.width, control.outerHTML.slice(0, 80)).to.be.at.least(24);
        }
      }
    });
  });
});
