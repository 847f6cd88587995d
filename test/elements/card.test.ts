import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { http } from 'msw/core/http';
import '../../src/elements/card/define.js';
import type { KumppaniCard } from '../../src/elements/card/card.js';
import { mockFeeds, json } from '../support/msw.js';
import { FEED, envelope, associations } from '../support/feed.js';
import { settled, $, $$, status, expectAccessible } from '../support/widgets.js';

let feedCounter = 0;

before(async () => {
  await mockFeeds(
    http.get(FEED, () => json(envelope(associations))),
    http.get('https://yhdistykset.example/taxonomy.json', () => new Response(null, { status: 404 })),
  );
});

async function mountCard(id: string, lang = 'fi'): Promise<KumppaniCard> {
  feedCounter += 1;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('kumppani-card');
  el.feed = `${FEED}?card=${feedCounter}`;
  el.association = id;
  wrapper.append(el);
  return el;
}

describe('<kumppani-card>', () => {
  for (const lang of ['fi', 'sv', 'en']) {
    it(`shows one association’s card and opens its detail (${lang})`, async () => {
      const el = await mountCard('ihimiset:1042', lang);
      const load = await oneEvent(el, 'kumppani-load');
      expect(load.detail.count).to.equal(1);
      await settled(el);
      expect($$(el, 'article')).to.have.length(1);
      expect($(el, '.card-button').textContent!.trim()).to.equal(
        lang === 'sv' ? 'Kempele pensionärer rf' : 'Kempeleen Eläkeläiset ry',
      );
      expect(el.shadowRoot!.querySelector('#search')).to.equal(null);
      expect(status(el)).to.equal('');
      await expectAccessible(el, `card ${lang}`);

      const opener = $(el, '.card-button');
      opener.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const dialog = $(el, 'dialog') as HTMLDialogElement;
      expect(dialog.open).to.equal(true);
      expect(dialog.textContent).to.contain('Kirkonkylänkatu 1');
      await expectAccessible(el, `card detail ${lang}`);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(opener);
    });
  }

  it('says clearly when the association is not in the feed', async () => {
    const el = await mountCard('ihimiset:9999', 'sv');
    await oneEvent(el, 'kumppani-load');
    await el.updateComplete;
    expect(status(el)).to.equal('Föreningen hittades inte i datakällan.');
    expect(el.querySelector('[role="status"]')!.getAttribute('aria-live')).to.equal('polite');
    expect($$(el, 'article')).to.have.length(0);
    await expectAccessible(el, 'not found');
  });

  it('follows a change of its association attribute', async () => {
    const el = await mountCard('ihimiset:9999');
    await oneEvent(el, 'kumppani-load');
    el.setAttribute('association', 'ihimiset:2001');
    await el.updateComplete;
    expect($(el, '.card-button').textContent!.trim()).to.equal('Oulun Mieskuoro ry');
    expect(status(el)).to.equal('');
  });
});
