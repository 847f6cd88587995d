// A directory under a Sámi UI, registered as the README shows, counts, dates and sorts the
// Finnish way: the formatters the widgets call follow the Sámi fallback chain.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { http } from 'msw/core/http';
import '../../src/elements/directory/define.js';
import { fi } from '../../src/i18n/fi.js';
import { registerLocale } from '../../src/index.js';
import { mockFeeds, json } from '../support/msw.js';
import { FEED, envelope } from '../support/feed.js';
import { settled, $, $$, status } from '../support/widgets.js';
import { criteria } from '../support/criteria.js';

const NAMES = ['Öljymäen ry', 'Zeta ry', 'Ärräpää ry', 'Aapa ry', 'Åkerö ry'];
const association = (name: string, i: number) => ({
  type: 'association',
  id: `s:${i}`,
  name: { se: name, fi: name },
  categories: ['culture'],
  municipality: { code: '148' },
  updatedAt: '2026-10-14T12:30:00+03:00',
});
// 1,234 associations, so the count needs a thousands separator.
const ITEMS = [
  ...NAMES.map(association),
  ...Array.from({ length: 1229 }, (_, i) => association(`Searvi ${i}`, 100 + i)),
];

before(async () => {
  for (const [lang, intl] of [
    ['se', 'se-FI'],
    ['smn', 'smn-FI'],
    ['sms', 'sms-FI'],
  ] as const) {
    registerLocale({ lang, intl, strings: fi });
  }
  await mockFeeds(
    http.get(FEED, () => json(envelope(ITEMS))),
    http.get('https://yhdistykset.example/taxonomy.json', () => new Response(null, { status: 404 })),
  );
});

describe(`a directory under a Sámi UI ${criteria('sami-formats')}`, () => {
  // Each case starts without the previous one's search in the address.
  beforeEach(() => history.replaceState(null, '', location.pathname + location.search));

  for (const lang of ['se', 'smn', 'sms']) {
    it(`counts, dates and sorts as Finnish in ${lang}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
      const el = document.createElement('kumppani-directory');
      el.setAttribute('feed', `${FEED}?sami=${lang}`);
      el.setAttribute('page-size', '5');
      wrapper.append(el);
      await settled(el);
      expect(status(el)).to.contain('1\u00a0234 yhdistystä');
      // Only the five "ry" names match; in name order, Å, Ä and Ö come after Z, as in Finnish.
      const input = $(el, '#search') as HTMLInputElement;
      input.value = 'ry';
      input.dispatchEvent(new Event('input'));
      input.form!.requestSubmit();
      const sort = $(el, '#sort') as HTMLSelectElement;
      sort.value = 'name';
      sort.dispatchEvent(new Event('change'));
      const names = () => $$(el, '.card-button').map((button) => button.textContent!.trim());
      await waitUntil(() => names().length === 5 && names()[0] === 'Aapa ry', 'not sorted by name', {
        timeout: 15_000,
      });
      expect(names()).to.deep.equal(['Aapa ry', 'Zeta ry', 'Åkerö ry', 'Ärräpää ry', 'Öljymäen ry']);
      $$(el, '.card-button')[0]!.click();
      await el.updateComplete;
      expect($(el, 'dialog').textContent).to.contain('14.10.2026');
    });
  }
});
