// While a list loads it keeps a screenful of room, so what is below it does not jump when the
// cards arrive; a card keeps room for one card. Both follow `--kumppani-loading-height`.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { http } from 'msw/core/http';
import '../../src/elements/directory/define.js';
import '../../src/elements/events/define.js';
import '../../src/elements/card/define.js';
import '../../src/elements/contact/directory-corner.js';
import { json, mockFeeds } from '../support/msw.js';
import { associations, envelope } from '../support/feed.js';
import { contactPoints } from '../support/partnership.js';

const FEED = 'https://slow.kumppani.example/feed.json';
const HELD = 'https://held.kumppani.example/feed.json';
let release: () => void = () => {};

before(async () => {
  await mockFeeds(
    // A feed that never answers: the widgets stay in their loading state.
    http.get(FEED, () => new Promise<Response>(() => {})),
    // One that answers when the test says, with the municipality's contact point.
    http.get(
      HELD,
      () =>
        new Promise<Response>((resolve) => {
          release = () => resolve(json(envelope([...associations, ...contactPoints], { feedVersion: '1.1' })));
        }),
    ),
  );
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

  it('the directory’s search box stays where it was when the feed and its contact points arrive', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
    const el = document.createElement('kumppani-directory');
    el.setAttribute('feed', HELD);
    el.setAttribute('municipality', '244');
    wrapper.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('.loading'), 'the loading state');
    const before = el.shadowRoot!.querySelector('#search')!.getBoundingClientRect().top;
    release();
    await waitUntil(() => el.shadowRoot!.querySelector('.corner') && el.shadowRoot!.querySelector('.list'), 'the list');
    expect(el.shadowRoot!.querySelector('#search')!.getBoundingClientRect().top).to.equal(before);
  });

  it('the card keeps room for one card', async () => {
    expect(await loadingHeight('kumppani-card')).to.be.closeTo(96, 1);
  });
});
