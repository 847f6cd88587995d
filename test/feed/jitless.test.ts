// Its own page: the feed modules must load after the probe below is in place,
// because zod decides when a schema is created whether it may compile code.
import { expect } from '@open-wc/testing';
import { http } from 'msw/core/http';
import { config } from 'zod/mini';
import { mockFeeds, json } from '../support/msw.js';

describe('feed client under a CSP without unsafe-eval', () => {
  it('never builds functions from strings (zod runs jitless)', async () => {
    const original = globalThis.Function;
    let compiled = 0;
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        compiled++;
        return Reflect.construct(target, args) as object;
      },
      apply(target, self, args) {
        compiled++;
        return Reflect.apply(target, self, args) as unknown;
      },
    });
    try {
      const { loadFeed } = await import('../../src/feed/index.js');
      const body = (await (await fetch(new URL('../fixtures/feed/valid.json', import.meta.url))).json()) as unknown;
      await mockFeeds(http.get('https://feed.example/csp.json', () => json(body)));
      const data = await loadFeed('https://feed.example/csp.json');
      expect(data.associations).to.have.length(2);
    } finally {
      globalThis.Function = original;
    }
    expect(compiled, 'functions built from strings').to.equal(0);
    expect(config().jitless).to.equal(true);
  });
});
