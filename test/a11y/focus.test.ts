// Where focus goes when the list changes under it: a filter that empties another filter group,
// a value that disappears once unticked, and typing while the results update.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { http } from 'msw/core/http';
import '../../src/elements/directory/define.js';
import type { KumppaniDirectory } from '../../src/elements/directory/directory.js';
import { mockFeeds, json } from '../support/msw.js';
import { settled, $, $$ } from '../support/widgets.js';
import { FEED, envelope } from '../support/feed.js';
import { criteria } from '../support/criteria.js';
import { PATIENT } from './mount.js';

const base = { type: 'association', languages: ['fi'], updatedAt: '2026-10-14T12:30:00+03:00' };
const KEMPELE = { code: '244' };
const OULU = { code: '564' };
// Kempele's one association has no target group: choosing Kempele empties that whole group.
const ASSOCIATIONS = [
  { ...base, id: 'f:1', name: { fi: 'Kempeleen Kuoro ry' }, categories: ['culture'], municipality: KEMPELE },
  {
    ...base,
    id: 'f:2',
    name: { fi: 'Oulun Nuoret ry' },
    categories: ['sports'],
    targetGroups: ['youth'],
    municipality: OULU,
  },
  {
    ...base,
    id: 'f:3',
    name: { fi: 'Oulun Seniorit ry' },
    categories: ['sports'],
    targetGroups: ['seniors'],
    languages: ['sv'],
    municipality: OULU,
  },
  ...Array.from({ length: 30 }, (_, i) => ({
    ...base,
    id: `f:${10 + i}`,
    name: { fi: `Oulun Seura ${i + 1} ry` },
    categories: ['sports'],
    targetGroups: ['seniors'],
    municipality: OULU,
  })),
];

let counter = 0;
before(async () => {
  await mockFeeds(
    http.get(FEED, () => json(envelope(ASSOCIATIONS))),
    http.get('https://yhdistykset.example/taxonomy.json', () => new Response(null, { status: 404 })),
  );
});

beforeEach(() => history.replaceState(null, '', location.pathname + location.search));

async function mount(hash = ''): Promise<KumppaniDirectory> {
  if (hash) history.replaceState(null, '', hash);
  counter += 1;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
  const el = document.createElement('kumppani-directory');
  el.setAttribute('feed', `${FEED}?focus=${counter}`);
  wrapper.append(el);
  await settled(el);
  ($(el, 'details') as HTMLDetailsElement).open = true;
  await el.updateComplete;
  return el;
}

const focused = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLElement | null;
const legends = (el: HTMLElement) => $$(el, 'legend').map((legend) => legend.textContent!.trim());

describe(`focus when the list changes ${criteria('2.4.3', '3.2.2', '2.1.1')}`, () => {
  it('stays on a ticked checkbox when ticking it removes another filter group', async () => {
    const el = await mount();
    expect(legends(el)).to.include('Kohderyhmä');
    const kempele = $(el, '#filter-municipality-244') as HTMLInputElement;
    kempele.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(legends(el), 'the target groups are gone').to.not.include('Kohderyhmä');
    expect(document.activeElement === el, 'focus stayed in the widget').to.equal(true);
    expect(focused(el)?.id).to.equal('filter-municipality-244');
    expect((focused(el) as HTMLInputElement).checked).to.equal(true);
  });

  it('moves to the next value of the same group when the unticked value disappears', async () => {
    // A shared link chose Oulu's "youth" and the language Swedish, which only one association has.
    const el = await mount('#k.targetGroup=youth,seniors&k.language=sv');
    const youth = $(el, '#filter-targetGroup-youth') as HTMLInputElement;
    expect(youth.checked).to.equal(true);
    youth.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    // Unticked, "youth" matches nothing in Swedish and is no longer offered.
    expect(el.shadowRoot!.querySelector('#filter-targetGroup-youth') === null).to.equal(true);
    expect(document.activeElement === el, 'focus stayed in the widget').to.equal(true);
    expect(focused(el)?.id).to.equal('filter-targetGroup-seniors');
  });

  it('moves to the group that took its place when the unticked value takes its whole group along', async () => {
    const el = await mount('#k.municipality=244&k.targetGroup=youth');
    expect(legends(el)).to.include('Kohderyhmä');
    const youth = $(el, '#filter-targetGroup-youth') as HTMLInputElement;
    youth.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(legends(el)).to.not.include('Kohderyhmä');
    expect(document.activeElement === el, 'focus stayed in the widget').to.equal(true);
    const now = focused(el)!;
    expect(now.localName).to.equal('input');
    // The fields of activity, back with this change, now stand first, where the target groups were.
    const group = now.closest('fieldset')!;
    expect(group.querySelector('legend')!.textContent!.trim()).to.equal('Toimiala');
    expect($$(el, 'fieldset input')[0] === now, 'the first value of that group').to.equal(true);
  });

  it('stays in the search box while the list updates as the resident types', async () => {
    const el = await mount();
    const input = $(el, '#search') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'oulu' });
    await waitUntil(
      () => $$(el, '.card-button').every((button) => button.textContent!.includes('Oulu')),
      'the list did not update',
      PATIENT,
    );
    expect(focused(el) === input, 'focus is in the search box').to.equal(true);
    await sendKeys({ type: 'n nuoret' });
    await waitUntil(() => $$(el, '.card-button').length === 1, 'the list did not update', PATIENT);
    await el.updateComplete;
    expect(focused(el) === input, 'focus is in the search box').to.equal(true);
    expect(input.value).to.equal('oulun nuoret');
  });
});
