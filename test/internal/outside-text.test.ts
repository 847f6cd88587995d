// Text and keys from outside (a feed, a server, the address) meet the helpers
// that look them up, show them and build links from them.
import { expect } from '@open-wc/testing';
import { contactHref, encodeComponent, mailtoHref, wellFormed } from '../../src/internal/links.js';
import { freshTable, own } from '../../src/internal/lookup.js';
import { readUrlState } from '../../src/internal/url-state.js';
import { hasVisibleText } from '../../src/feed/visible.js';
import { readItem } from '../../src/feed/normalize.js';
import { languageName, pickText, resolveLocale } from '../../src/i18n/index.js';
import { mapUrl } from '../../src/elements/shared/links.js';
import type { Association } from '../../src/feed/types.js';

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

describe('lookups of outside keys', () => {
  it('finds only a table’s own values, never Object.prototype’s', () => {
    const table = { fse: 'viittomakieli' };
    for (const key of PROTOTYPE_NAMES) expect(own(table, key), key).to.equal(undefined);
    expect(own(table, 'fse')).to.equal('viittomakieli');
    const fresh = freshTable<string>();
    fresh['__proto__'] = 'x';
    expect(Object.keys(fresh)).to.deep.equal(['__proto__']);
    expect(own(fresh, '__proto__')).to.equal('x');
  });

  it('names a language code that is an Object.prototype name as the code, not a function', () => {
    for (const lang of ['fi', 'sv', 'en']) {
      for (const code of PROTOTYPE_NAMES) {
        // Compared as text: a failure must not make the reporter print Object.prototype itself.
        const name: unknown = languageName(resolveLocale(lang), code);
        expect(typeof name, `${lang} ${code}`).to.equal('string');
        expect(String(name)).not.to.contain('native code');
      }
    }
    expect(languageName(resolveLocale('fi'), 'fse')).to.equal('suomalainen viittomakieli');
  });

  it('picks localized text by own keys only', () => {
    expect(pickText({ fi: 'Kuoro' }, 'constructor')).to.deep.equal({ text: 'Kuoro', lang: 'fi' });
    const inherited = Object.create({ fi: 'peritty' }) as Record<string, string>;
    expect(pickText(inherited, 'fi')).to.equal(undefined);
  });

  it('reads URL state keyed by prototype names as plain values', () => {
    const state = readUrlState('k', '#k.__proto__=a&k.constructor=b&k.language=constructor');
    expect(Object.getPrototypeOf(state) === null, 'no prototype').to.equal(true);
    expect(state['__proto__']).to.equal('a');
    expect(state['constructor']).to.equal('b');
    expect(state['language']).to.equal('constructor');
    expect(readUrlState('k', '#k.q=x')['toString']).to.equal(undefined);
  });
});

describe('links built from outside text', () => {
  const lone = ['Katu \ud800 1', '\udfff', 'a\ud83d', '\ud83d\ude00\ud800'];

  it('makes text well-formed: lone surrogates become U+FFFD, pairs stay', () => {
    expect(wellFormed('Katu \ud800 1')).to.equal('Katu \ufffd 1');
    expect(wellFormed('\ud83d\ude00')).to.equal('\ud83d\ude00');
    for (const text of lone) expect(() => encodeComponent(text)).not.to.throw();
    expect(encodeComponent('a\ud800&b')).to.equal('a%EF%BF%BD%26b');
  });

  it('builds query URLs that cannot throw', () => {
    expect(mapUrl({ address: { street: 'Katu \ud800 1&x=#' } })).to.equal(
      'https://www.openstreetmap.org/search?query=Katu%20%EF%BF%BD%201%26x%3D%23',
    );
    for (const street of lone) {
      expect(() => mapUrl({ address: { street } })).not.to.throw();
      expect(mapUrl({ address: { street } })).to.match(/^https:\/\/www\.openstreetmap\.org\/search\?query=[^?#&]+$/);
    }
  });

  it('percent-encodes a mailto address so it can never add recipients or header fields (RFC 6068)', () => {
    const hostile = 'info?bcc=spy%40evil.example&subject=Tervetuloa&body=Hei@assoc.example';
    const href = mailtoHref(hostile)!;
    expect(href).to.equal('mailto:info%3Fbcc%3Dspy%2540evil.example%26subject%3DTervetuloa%26body%3DHei@assoc.example');
    expect(href).not.to.match(/[?&=,]/);
    expect(decodeURIComponent(href.slice('mailto:'.length))).to.equal(hostile);
    expect(mailtoHref('a,b@x.example')).to.equal('mailto:a%2Cb@x.example');
    expect(mailtoHref('pj@kempeleenelakelaiset.example')).to.equal('mailto:pj@kempeleenelakelaiset.example');
    expect(mailtoHref('info@yhdistys.fi')).to.equal('mailto:info@yhdistys.fi');
    // A non-ASCII domain as percent-encoded UTF-8; anything that is not one address gives no link.
    expect(mailtoHref('info@ääni.example')).to.equal('mailto:info@%C3%A4%C3%A4ni.example');
    expect(mailtoHref('x@evil.example?cc=y')).to.equal('mailto:x@evil.example%3Fcc%3Dy');
    for (const bad of ['', 'no-at', 'a@b@c.example', '@x.example', 'a@'])
      expect(mailtoHref(bad), bad).to.equal(undefined);
    expect(mailtoHref('\ud800@x.example')).to.equal('mailto:%EF%BF%BD@x.example');
  });

  it('gives tel: and mailto: links from one helper', () => {
    expect(contactHref('phone', '+358 40 123 4567')).to.equal('tel:+358401234567');
    expect(contactHref('phone', '040?x=1')).to.equal(undefined);
    expect(contactHref('email', 'a&b@x.example')).to.equal('mailto:a%26b@x.example');
  });
});

describe('text that shows nothing', () => {
  const invisible = [
    '\u200b',
    '\u200b\u200c\u200d',
    '\u2060\ufeff',
    '\u202e\u2066\u2069',
    '\u3164',
    '\u00ad',
    ' \u200b ',
  ];

  it('tells invisible text from visible', () => {
    for (const text of invisible) expect(hasVisibleText(text), JSON.stringify(text)).to.equal(false);
    for (const text of ['a', 'a\u200b', '\u202eKuoro', '\ud800', '🙂', 'ℵ'])
      expect(hasVisibleText(text), text).to.equal(true);
  });

  it('skips an item whose name or id is only invisible characters, and drops such optional text', () => {
    const base = {
      type: 'association',
      id: 'a1',
      name: { fi: 'Kuoro' },
      categories: ['culture'],
      municipality: { code: '564' },
      updatedAt: '2026-01-01T00:00:00Z',
    };
    for (const name of invisible) {
      const result = readItem({ ...base, name: { fi: name } });
      expect(result.kind, JSON.stringify(name)).to.equal('skipped');
      expect(result.kind === 'skipped' && result.reason).to.contain('name');
    }
    const invisibleCodes = readItem({ ...base, categories: ['\u200b', 'culture'], languages: ['\u2060', 'fi'] });
    expect(invisibleCodes.kind === 'item' && (invisibleCodes.item as Association).languages).to.deep.equal(['fi']);
    expect(readItem({ ...base, categories: ['\u200b'] })).to.deep.include({
      kind: 'skipped',
      reason: 'categories: at least 1 category code needed',
    });
    const blankId = readItem({ ...base, id: '\u200b\u200d' });
    expect(blankId).to.deep.include({ kind: 'skipped', reason: 'id: blank' });
    // A name in one language that shows, another that does not: the visible one is kept.
    const mixed = readItem({ ...base, name: { fi: 'Kuoro', sv: '\u200b' }, shortDescription: { fi: '\u2060' } });
    expect(mixed.kind).to.equal('item');
    if (mixed.kind === 'item') {
      expect((mixed.item as Association).name).to.deep.equal({ fi: 'Kuoro' });
      expect(mixed.dropped.map((d) => d.field)).to.deep.equal(['shortDescription']);
    }
  });
});
