// The configurator (demo/configure.html): every state passes axe, and each snippet, pasted
// into a plain page, gives exactly the previewed widget.
import { expect, waitUntil } from '@open-wc/testing';
import { axeViolations } from '../support/axe.js';
import { cardsShown, openFrame, PATIENT, type PageWindow } from '../support/pages.js';

let feedOrigin = '';

before(async () => {
  feedOrigin = ((await (await fetch('/__feed-origin')).json()) as { origin: string }).origin;
});

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

const attributesOf = (el: Element): Record<string, string> =>
  Object.fromEntries(
    el
      .getAttributeNames()
      .filter((name) => name !== 'style')
      .map((name) => [name, el.getAttribute(name)!]),
  );

async function axeIn(win: PageWindow): Promise<string[]> {
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    win.document.head.append(script);
    await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  }
  return axeViolations(win.document, win.axe);
}

function choose(win: PageWindow, selector: string, value?: string): void {
  const control = win.document.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  if (value === undefined) (control as HTMLInputElement).checked = true;
  else control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

const snippets = (win: PageWindow): string[] =>
  Array.from(win.document.querySelectorAll('#snippets pre'), (pre) => pre.textContent!);

describe('configurator', () => {
  it('offers the feed’s municipalities by name, previews each choice, warns of a weak accent; axe in every state, 320 px reflow', async () => {
    const feed = `${feedOrigin}/cross-origin/feed.json`;
    const { frame, win } = await openFrame(`/demo/configure.html?feed=${encodeURIComponent(feed)}`);
    await waitUntil(() => win.document.querySelector('input[name="municipality"]'), 'no municipalities', PATIENT);
    const municipalities = Array.from(win.document.querySelectorAll('#municipalities label'), (l) =>
      l.textContent!.trim(),
    );
    expect(municipalities, JSON.stringify(municipalities)).to.include('Kempele (244)');
    expect(await axeIn(win), 'initial').to.deep.equal([]);

    const integrity = (await (await fetch('/dist/integrity.json')).json()) as Record<string, string>;
    await waitUntil(() => snippets(win)[0]?.includes('integrity='), 'no integrity in the snippet', PATIENT);
    expect(snippets(win)[0]).to.contain(`integrity="${integrity['kumppani.js']}" crossorigin="anonymous"`);

    choose(win, 'input[name="municipality"][value="244"]');
    choose(win, '#lang', 'sv');
    const preview = () => win.document.querySelector('#preview > *')!;
    expect(attributesOf(preview())).to.deep.equal({ feed, municipality: '244', lang: 'sv' });
    await cardsShown(preview(), 'preview');
    expect(await axeIn(win), 'municipality and language').to.deep.equal([]);

    choose(win, 'input[name="type"][value="card"]');
    expect(win.document.querySelector<HTMLFieldSetElement>('#association-group')!.hidden).to.equal(false);
    expect(preview().localName).to.equal('kumppani-card');
    expect(preview().getAttribute('association')).to.be.a('string').and.not.equal('');
    expect(snippets(win)[0]).to.contain(`kumppani-all.js" integrity="${integrity['kumppani-all.js']}"`);
    expect(await axeIn(win), 'card').to.deep.equal([]);

    choose(win, '#accent', '#ffdd00');
    expect(win.document.querySelector('#accent-status')!.textContent).to.match(/^Warning: .* 1\.\d\d:1 against white/);
    expect(await axeIn(win), 'weak accent').to.deep.equal([]);
    choose(win, '#accent', '#7a1f5c');
    expect(win.document.querySelector('#accent-status')!.textContent).not.to.contain('Warning');

    choose(win, 'input[name="type"][value="events"]');
    expect(preview().localName).to.equal('kumppani-events');
    expect(await axeIn(win), 'events').to.deep.equal([]);

    // Spaces and the contact: only the choices each has (spaces no categories, neither target groups).
    const hidden = (id: string) => win.document.querySelector<HTMLFieldSetElement>(id)!.hidden;
    choose(win, 'input[name="category"]');
    choose(win, 'input[name="type"][value="premises"]');
    expect(preview().localName).to.equal('kumppani-premises');
    expect([hidden('#categories'), hidden('#target-groups')]).to.deep.equal([true, true]);
    expect(Object.keys(attributesOf(preview())).sort()).to.deep.equal(['feed', 'lang', 'municipality']);
    expect(await axeIn(win), 'spaces').to.deep.equal([]);
    choose(win, 'input[name="type"][value="contact"]');
    expect(preview().localName).to.equal('kumppani-contact');
    expect([hidden('#categories'), hidden('#target-groups')]).to.deep.equal([false, true]);
    expect(Object.keys(attributesOf(preview())).sort()).to.deep.equal(['category', 'feed', 'lang', 'municipality']);
    expect(await axeIn(win), 'contact').to.deep.equal([]);
    choose(win, 'input[name="type"][value="events"]');

    // 320 CSS px: no horizontal scrolling, the snippets wrap.
    frame.style.width = '320px';
    await waitUntil(() => win.innerWidth === 320, 'frame not narrowed', PATIENT);
    expect(win.document.documentElement.scrollWidth).to.be.at.most(win.document.documentElement.clientWidth);
  });

  it('offers only the widgets a real source can fill, and previews the first it can', async () => {
    const { win } = await openFrame('/demo/configure.html');
    const enabled = () =>
      Array.from(win.document.querySelectorAll<HTMLInputElement>('input[name="type"]'))
        .filter((radio) => !radio.disabled)
        .map((radio) => radio.value);
    const preview = () => win.document.querySelector('#preview > *')!;
    choose(win, '#feed-choice', 'lipas|/v2/');
    expect(enabled()).to.deep.equal(['premises']);
    expect(preview().localName).to.equal('kumppani-premises');
    expect(preview().getAttribute('format')).to.equal('lipas');
    choose(win, '#feed-choice', 'linkedevents|/linkedevents/v1/');
    expect(enabled()).to.deep.equal(['events', 'volunteering', 'card']);
    expect(preview().localName).to.equal('kumppani-events');
    expect(await axeIn(win), 'a real source').to.deep.equal([]);
  });

  it('each snippet, pasted into a plain page, gives exactly the previewed widget', async () => {
    const feed = `${feedOrigin}/cross-origin/feed.json`;
    const { win } = await openFrame(`/demo/configure.html?feed=${encodeURIComponent(feed)}`);
    await waitUntil(() => win.document.querySelector('input[name="category"]'), 'no categories', PATIENT);
    choose(win, 'input[name="type"][value="events"]');
    choose(win, 'input[name="municipality"][value="244"]');
    choose(win, 'input[name="category"]');
    choose(win, '#lang', 'en');
    const preview = win.document.querySelector('#preview > *')!;
    const expected = attributesOf(preview);
    expect(Object.keys(expected)).to.have.members(['feed', 'municipality', 'category', 'lang']);
    const [element, div, iframe, shortcode] = snippets(win);

    const { win: page } = await openFrame('/test/pages/paste.html');
    const main = page.document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', element!);
    main.insertAdjacentHTML('beforeend', div!);
    await waitUntil(() => page.document.querySelectorAll('kumppani-events').length === 2, 'div not upgraded', PATIENT);
    for (const el of page.document.querySelectorAll('kumppani-events'))
      expect(attributesOf(el)).to.deep.equal(expected);

    const src = new URL(new DOMParser().parseFromString(iframe!, 'text/html').querySelector('iframe')!.src);
    expect(Object.fromEntries(src.searchParams)).to.deep.equal({ type: 'events', ...expected });
    const pairs = Object.fromEntries(Array.from(shortcode!.matchAll(/ ([a-z-]+)="([^"]*)"/g), (m) => [m[1], m[2]]));
    expect(pairs).to.deep.equal({ type: 'events', ...expected });
  });
});
