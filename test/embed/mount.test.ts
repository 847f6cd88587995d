import { expect, waitUntil } from '@open-wc/testing';
import { http } from 'msw/core/http';
import '../../src/elements/directory/define.js';
import '../../src/elements/events/define.js';
import { startMounting, upgrade } from '../../src/embed/mount.js';
import { mockFeeds, json } from '../support/msw.js';
import { FEED, envelope, associations } from '../support/feed.js';
import { PATIENT } from '../support/pages.js';

function mountPoint(attributes: Record<string, string>): HTMLDivElement {
  const host = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  return host;
}

let warnings: string[] = [];
const originalWarn = console.warn;

before(async () => {
  await mockFeeds(http.get(FEED, () => json(envelope(associations))));
});

beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
});

afterEach(() => {
  console.warn = originalWarn;
  document.querySelectorAll('[data-kumppani]').forEach((host) => host.remove());
});

describe('mount points', () => {
  it('gives the div its element with every declared option, names in the element’s own spelling', async () => {
    const host = mountPoint({
      'data-kumppani': 'directory',
      'data-feed': FEED,
      'data-municipality': '244',
      'data-target-group': 'children',
      'data-page-size': '5',
      'data-lang': 'sv',
      class: 'cms-block',
    });
    host.append('Yhdistyslista');
    document.body.append(host);
    upgrade(host);
    const el = host.firstElementChild as HTMLElement;
    expect(el.localName).to.equal('kumppani-directory');
    expect(host.childNodes).to.have.length(1);
    expect(Object.fromEntries(el.getAttributeNames().map((name) => [name, el.getAttribute(name)]))).to.deep.equal({
      feed: FEED,
      municipality: '244',
      'target-group': 'children',
      'page-size': '5',
      lang: 'sv',
    });
    expect(host.className).to.equal('cms-block');
    // The options reached the element: it loads the feed and speaks Swedish.
    await waitUntil(
      () => el.shadowRoot?.querySelector('label[for="search"]')?.textContent === 'Sök föreningar',
      'the mounted directory did not show its Swedish search',
      PATIENT,
    );
  });

  it('copies no attribute the element does not declare: data-on* cannot become a handler', () => {
    const host = mountPoint({
      'data-kumppani': 'directory',
      'data-feed': FEED,
      'data-onclick': 'alert(1)',
      'data-style': 'display:none',
      'data-kumppani-extra': 'x',
    });
    document.body.append(host);
    upgrade(host);
    expect(host.firstElementChild!.getAttributeNames()).to.deep.equal(['feed']);
  });

  it('upgrades a div only once', () => {
    const host = mountPoint({ 'data-kumppani': 'events', 'data-feed': FEED, 'data-days': '30' });
    document.body.append(host);
    upgrade(host);
    const first = host.firstElementChild;
    upgrade(host);
    expect(host.firstElementChild).to.equal(first);
    expect(first!.localName).to.equal('kumppani-events');
    expect(first!.getAttribute('days')).to.equal('30');
  });

  it('leaves a div naming an element this copy does not bring, and says so', () => {
    customElements.define('kumppani-foreign', class extends HTMLElement {});
    for (const type of ['card', 'foreign', '"><img src=x>']) {
      const host = mountPoint({ 'data-kumppani': type, 'data-feed': FEED });
      host.append('fallback');
      document.body.append(host);
      upgrade(host);
      expect(host.textContent, type).to.equal('fallback');
    }
    expect(warnings).to.deep.equal([
      'kumppani: no <kumppani-card> in this file',
      'kumppani: no <kumppani-foreign> in this file',
      'kumppani: no <kumppani-"><img src=x>> in this file',
    ]);
  });

  it('upgrades the page’s divs, and divs added later, nested ones too', async () => {
    const early = mountPoint({ 'data-kumppani': 'directory', 'data-feed': FEED });
    document.body.append(early);
    startMounting();
    await waitUntil(() => early.firstElementChild?.localName === 'kumppani-directory', 'existing div', PATIENT);

    const block = document.createElement('section');
    const nested = mountPoint({ 'data-kumppani': 'events', 'data-feed': FEED });
    block.append(nested);
    document.body.append(block);
    await waitUntil(() => nested.firstElementChild?.localName === 'kumppani-events', 'div added later', PATIENT);
    block.remove();
  });
});
