// Embedding where a CMS is in the way: div mount points, a second kumppani file
// on the page, and Subresource Integrity, each with the built CDN files.
import { expect, waitUntil } from '@open-wc/testing';
import { axeViolations } from '../support/axe.js';
import { cardNames, cardsShown, openFrame, PATIENT } from '../support/pages.js';

let feedOrigin = '';

before(async () => {
  feedOrigin = ((await (await fetch('/__feed-origin')).json()) as { origin: string }).origin;
});

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('div mount points (strict CSP, Trusted Types)', () => {
  it('upgrades each div into its element with the declared options only, also divs added later', async () => {
    const { win } = await openFrame('/test/pages/strict-csp-mount.html');
    const [directoryHost, eventsHost, unknownHost] = win.document.querySelectorAll('[data-kumppani]');

    const directory = directoryHost!.firstElementChild as HTMLElement;
    expect(directory.localName).to.equal('kumppani-directory');
    // The fallback link inside the div gives way to the widget.
    expect(directoryHost!.children).to.have.length(1);
    await cardsShown(directory, 'mounted directory');
    expect(directory.getAttribute('feed')).to.equal(`${feedOrigin}/cross-origin/feed.json`);
    expect(directory.getAttribute('municipality')).to.equal('244,598,148,494');
    expect(directory.shadowRoot!.querySelector('.card-heading')!.localName).to.equal('h2');
    // Options the element does not declare are not copied: no handler from data-onclick.
    expect(directory.getAttributeNames().sort()).to.deep.equal(['feed', 'heading-level', 'municipality']);
    directory.click();

    const events = eventsHost!.firstElementChild as HTMLElement;
    expect(events.localName).to.equal('kumppani-events');
    await cardsShown(events, 'mounted events');
    expect(cardNames(events)).to.deep.equal(['Hiihtokoulu; lapset, nuoret "ja" aikuiset']);

    // A type the file does not bring is left alone and named in the console.
    expect(unknownHost!.children).to.have.length(0);
    expect(win.__report.warnings.filter((w) => w.includes('no <kumppani-no-such-widget>'))).to.have.length(1);

    // A CMS block inserted after the page loaded, as a page builder or a later script does.
    const later = win.document.createElement('div');
    later.dataset.kumppani = 'volunteering';
    later.dataset.feed = `${feedOrigin}/cross-origin/feed.json`;
    later.lang = 'sv';
    win.document.querySelector('main')!.append(later);
    await waitUntil(
      () => later.firstElementChild?.localName === 'kumppani-volunteering',
      'later div not upgraded',
      PATIENT,
    );
    await cardsShown(later.firstElementChild!, 'volunteering added later');

    expect(win.__report.violations).to.deep.equal([]);
    expect(win.__report.errors).to.deep.equal([]);
  });
});

describe('a second kumppani file on the page', () => {
  it('ES twice, another file of another version and the classic script: one directory, each extra copy says so once, no violations', async () => {
    const { win } = await openFrame('/test/pages/strict-csp-two-copies.html');
    const el = win.document.querySelector('kumppani-directory')!;
    await cardsShown(el, 'two copies');
    // Wait for the deferred classic script too.
    await waitUntil(
      () => win.__report.warnings.filter((w) => w.includes('is already on this page')).length === 3,
      'not every copy said so',
      PATIENT,
    );
    const notices = win.__report.warnings.filter((w) => w.includes('is already on this page'));
    expect(notices).to.have.members([
      'kumppani: kumppani.js 0.1.0 is already on this page; kumppani.js 0.1.0 does nothing.',
      'kumppani: kumppani.js 0.1.0 is already on this page; kumppani-all.js 0.0.9 does nothing.',
      'kumppani: kumppani.js 0.1.0 is already on this page; kumppani.iife.js 0.1.0 does nothing.',
    ]);
    // The first file is the directory alone, and nothing of the others ran.
    expect(win.customElements.get('kumppani-events')).to.equal(undefined);
    expect(win.__report.warnings.filter((w) => w.includes('already defined'))).to.deep.equal([]);
    expect(win.__report.violations).to.deep.equal([]);
    expect(win.__report.errors).to.deep.equal([]);
  });

  it('the classic script of another version first, then two modules: its widget works, no violations', async () => {
    const { win } = await openFrame('/test/pages/strict-csp-two-copies-classic-first.html');
    const host = win.document.querySelector('[data-kumppani]')!;
    await waitUntil(() => host.firstElementChild, 'mount point not upgraded', PATIENT);
    await cardsShown(host.firstElementChild!, 'classic first');
    await waitUntil(
      () => win.__report.warnings.filter((w) => w.includes('is already on this page')).length === 2,
      'not every copy said so',
      PATIENT,
    );
    expect(win.__report.warnings.filter((w) => w.includes('is already on this page'))).to.deep.equal([
      'kumppani: kumppani-all.iife.js 0.0.9 is already on this page; kumppani.js 0.1.0 does nothing.',
      'kumppani: kumppani-all.iife.js 0.0.9 is already on this page; kumppani-all.js 0.1.0 does nothing.',
    ]);
    expect(win.document.querySelectorAll('kumppani-directory')).to.have.length(1);
    expect(win.__report.violations).to.deep.equal([]);
    expect(win.__report.errors).to.deep.equal([]);
  });
});

describe('Subresource Integrity', () => {
  it('the hash from integrity.json, with crossorigin="anonymous", loads the file', async () => {
    const integrity = (await (await fetch('/dist/integrity.json')).json()) as Record<string, string>;
    expect(Object.keys(integrity).sort()).to.deep.equal([
      'embed.js',
      'kumppani-all.iife.js',
      'kumppani-all.js',
      'kumppani-frame.js',
      'kumppani.iife.js',
      'kumppani.js',
    ]);
    for (const hash of Object.values(integrity)) expect(hash).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);

    const { win } = await openFrame('/test/pages/sri.html');
    const script = win.document.querySelector('script[integrity]')!;
    expect(script.getAttribute('integrity')).to.equal(integrity['kumppani.js']);
    const el = win.document.querySelector('kumppani-directory')!;
    await cardsShown(el, 'with integrity');
    expect(win.__report.failedScripts).to.deep.equal([]);
  });

  it('a wrong hash makes the browser refuse the file: nothing is defined', async () => {
    const { win } = await openFrame('/test/pages/sri-wrong.html');
    expect(win.__report.failedScripts).to.deep.equal([`${win.location.origin}/dist/kumppani.iife.js`]);
    expect(win.customElements.get('kumppani-directory')).to.equal(undefined);
    expect(win.document.querySelector('kumppani-directory')!.shadowRoot).to.equal(null);
  });
});

describe('the iframe page (embed.html)', () => {
  it('is a complete, accessible document in the asked language, with the asked accent', async () => {
    const feed = encodeURIComponent(`${feedOrigin}/cross-origin/feed.json`);
    const { win } = await openFrame(
      `/dist/embed.html?type=directory&feed=${feed}&municipality=Jakobstad,Kempele&lang=sv&accent=%237a1f5c`,
    );
    const doc = win.document;
    const el = doc.querySelector('kumppani-directory')!;
    await cardsShown(el, 'iframe page');
    expect(doc.documentElement.lang).to.equal('sv');
    expect(doc.title).to.equal('Föreningar – Jakobstad, Kempele');
    expect(doc.querySelector('h1')!.textContent).to.equal(doc.title);
    // Zoomable: no maximum-scale or user-scalable=no.
    expect(doc.querySelector('meta[name="viewport"]')!.getAttribute('content')).to.equal(
      'width=device-width, initial-scale=1',
    );
    expect(el.getAttribute('heading-level')).to.equal('2');
    expect(win.getComputedStyle(el).getPropertyValue('--kumppani-color-accent').trim()).to.equal('#7a1f5c');
    // The page enforces Trusted Types: axe is loaded through a policy of the one other name it admits.
    const policy = (
      win as unknown as {
        trustedTypes: { createPolicy(name: string, rules: object): { createScriptURL(url: string): string } };
      }
    ).trustedTypes.createPolicy('kumppani', { createScriptURL: (url: string) => url });
    const axeScript = doc.createElement('script');
    axeScript.src = policy.createScriptURL('/node_modules/axe-core/axe.min.js');
    doc.head.append(axeScript);
    await new Promise((resolve) => axeScript.addEventListener('load', resolve, { once: true }));
    expect(await axeViolations(doc, (win as unknown as Window).axe)).to.deep.equal([]);
  });

  it('shows an alert instead of a widget for a feed that is not an http(s) address', async () => {
    const { win } = await openFrame(`/dist/embed.html?feed=${encodeURIComponent('javascript:alert(1)')}`);
    await waitUntil(() => win.document.querySelector('[role="alert"]'), 'no alert', PATIENT);
    expect(win.document.querySelector('[role="alert"]')!.textContent).to.equal(
      'Syötteen osoitteen on alettava https://',
    );
    expect(win.document.querySelector('kumppani-directory')).to.equal(null);
  });

  it('opens its links in the page around the frame, not inside the frame', async () => {
    const { frame, win } = await openFrame('/test/pages/frame-links.html');
    const inner = win.document.querySelector('iframe')!;
    await waitUntil(() => inner.contentDocument?.querySelector('kumppani-directory'), 'no iframe page', PATIENT);
    const el = inner.contentDocument!.querySelector('kumppani-directory')!;
    await cardsShown(el, 'iframe page with links');
    const feedback = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.feedback')!;
    expect(feedback.href).to.equal(`${location.origin}/test/pages/paste.html#saavutettavuus`);

    feedback.click();
    // The page holding the frame goes to the link; inside the frame it would leave a page without its widget.
    await waitUntil(() => frame.contentWindow!.location.pathname === '/test/pages/paste.html', 'page stayed', PATIENT);
    expect(frame.contentWindow!.location.hash).to.equal('#saavutettavuus');
  });

  it('scrolls inside its frame without the helper', async () => {
    const feed = encodeURIComponent(`${feedOrigin}/cross-origin/feed.json`);
    const { frame, win } = await openFrame(`/dist/embed.html?feed=${feed}`);
    frame.style.height = '200px';
    await cardsShown(win.document.querySelector('kumppani-directory')!, 'no helper');
    expect(frame.clientHeight).to.equal(200);
    expect(win.document.documentElement.scrollHeight).to.be.greaterThan(win.document.documentElement.clientHeight);
  });

  it('with kumppani-frame.js, a frame from another origin takes its content’s height; other messages are ignored', async () => {
    const { win } = await openFrame('/test/pages/frame-host.html');
    const frame = win.document.querySelector<HTMLIFrameElement>('iframe[data-kumppani-frame]')!;
    expect(new URL(frame.src).origin).not.to.equal(win.location.origin);
    // Four cards and the search form are taller than the frame's first 150 px.
    await waitUntil(() => parseFloat(frame.style.height) > 400, 'frame not resized', PATIENT);
    // Every height the frame is given from now on (the frame itself may still send new ones).
    const heights: string[] = [];
    new MutationObserver(() => heights.push(frame.style.height)).observe(frame, { attributeFilter: ['style'] });

    // A height from the host page itself, and from a frame that is not a kumppani frame.
    win.postMessage({ kumppani: 'frame-height', height: 5 }, '*');
    const stranger = win.document.createElement('iframe');
    stranger.title = 'muu kehys';
    win.document.body.append(stranger);
    stranger.contentWindow!.parent.postMessage({ kumppani: 'frame-height', height: 7 }, '*');
    // Messages are delivered in order: once this one arrives, the two above were handled.
    await new Promise<void>((resolve) => {
      win.addEventListener('message', (event) => event.data === 'after' && resolve());
      win.postMessage('after', '*');
    });
    expect(heights).not.to.include('5px');
    expect(heights).not.to.include('7px');
    expect(parseFloat(frame.style.height)).to.be.greaterThan(400);
    expect(win.__report.errors).to.deep.equal([]);
  });
});
