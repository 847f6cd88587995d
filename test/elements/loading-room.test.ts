// While a list loads it keeps a screenful of room, so what is below it does not jump when the
// cards arrive; a card keeps room for one card. Both follow `--kumppani-loading-height`.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { http } from 'msw/core/http';
import '../../src/elements/directory/define.js';
import '../../src/elements/events/define.js';
import '../../src/elements/card/define.js';
import { mockFeeds } from '../support/msw.js';

const FEED = 'https://slow.kumppani.example/feed.json';

before(async () => {
  // A feed that never answers: the widgets stay in their loading state.
  await mockFeeds(http.get(FEED, () => new Promise<Response>(() => {})));
});

async function loadingHeight(tag: string, style = ''): Promise<number> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
  const el = document.createElement(tag);
  el.setAttribute('feed', FEED);
  el.setAttribute('association', 'x:1');
  if (style) el.setAttribute('style', style);
  wrapper.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('.loading'), 'the loading state');
  return el.shadowRoot!.querySelector('.loading')!.getBoundingClientRect().height;
}

describe('room kept while loading', () => {
  for (const tag of ['kumppani-directory', 'kumppani-events']) {
    it(`${tag} keeps a screenful, or what the page sets`, async () => {
      expect(await loadingHeight(tag)).to.be.closeTo(window.innerHeight, 1);
      expect(await loadingHeight(tag, '--kumppani-loading-height: 10rem')).to.be.closeTo(160, 1);
    });
  }

  it('the card keeps room for one card', async () => {
    expect(await loadingHeight('kumppani-card')).to.be.closeTo(96, 1);
  });
});
