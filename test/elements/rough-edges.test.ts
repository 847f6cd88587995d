// What a resident met trying the widgets, each fixed and held here: the filters' disclosure,
// the events' filter groups, withheld contact persons, phone numbers, "everyone", landmark
// names, checkbox names, the dialog's close button, the error state and its retry.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { a11ySnapshot, setViewport } from '@web/test-runner-commands';
import { http } from 'msw/core/http';
import '../../src/elements/directory/define.js';
import '../../src/elements/events/define.js';
import '../../src/elements/volunteering/define.js';
import '../../src/elements/premises/define.js';
import type { KumppaniDirectory } from '../../src/elements/directory/directory.js';
import type { KumppaniEvents } from '../../src/elements/events/events.js';
import { mockFeeds, json } from '../support/msw.js';
import { FEED, NOW, envelope, associations, events, tasks } from '../support/feed.js';
import { premises } from '../support/partnership.js';
import { settled, $, $$, expectAccessible } from '../support/widgets.js';

/** Any of the list elements, for what they share. */
type ListWidget = HTMLElement & { updateComplete: Promise<unknown> };

let serve: () => Response;
let counter = 0;

before(async () => {
  await mockFeeds(
    http.get(FEED, () => serve()),
    http.get('https://yhdistykset.example/taxonomy.json', () => new Response(null, { status: 404 })),
  );
});

beforeEach(() => {
  serve = () => json(envelope([...associations, ...events]));
  history.replaceState(null, '', location.pathname);
});

afterEach(() => setViewport({ width: 800, height: 600 }));

async function mount<T extends HTMLElement>(tag: string, attributes: Record<string, string> = {}): Promise<T> {
  counter += 1;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
  const el = document.createElement(tag) as T & { now?: Date };
  if (tag === 'kumppani-events' || tag === 'kumppani-volunteering') el.now = NOW;
  el.setAttribute('feed', `${FEED}?look=${counter}`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  return el;
}

const directory = (attributes: Record<string, string> = {}) =>
  mount<KumppaniDirectory>('kumppani-directory', attributes).then((el) => settled(el));

async function openDetail(el: KumppaniDirectory, name: string): Promise<HTMLDialogElement> {
  $$(el, '.card-button')
    .find((button) => button.textContent!.includes(name))!
    .click();
  await el.updateComplete;
  const dialog = $(el, 'dialog') as HTMLDialogElement;
  await waitUntil(() => dialog.open, 'the detail did not open');
  return dialog;
}

describe('the filters disclosure', () => {
  it('shows a marker that turns when it opens', async () => {
    const el = await directory();
    const details = $(el, 'details') as HTMLDetailsElement;
    const summary = details.querySelector('summary')!;
    const marker = () => getComputedStyle(summary, '::before');
    expect(marker().content).to.not.equal('none');
    expect(parseFloat(marker().inlineSize)).to.be.greaterThan(4);
    const closed = marker().transform;
    details.open = true;
    expect(marker().transform).to.not.equal(closed);
  });

  it('draws one box: the groups inside it have no borders of their own', async () => {
    const el = await directory();
    expect(getComputedStyle($(el, 'details')).borderTopStyle).to.equal('solid');
    for (const group of $$(el, '.filter-group')) expect(getComputedStyle(group).borderTopStyle).to.equal('none');
  });
});

describe("the events' filters", () => {
  it('have groups with distinct legends, and the age box in no "when" group', async () => {
    const el = await settled(await mount<KumppaniEvents>('kumppani-events'));
    ($(el, 'details') as HTMLDetailsElement).open = true;
    const legends = $$(el, 'legend').map((legend) => legend.textContent!.trim());
    expect(legends).to.include.members(['Milloin', 'Aikaväli']);
    expect(new Set(legends).size, legends.join(', ')).to.equal(legends.length);
    expect($(el, '#age').closest('fieldset')).to.equal(null);
    for (const group of $$(el, '.filter-group')) expect(getComputedStyle(group).borderTopStyle).to.equal('none');
    await expectAccessible(el, 'events filters open');
  });
});

describe('contact persons whose names are withheld', () => {
  it('are named by their role with the association’s e-mail', async () => {
    const el = await directory();
    const dialog = await openDetail(el, 'Kempeleen Eläkeläiset');
    const section = [...dialog.querySelectorAll('.detail-section')].find((s) =>
      s.querySelector('h3')!.textContent!.includes('Yhteyshenkilöt'),
    )!;
    // The chair gave consent; the secretary did not, so only the role remains.
    expect(section.querySelector('.people')!.textContent).to.contain('Aino Virtanen');
    expect(section.querySelector('.people')!.textContent).to.not.contain('Sihteeri');
    const via = section.querySelector('p')!;
    expect(via.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Sihteeri: yhteydenotot yhdistyksen sähköpostiin info@kempeleenelakelaiset.example',
    );
    expect(via.querySelector('a')!.getAttribute('href')).to.equal('mailto:info@kempeleenelakelaiset.example');
    await expectAccessible(el, 'detail with a withheld contact');
  });

  it('are left out when the association has no e-mail to send them to', async () => {
    const [first, ...rest] = associations;
    const withoutEmail = { ...first, contact: { website: 'https://kempeleenelakelaiset.example/' } };
    const onlyRoles = {
      ...withoutEmail,
      contactPersons: [{ role: { fi: 'Sihteeri' } }, { role: { fi: 'Rahastonhoitaja' } }],
    };
    serve = () => json(envelope([onlyRoles, ...rest]));
    const el = await directory();
    const dialog = await openDetail(el, 'Kempeleen Eläkeläiset');
    expect(dialog.textContent).to.not.contain('Yhteyshenkilöt');
    expect(dialog.textContent).to.not.contain('Sihteeri');
  });
});

describe('phone numbers', () => {
  it('read the Finnish way while the link dials the number as given', async () => {
    const el = await directory();
    const phone = $$(el, '.card a[href^="tel:"]')[0]!;
    expect(phone.getAttribute('href')).to.equal('tel:+358401234567');
    expect(phone.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Puhelin: +358 40 123 4567');
  });
});

describe('the target group "everyone"', () => {
  it('is neither a label on a card nor a filter value', async () => {
    const [first, ...rest] = associations;
    serve = () => json(envelope([{ ...first, targetGroups: ['seniors', 'everyone'] }, ...rest]));
    const el = await directory();
    const tags = $$(el, '.card [part="tag"]').map((tag) => tag.textContent!.trim());
    expect(tags).to.include('Ikääntyneet');
    expect(tags).to.not.include('Kaikki');
    expect(el.shadowRoot!.querySelector('#filter-targetGroup-everyone')).to.equal(null);
    expect(el.shadowRoot!.querySelector('#filter-targetGroup-seniors')).to.not.equal(null);

    const eventsEl = await settled(await mount<KumppaniEvents>('kumppani-events'));
    expect(eventsEl.shadowRoot!.querySelector('#filter-targetGroup-everyone')).to.equal(null);
  });
});

describe('landmark names', () => {
  it('tell widgets apart: the label attribute, else the kind and the municipality', async () => {
    const named = await directory({ label: 'Kempeleen yhdistykset' });
    const byPlace = await directory({ municipality: '244' });
    const byName = await directory({ municipality: 'Oulu, Kempele' });
    const landmarks = (el: HTMLElement) => [
      $(el, 'section.widget').getAttribute('aria-label'),
      $(el, '[role="search"]').getAttribute('aria-label'),
    ];
    expect(landmarks(named)).to.deep.equal(['Kempeleen yhdistykset', 'Kempeleen yhdistykset']);
    expect(landmarks(byPlace)).to.deep.equal(['Yhdistyshaku: Kempele', 'Yhdistyshaku: Kempele']);
    expect(landmarks(byName)).to.deep.equal(['Yhdistyshaku: Oulu ja Kempele', 'Yhdistyshaku: Oulu ja Kempele']);
  });

  for (const tag of ['kumppani-events', 'kumppani-volunteering', 'kumppani-premises']) {
    it(`name ${tag}'s region and search by its label attribute, else by its kind and municipality`, async () => {
      serve = () => json(envelope([...associations, ...events, ...tasks, ...premises], { feedVersion: '1.1' }));
      const named = await settled(await mount<ListWidget>(tag, { label: 'Kempeleen menot' }));
      const byPlace = await settled(await mount<ListWidget>(tag, { municipality: '244' }));
      const landmarks = (el: HTMLElement) => [
        $(el, 'section.widget').getAttribute('aria-label'),
        $(el, '[role="search"]').getAttribute('aria-label'),
      ];
      expect(landmarks(named)).to.deep.equal(['Kempeleen menot', 'Kempeleen menot']);
      const [region, search] = landmarks(byPlace);
      expect(region).to.match(/: Kempele$/);
      expect(search).to.equal(region);
      expect(region).to.not.equal(landmarks(await settled(await mount<ListWidget>(tag)))[0]);
    });
  }
});

interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}

function findAll(node: AxNode, role: string): AxNode[] {
  return [...(node.role === role ? [node] : []), ...(node.children ?? []).flatMap((child) => findAll(child, role))];
}

describe('filter checkboxes', () => {
  it('are named with a comma before the count in the browser’s accessibility tree', async () => {
    const el = await directory();
    ($(el, 'details') as HTMLDetailsElement).open = true;
    await el.updateComplete;
    const tree = (await a11ySnapshot({})) as unknown as AxNode;
    const names = findAll(tree, 'checkbox').map((node) => node.name);
    expect(names).to.include('Ikääntyneet, 2');
    expect(
      names.every((name) => /, \d+$/.test(name ?? '')),
      names.join(' | '),
    ).to.equal(true);
  });
});

describe("the detail dialog's close button", () => {
  for (const [what, viewport] of [
    ['320 px', { width: 320, height: 480 }],
    ['400 % zoom (1280 × 1024 px)', { width: 320, height: 256 }],
  ] as const) {
    it(`stays in view when the detail is scrolled to its end at ${what}`, async () => {
      await setViewport(viewport);
      const el = await directory();
      const dialog = await openDetail(el, 'Kempeleen Eläkeläiset');
      dialog.scrollTop = dialog.scrollHeight;
      expect(dialog.scrollTop, 'the detail is long enough to scroll').to.be.greaterThan(0);
      const close = $(el, '[part="detail-close"]');
      const box = close.getBoundingClientRect();
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(viewport.height);
      expect(box.right).to.be.at.most(viewport.width);
      // Nothing covers it: a tap there reaches the button.
      const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit === close || close.contains(hit)).to.equal(true);
      close.click();
      await waitUntil(() => !dialog.open);
    });
  }
});

describe('a failed load', () => {
  const cases: [string, () => Response, boolean][] = [
    ['a server error (503)', () => new Response('busy', { status: 503 }), true],
    ['a network failure', () => Response.error(), true],
    ['a feed that is not there (404)', () => new Response('gone', { status: 404 }), false],
    ['an unsupported version', () => json(envelope(associations, { feedVersion: '2.0' })), false],
    ['a malformed feed', () => new Response('{"feedVersion": "1.0", "data": ', { status: 200 }), false],
  ];
  for (const [what, answer, retry] of cases) {
    it(`after ${what}, disables the search and ${retry ? 'offers' : 'does not offer'} a retry`, async () => {
      serve = answer;
      const original = console.error;
      console.error = () => {};
      try {
        const el = await mount<KumppaniDirectory>('kumppani-directory');
        await settled(el, '.error');
        expect(($(el, '#search') as HTMLInputElement).disabled).to.equal(true);
        expect(!!el.shadowRoot!.querySelector('#retry')).to.equal(retry);
        await expectAccessible(el, what);
      } finally {
        console.error = original;
      }
    });
  }
});
