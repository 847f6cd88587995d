// Every card a list shows is in Chromium's accessibility tree before anything is scrolled, so a
// screen-reader user who lists headings or buttons finds them all, on a desktop and on a phone.
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import { http } from 'msw/core/http';
import '../../src/elements/directory/define.js';
import '../../src/elements/events/define.js';
import '../../src/elements/volunteering/define.js';
import { generateFeed } from '../../demo/data/generate-feed.js';
import { json, mockFeeds } from '../support/msw.js';
import { $$, settled } from '../support/widgets.js';

const FEED = 'https://tree.kumppani.example/feed.json';
const feed = generateFeed({ broken: false, baseUrl: FEED });
const NOW = new Date('2026-11-20T08:00:00Z');
const hosts = feed.items.slice(0, 30) as { id: string }[];
/** Thirty events and thirty tasks over the coming month, so that both lists run far below the fold. */
const more = hosts.flatMap(({ id }, i) => [
  {
    type: 'event',
    id: `tree:event-${i}`,
    organizerIds: [id],
    name: { fi: `Kerhoilta ${i + 1}` },
    startTime: new Date(NOW.getTime() + (i + 1) * 86_400_000).toISOString(),
    location: { name: { fi: 'Seurantalo' }, municipality: { code: '244' } },
  },
  {
    type: 'volunteerTask',
    id: `tree:task-${i}`,
    associationId: id,
    title: { fi: `Talkootehtävä ${i + 1}` },
    updatedAt: '2026-11-01T10:00:00Z',
    municipality: { code: '244' },
  },
]);
const pages = feed.pages.map((page, index) => (index === 0 ? { ...page, data: [...page.data, ...more] } : page));

interface AxNode {
  role: string;
  name: string;
}

before(async () => {
  await mockFeeds(
    http.get(FEED, ({ request }) => {
      const page = pages[Number(new URL(request.url).searchParams.get('page') ?? '1') - 1];
      return page ? json(page) : new Response(null, { status: 404 });
    }),
  );
});

after(async () => {
  await setViewport({ width: 800, height: 600 });
});

const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 320, height: 640 },
];

for (const viewport of VIEWPORTS) {
  for (const tag of ['kumppani-directory', 'kumppani-events', 'kumppani-volunteering']) {
    it(`exposes every card of ${tag} at ${viewport.width} px without scrolling`, async () => {
      await setViewport(viewport);
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
      const el = document.createElement(tag) as HTMLElement & { now?: Date };
      el.setAttribute('feed', FEED);
      el.now = NOW;
      wrapper.append(el);
      await settled(el as never);
      window.scrollTo(0, 0);

      const buttons = $$(el, '[part~="card-button"]');
      // Enough cards to run far below the fold at either width.
      expect(buttons.length).to.be.at.least(10);
      const last = buttons[buttons.length - 1]!.getBoundingClientRect();
      expect(last.top).to.be.greaterThan(viewport.height);

      const tree = await executeServerCommand<AxNode[], undefined>('accessibility-tree');
      const exposed = new Set(tree.filter((node) => node.role === 'button').map((node) => node.name.trim()));
      const missing = buttons.map((button) => button.textContent!.trim()).filter((name) => !exposed.has(name));
      expect(missing, 'cards missing from the accessibility tree').to.deep.equal([]);
      const headings = tree.filter((node) => node.role === 'heading').map((node) => node.name.trim());
      for (const button of buttons) expect(headings).to.include(button.textContent!.trim());
    });
  }
}
