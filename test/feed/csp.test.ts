// Its own page: the feed modules are imported only once the probes below are in
// place, so code compiled while the modules load would be counted too.
import { expect } from '@open-wc/testing';
import { http } from 'msw/core/http';
import { mockFeeds, json } from '../support/msw.js';

describe('feed client under a CSP without unsafe-eval', () => {
  it('never builds functions from strings or evaluates code while loading and checking a feed', async () => {
    const globals = globalThis as { Function: FunctionConstructor; eval: typeof eval };
    const { Function: originalFunction, eval: originalEval } = globals;
    let compiled = 0;
    const count = <T extends object>(target: T): T =>
      new Proxy(target, {
        construct(fn, args, newTarget) {
          compiled++;
          return Reflect.construct(fn as never, args, newTarget) as object;
        },
        apply(fn, self, args) {
          compiled++;
          return Reflect.apply(fn as never, self, args) as unknown;
        },
      });
    globals.Function = count(originalFunction);
    globals.eval = count(originalEval);
    try {
      const { loadFeed } = await import('../../src/feed/index.js');
      // Valid and invalid items of every type, so that every check runs and fails at least once.
      const pages: [string, string][] = [
        ['valid.json', 'https://feed.example/csp/1'],
        ['invalid-items.json', 'https://feed.example/csp/2'],
        ['events-tasks.json', 'https://feed.example/csp/3'],
      ];
      const bodies = await Promise.all(
        pages.map(
          async ([name]) =>
            (await (await fetch(new URL(`../fixtures/feed/${name}`, import.meta.url))).json()) as object,
        ),
      );
      await mockFeeds(
        ...pages.map(([, url], index) =>
          http.get(url, () => json({ ...bodies[index], meta: { next: pages[index + 1]?.[1] ?? null } })),
        ),
      );
      const data = await loadFeed(pages[0]![1]);
      expect(data.associations.map((a) => a.id)).to.deep.equal(['ihimiset:1042', 'ihimiset:2001', 'ok:1', 'ok:2']);
      expect(data.events).to.have.length(2);
      expect(data.tasks).to.have.length(2);
      expect(data.skipped).to.have.length(18);
    } finally {
      globals.Function = originalFunction;
      globals.eval = originalEval;
    }
    expect(compiled, 'functions built from strings, or code evaluated').to.equal(0);
  });
});
