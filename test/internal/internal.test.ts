import { expect } from '@open-wc/testing';
import { readUrlState, withUrlState } from '../../src/internal/url-state.js';
import { parseList } from '../../src/internal/parse-list.js';
import { defineElement } from '../../src/internal/define.js';
import { inheritedLang } from '../../src/internal/lang.js';
import { emit } from '../../src/internal/events.js';

describe('URL state', () => {
  it('reads only its own namespace', () => {
    const hash = '#k.q=kuoro&k.category=culture,sports&k2.q=other&x=1';
    expect(readUrlState('k', hash)).to.deep.equal({ q: 'kuoro', category: 'culture,sports' });
    expect(readUrlState('k2', hash)).to.deep.equal({ q: 'other' });
    expect(parseList('culture,sports')).to.deep.equal(['culture', 'sports']);
  });

  it('writes its keys, keeping other widgets’ keys and a host anchor', () => {
    const next = withUrlState('k', { q: 'lentopallo', category: ['sports'], sort: undefined }, '#main&k2.q=x&k.q=old');
    expect(next).to.equal('#main&k2.q=x&k.q=lentopallo&k.category=sports');
    expect(withUrlState('k', { q: '' }, '#k.q=old')).to.equal('');
    expect(readUrlState('k', withUrlState('k', { q: 'ä & ö = #' }, ''))).to.deep.equal({ q: 'ä & ö = #' });
  });
});

describe('safe define', () => {
  it('defines once; a second copy only warns', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('kumppani-define-test', First);
      defineElement('kumppani-define-test', First);
      expect(warnings).to.have.length(0);
      defineElement('kumppani-define-test', Second);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('kumppani-define-test')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.contain('already defined');
  });
});

describe('inherited language', () => {
  it('takes the closest lang, across shadow roots, then the page’s', () => {
    const outer = document.createElement('div');
    outer.lang = 'sv';
    const host = document.createElement('div');
    outer.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    document.body.append(outer);
    expect(inheritedLang(inner)).to.equal('sv');
    outer.removeAttribute('lang');
    document.documentElement.lang = 'en';
    expect(inheritedLang(inner)).to.equal('en');
    outer.remove();
  });
});

describe('events', () => {
  it('bubble out of shadow roots and can be cancelled by the page', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    document.body.append(host);
    let seen = 0;
    const listener = (event: Event) => {
      seen += 1;
      event.preventDefault();
    };
    document.body.addEventListener('kumppani-change', listener);
    document.body.addEventListener('kumppani-select', listener);
    const filters = { category: [], targetGroup: [], language: [], municipality: [] };
    // Not cancelable: preventDefault has no effect.
    expect(emit(inner, 'kumppani-change', { query: 'x', filters, count: 0 })).to.equal(true);
    const allowed = emit(inner, 'kumppani-select', { association: {} as never }, { cancelable: true });
    document.body.removeEventListener('kumppani-change', listener);
    document.body.removeEventListener('kumppani-select', listener);
    host.remove();
    expect(seen).to.equal(2);
    expect(allowed).to.equal(false);
  });
});
