// The built CDN files, loaded by plain HTML pages as a webmaster would paste them,
// against a feed served from another origin (a second server on another port).
import { expect, waitUntil } from '@open-wc/testing';
import { axeViolations } from '../support/axe.js';
import { cardNames, cardsShown, openFrame, type PageWindow } from '../support/pages.js';

let feedOrigin = '';

before(async () => {
  feedOrigin = ((await (await fetch('/__feed-origin')).json()) as { origin: string }).origin;
});

async function openPage(
  path: string,
  tag = 'kumppani-directory',
): Promise<{ frame: HTMLIFrameElement; win: PageWindow; el: HTMLElement }> {
  const { frame, win } = await openFrame(path);
  const el = win.document.querySelector(tag) as HTMLElement;
  await cardsShown(el, path);
  return { frame, win, el };
}

async function search(el: HTMLElement, text: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.form!.requestSubmit();
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

describe('built bundles on plain pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('ES module: the two pasted lines give a working, searchable, accessible directory in fi, sv and en', async () => {
    const { win, el } = await openPage('/test/pages/plain-es.html');
    // Two pages of the feed, followed across origins; the invalid item is skipped and reported.
    expect(cardNames(el)).to.deep.equal([
      '<img src=x onerror=alert(1)> Muhoksen Martat ry',
      'Inarin Saamelaisyhdistys ry',
      'Kempeleen Urheiluseura ry',
      'Pietarsaaren Mieskuoro ry',
    ]);
    expect(el.shadowRoot!.querySelector('img[src="x"]')).to.equal(null);
    // kumppani.js is the directory alone; the other elements come with kumppani-all.js.
    for (const tag of ['kumppani-card', 'kumppani-events', 'kumppani-volunteering']) {
      expect(win.customElements.get(tag), tag).to.equal(undefined);
    }
    expect(win.__report.warnings.join('\n')).to.contain('yt:broken');
    expect(win.__report.errors).to.deep.equal([]);

    await search(el, 'mieskuorot');
    expect(cardNames(el)).to.deep.equal(['Pietarsaaren Mieskuoro ry']);
    // axe runs inside the page it checks: load it there, as an extension would.
    const axeScript = win.document.createElement('script');
    axeScript.src = '/node_modules/axe-core/axe.min.js';
    win.document.head.append(axeScript);
    await new Promise((resolve) => axeScript.addEventListener('load', resolve, { once: true }));
    expect(await axeViolations(win.document, win.axe)).to.deep.equal([]);

    for (const [lang, label, name] of [
      ['sv', 'Sök föreningar', 'Jakobstads Manskör rf'],
      // English falls back to Finnish first (contract §2).
      ['en', 'Search associations', 'Pietarsaaren Mieskuoro ry'],
      ['fi', 'Hae yhdistyksiä', 'Pietarsaaren Mieskuoro ry'],
    ] as const) {
      win.document.documentElement.lang = lang;
      await waitUntil(() => el.shadowRoot!.querySelector('label[for="search"]')!.textContent === label, lang);
      expect(cardNames(el)).to.deep.equal([name]);
      expect(await axeViolations(win.document, win.axe), lang).to.deep.equal([]);
    }
  });

  it('classic script (IIFE) works the same for CMSs that cannot emit type="module"', async () => {
    const { win, el } = await openPage('/test/pages/plain-iife.html');
    expect(cardNames(el)).to.have.length(4);
    await search(el, 'saamelais');
    expect(cardNames(el)).to.deep.equal(['Inarin Saamelaisyhdistys ry']);
    expect(win.__report.errors).to.deep.equal([]);
  });

  it('holds under a strict CSP with Trusted Types: no violations, no style attributes, no other requests, no storage', async () => {
    const { win, el } = await openPage('/test/pages/strict-csp.html');
    expect(cardNames(el)).to.have.length(4);
    await search(el, 'urheilu');
    expect(cardNames(el)).to.deep.equal(['Kempeleen Urheiluseura ry']);
    // Open the detail: the dialog, its map link and the feed's logo image.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.card-button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!.open);
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.querySelector('img')!.getAttribute('loading')).to.equal('lazy');
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);

    expect(win.__report.violations).to.deep.equal([]);
    expect(win.__report.errors).to.deep.equal([]);
    // The feed's zod schemas run jitless: zod never probes for eval (`new Function`).
    expect((win as unknown as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig?.jitless).to.equal(
      true,
    );

    // Only the page's own files, the feed's pages and the images the feed names.
    const requested = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    const foreign = requested.filter(
      (url) =>
        !url.startsWith(win.location.origin) && !url.startsWith(feedOrigin) && !url.startsWith('https://kus.example/'),
    );
    expect(foreign).to.deep.equal([]);
    expect(requested.filter((url) => url.startsWith(feedOrigin))).to.deep.equal([
      `${feedOrigin}/cross-origin/feed.json`,
      `${feedOrigin}/cross-origin/page-2.json`,
    ]);
    // The typed query never leaves the page.
    expect(requested.some((url) => url.includes('urheilu'))).to.equal(false);
    expect(win.document.cookie).to.equal('');
    expect(win.localStorage.length).to.equal(0);
    expect(win.sessionStorage.length).to.equal(0);
    expect(await win.indexedDB.databases()).to.deep.equal([]);
  });

  it('events, volunteering, card, spaces and contact hold under the strict CSP too, and the calendar file is made without a request', async () => {
    const { win, el } = await openPage('/test/pages/strict-csp-events.html', 'kumppani-events');
    expect(cardNames(el)).to.deep.equal(['Hiihtokoulu; lapset, nuoret "ja" aikuiset']);
    const tasks = win.document.querySelector('kumppani-volunteering')!;
    await waitUntil(() => (tasks.shadowRoot?.querySelectorAll('.card-button').length ?? 0) === 1);
    const card = win.document.querySelector('kumppani-card')!;
    const spaces = win.document.querySelector('kumppani-premises')!;
    await waitUntil(() => (spaces.shadowRoot?.querySelectorAll('.card-button').length ?? 0) === 1);
    spaces.shadowRoot!.querySelector<HTMLButtonElement>('.card-button')!.click();
    await waitUntil(() => spaces.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!.open);
    // Feed text stays text under Trusted Types.
    expect(spaces.shadowRoot!.querySelector('dialog')!.textContent).to.contain('Varaa <b>viikkoa</b> ennen.');
    const contact = win.document.querySelector('kumppani-contact')!;
    await waitUntil(() => contact.shadowRoot?.querySelector('[part="contact-points"]'));
    for (const tag of [
      'kumppani-directory',
      'kumppani-card',
      'kumppani-events',
      'kumppani-volunteering',
      'kumppani-premises',
      'kumppani-contact',
    ]) {
      expect(win.customElements.get(tag), tag).to.be.a('function');
    }
    await waitUntil(() =>
      card.shadowRoot?.querySelector('.card-button')?.textContent?.includes('Kempeleen Urheiluseura'),
    );

    el.shadowRoot!.querySelector<HTMLButtonElement>('.card-button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!.open);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="calendar-link"]')!;
    expect(link.href.startsWith('data:text/calendar')).to.equal(true);
    const before = win.performance.getEntriesByType('resource').length;
    const ics = decodeURIComponent(link.href.slice(link.href.indexOf(',') + 1));
    expect(ics).to.contain('SUMMARY:Hiihtokoulu\\; lapset\\, nuoret "ja" aikuiset');
    expect(win.performance.getEntriesByType('resource').length).to.equal(before);
    expect(win.__report.violations).to.deep.equal([]);
    expect(win.__report.errors).to.deep.equal([]);
    for (const widget of [el, tasks, card, spaces, contact]) {
      expect(widget.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    }
  });

  it('events classic script (IIFE) works on a plain Swedish page', async () => {
    const { win, el } = await openPage('/test/pages/plain-events-iife.html', 'kumppani-events');
    expect(cardNames(el)).to.deep.equal(['Skidskola']);
    expect(el.shadowRoot!.querySelector('.day-heading')!.textContent).to.equal('lö 2.2.2030');
    expect(win.__report.errors).to.deep.equal([]);
  });
});
