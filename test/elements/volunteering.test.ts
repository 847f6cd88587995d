import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { http } from 'msw/core/http';
import '../../src/elements/volunteering/define.js';
import type { KumppaniVolunteering } from '../../src/elements/volunteering/volunteering.js';
import { mockFeeds, json } from '../support/msw.js';
import { FEED, NOW, envelope, associations, tasks } from '../support/feed.js';
import { settled, $, $$, status, expectAccessible } from '../support/widgets.js';

let counter = 0;
const taxonomy = {
  themes: [
    { code: 'wellbeing', label: { fi: 'Hyvinvointi', sv: 'Välmående', en: 'Wellbeing' } },
    { code: 'village-activity', label: { fi: 'Kylätoiminta', sv: 'Byverksamhet', en: 'Village activity' } },
  ],
};

before(async () => {
  await mockFeeds(http.get(FEED, () => json(envelope([...associations, ...tasks], { taxonomy }))));
});

beforeEach(() => history.replaceState(null, '', location.pathname + location.search));

async function mount(attributes: Record<string, string> = {}, lang = 'fi'): Promise<KumppaniVolunteering> {
  counter += 1;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('kumppani-volunteering');
  el.now = NOW;
  el.feed = `${FEED}?tasks=${counter}`;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  return settled(el);
}

const names = (el: KumppaniVolunteering) => $$(el, '.card-button').map((button) => button.textContent!.trim());

async function toggle(el: KumppaniVolunteering, key: string, value: string): Promise<void> {
  ($(el, `#filter-${key}-${value}`) as HTMLInputElement).click();
  await el.updateComplete;
}

describe('<kumppani-volunteering>', () => {
  it('lists open tasks and hides expired ones', async () => {
    const el = await mount();
    expect(names(el)).to.deep.equal([
      'Kaffekokare vid konserter',
      'Lentopallokoulun apuvalmentaja',
      'Puhelinystävä ikäihmiselle',
    ]);
    expect(status(el)).to.equal('3 tehtävää');
    const coach = $$(el, 'article')[1]!.textContent!.replace(/\s+/g, ' ');
    expect(coach).to.contain('Yhdistys: Kempeleen Lentopalloseura ry');
    expect(coach).to.contain('Kempele · 1.8.–15.12.2027');
    expect(coach).to.contain('Ajankäyttö: 2 h viikossa');
    expect(coach).to.contain('Sopii alle 18-vuotiaille');
    const phone = $$(el, 'article')[2]!.textContent!.replace(/\s+/g, ' ');
    expect(phone).to.contain('Etätehtävä · Jatkuva');
  });

  it('orders a search best first, or by title when asked', async () => {
    const el = await mount();
    const byTitle = names(el);
    const search = async (text: string) => {
      const input = $(el, '#search') as HTMLInputElement;
      input.value = text;
      input.dispatchEvent(new Event('input'));
      input.form!.requestSubmit();
      await el.updateComplete;
    };
    // "a" starts a word of one title and only of other fields in the rest.
    await search('a');
    const best = names(el);
    expect(best).to.deep.equal([
      'Lentopallokoulun apuvalmentaja',
      'Puhelinystävä ikäihmiselle',
      'Kaffekokare vid konserter',
    ]);
    const select = $(el, '#sort') as HTMLSelectElement;
    select.value = 'name';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(byTitle.filter((name) => best.includes(name)));
    expect(names(el)).to.not.deep.equal(best);
  });

  it('filters by remote, under-18s, theme and municipality', async () => {
    const el = await mount();
    ($(el, 'details') as HTMLDetailsElement).open = true;
    await toggle(el, 'remote', 'remote');
    expect(names(el)).to.deep.equal(['Puhelinystävä ikäihmiselle']);
    await toggle(el, 'remote', 'remote');
    await toggle(el, 'under18', 'under18');
    expect(names(el)).to.deep.equal(['Lentopallokoulun apuvalmentaja']);
    await toggle(el, 'under18', 'under18');
    await toggle(el, 'theme', 'wellbeing');
    expect(names(el)).to.deep.equal(['Lentopallokoulun apuvalmentaja', 'Puhelinystävä ikäihmiselle']);
    await toggle(el, 'theme', 'wellbeing');
    await toggle(el, 'municipality', '598');
    // A remote task can be done from Jakobstad too.
    expect(names(el)).to.deep.equal(['Kaffekokare vid konserter', 'Puhelinystävä ikäihmiselle']);
    await expectAccessible(el, 'tasks filtered');
  });

  it('scopes to a municipality, keeping remote tasks', async () => {
    expect(names(await mount({ municipality: '244' }))).to.deep.equal([
      'Lentopallokoulun apuvalmentaja',
      'Puhelinystävä ikäihmiselle',
    ]);
  });

  it('shows role-based contacts without personal data unless consented, and how to apply', async () => {
    const el = await mount({}, 'sv');
    const select = oneEvent(el, 'kumppani-select');
    $$(el, '.card-button')
      .find((b) => b.textContent!.includes('Telefonvän'))!
      .click();
    expect((await select).detail.task.id).to.equal('ihimiset:t2');
    await el.updateComplete;
    const dialog = $(el, 'dialog') as HTMLDialogElement;
    const text = dialog.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Frivilligkoordinator');
    expect(text).to.not.contain('Ei Näy');
    expect(text).to.contain('finska, svenska');
    await expectAccessible(el, 'task detail');
  });

  for (const lang of ['fi', 'sv', 'en']) {
    it(`passes axe in every state (${lang})`, async () => {
      const el = await mount({}, lang);
      await expectAccessible(el, `tasks ${lang}`);
      ($(el, 'details') as HTMLDetailsElement).open = true;
      await toggle(el, 'remote', 'remote');
      await expectAccessible(el, `tasks filtered ${lang}`);
      $$(el, '.card-button')[0]!.click();
      await el.updateComplete;
      await expectAccessible(el, `task detail ${lang}`);
      ($(el, '[part="detail-close"]') as HTMLButtonElement).click();
      await el.updateComplete;
      const input = $(el, '#search') as HTMLInputElement;
      input.value = 'zzzzzz';
      input.dispatchEvent(new Event('input'));
      input.form!.requestSubmit();
      await el.updateComplete;
      expect($$(el, 'article')).to.have.length(0);
      await expectAccessible(el, `tasks no results ${lang}`);
    });
  }
});
