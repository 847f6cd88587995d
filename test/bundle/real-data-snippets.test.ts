// The README's real-data snippets, pasted as they are into a plain page that loads the built
// kumppani-all.js, with Linked Events, PTV and LIPAS answering at their real addresses from the
// recorded responses: what a webmaster without a feed of their own does first.
import { expect, waitUntil } from '@open-wc/testing';
import { http } from 'msw/core/http';
import { answerSourceRequest } from '../../demo/data/recorded-sources.js';
import { recordings } from '../support/recordings.js';
import { json, mockFeeds } from '../support/msw.js';
import { openFrame, PATIENT } from '../support/pages.js';

const APIS = [
  'https://api.hel.fi/linkedevents/v1/',
  'https://api.palvelutietovaranto.suomi.fi/api/v11/',
  'https://api.lipas.fi/v2/',
];
const asked: string[] = [];

/** The README's snippets under "Real data" that hold elements (not the script tag). */
async function readmeSnippets(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.split('### Real data: Linked Events, PTV and LIPAS')[1]!.split('\n### ')[0]!;
  return Array.from(section.matchAll(/```html\n([\s\S]*?)```/g), (match) => match[1]!).filter((snippet) =>
    snippet.includes('<kumppani-'),
  );
}

before(async () => {
  const answer = ({ request }: { request: Request }) => {
    asked.push(request.url);
    const found = answerSourceRequest(recordings, new URL(request.url));
    return found ? json(found.body, { status: found.status }) : new Response(null, { status: 404 });
  };
  await mockFeeds(...APIS.map((api) => http.get(`${api}*`, answer)));
});

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
/** Items shown: events and tasks are articles, associations and spaces card buttons. */
const cards = (el: Element) =>
  Math.max(el.shadowRoot!.querySelectorAll('article').length, el.shadowRoot!.querySelectorAll('.card-button').length);

describe('the README’s real-data snippets on a plain page', () => {
  it('show Helsinki and Espoo events, volunteer tasks, an organizer, associations and sports places as text, names never codes', async () => {
    const snippets = await readmeSnippets();
    expect(snippets).to.have.length(2);
    const { win } = await openFrame('/test/pages/paste.html');
    const main = win.document.querySelector('main')!;
    for (const snippet of snippets) main.insertAdjacentHTML('beforeend', snippet);
    const widgets = Array.from(main.querySelectorAll('[feed]'));
    expect(widgets.map((el) => `${el.localName} ${el.getAttribute('municipality') ?? ''}`)).to.deep.equal([
      'kumppani-events Helsinki',
      'kumppani-events Espoo',
      'kumppani-volunteering Helsinki',
      'kumppani-card ',
      'kumppani-directory Helsinki',
      'kumppani-premises Helsinki',
    ]);
    await waitUntil(
      () => widgets.every((el) => el.shadowRoot && cards(el) > 0),
      'not every widget shows items',
      PATIENT,
    );
    const [helsinki, espoo, tasks, organizer, associations, places] = widgets as [
      Element,
      Element,
      Element,
      Element,
      Element,
      Element,
    ];

    // Events: name, time, place, organizer and price, all as text.
    const first = helsinki.shadowRoot!.querySelector('article')!;
    expect(first.textContent).to.match(/\d{1,2}\.\d{2}–\d{1,2}\.\d{2}/);
    const events = Array.from(helsinki.shadowRoot!.querySelectorAll('article'), (article) =>
      article.textContent!.replace(/\s+/g, ' '),
    );
    expect(events.every((event) => event.includes('Jätkäsaaren kirjasto, Helsinki'))).to.equal(true);
    expect(events.every((event) => event.includes('Järjestäjä: Amos Rex'))).to.equal(true);
    expect(events[0]).to.contain('5-15€');
    expect(text(espoo)).to.contain('Espoo');
    expect(cards(tasks)).to.equal(1);
    expect(organizer.shadowRoot!.querySelector('.card-button')!.textContent!.trim()).to.equal('Amos Rex');
    expect(text(associations)).to.contain('Oulunkylän Kuoro ry');
    expect(text(places)).to.contain('venesatama');
    for (const el of widgets) {
      // A municipality is named, never given as its code; nothing of the sources runs as markup.
      expect(text(el), el.localName).not.to.match(/\b(091|049)\b/);
      expect(el.shadowRoot!.querySelector('script, iframe, object, embed'), el.localName).to.equal(null);
    }
    const hosts = new Set(asked.map((url) => new URL(url).host));
    expect([...hosts].sort()).to.deep.equal(['api.hel.fi', 'api.lipas.fi', 'api.palvelutietovaranto.suomi.fi']);
    expect(win.__report.errors).to.deep.equal([]);
    expect(win.__report.violations).to.deep.equal([]);
  });

  it('the PTV directory works with kumppani.js, the directory’s own file, too', async () => {
    const [line] = (await readmeSnippets()).flatMap((snippet) =>
      snippet.split('\n').filter((each) => each.includes('format="ptv"')),
    );
    // A page that loads kumppani.js alone (with a directory of its own, on a contract feed).
    const { win } = await openFrame('/test/pages/plain-es.html');
    win.document.querySelector('main')!.insertAdjacentHTML('beforeend', line!);
    const directory = win.document.querySelector('kumppani-directory[format="ptv"]')!;
    await waitUntil(() => directory.shadowRoot && cards(directory) > 0, 'no associations', PATIENT);
    expect(
      Array.from(directory.shadowRoot!.querySelectorAll('.card-button'), (b) => b.textContent!.trim()),
    ).to.deep.equal(['Jätkäsaaren Asukasyhdistys ry', 'Oulunkylän Kuoro ry']);
    expect(win.customElements.get('kumppani-events')).to.equal(undefined);
    expect(win.__report.errors).to.deep.equal([]);
  });
});
