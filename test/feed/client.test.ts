import { expect } from '@open-wc/testing';
import { http } from 'msw/core/http';
import { mockFeeds, json } from '../support/msw.js';
import { FeedError, loadFeed, reloadFeed, sharedFeed, type FeedData } from '../../src/feed/index.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ORIGIN = 'https://feed.example';
const notFound = http.get(`${ORIGIN}/*`, () => new Response(null, { status: 404 }));
const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

function item(id: string): Json {
  return {
    type: 'association',
    id,
    name: { fi: `Yhdistys ${id}` },
    categories: ['leisure'],
    municipality: { code: '564' },
    updatedAt: '2026-10-14T12:30:00+03:00',
  };
}

function page(data: Json[], next: unknown = null, extra: Json = {}): Json {
  return { feedVersion: '1.0', generatedAt: '2026-11-20T06:00:00Z', meta: { count: 99, next }, data, ...extra };
}

/** Serves each path → body, counts requests per path; other feed.example paths answer 404. */
async function serveAll(pages: Record<string, Json>): Promise<Map<string, number>> {
  const hits = new Map<string, number>();
  await mockFeeds(
    ...Object.entries(pages).map(([path, body]) =>
      http.get(`${ORIGIN}${path}`, ({ request }) => {
        const key = new URL(request.url).pathname;
        hits.set(key, (hits.get(key) ?? 0) + 1);
        return json(body);
      }),
    ),
    notFound,
  );
  return hits;
}

/** The rejection of `promise`, failing the test when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

async function feedError(promise: Promise<unknown>): Promise<FeedError> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(FeedError);
  return error as FeedError;
}

const ids = (data: FeedData): string[] => data.associations.map((a) => a.id);

describe('loadFeed: paging', () => {
  it('follows meta.next over three pages and keeps envelope data from the first', async () => {
    const hits = await serveAll({
      '/paged/1': page([item('a1'), item('a2')], `${ORIGIN}/paged/2`, {
        source: { name: { fi: 'Ensimmäinen' } },
        taxonomy: { categories: [{ code: 'x', label: { fi: 'X' } }] },
      }),
      '/paged/2': page([item('b1'), { name: 'no type' }, item('a1')], `${ORIGIN}/paged/3?page=3`, {
        generatedAt: '2030-01-01T00:00:00Z',
        source: { name: { fi: 'Toinen' } },
      }),
      '/paged/3': page([item('c1')], null),
    });
    const data = await loadFeed(`${ORIGIN}/paged/1`);
    expect(ids(data)).to.deep.equal(['a1', 'a2', 'b1', 'c1']);
    expect(data.skipped).to.deep.equal([
      { id: 'page 2 #1', reason: 'type: required' },
      { id: 'a1', reason: 'duplicate id' },
    ]);
    expect(data.generatedAt).to.equal('2026-11-20T06:00:00Z');
    expect(data.source).to.deep.equal({ name: { fi: 'Ensimmäinen' } });
    expect(data.announcedCount).to.equal(99);
    expect(data.pagingStopped).to.equal(undefined);
    expect(data.taxonomy.categories.get('x')).to.deep.equal({ fi: 'X' });
    expect([...hits]).to.deep.equal([
      ['/paged/1', 1],
      ['/paged/2', 1],
      ['/paged/3', 1],
    ]);
  });

  it('stops when next repeats an earlier page, keeping what was loaded', async () => {
    const hits = await serveAll({
      '/loop/1': page([item('a1')], `${ORIGIN}/loop/2`),
      // The same address as the first page, written differently.
      '/loop/2': page([item('b1')], 'HTTPS://FEED.example:443/loop/1#top'),
    });
    const data = await loadFeed(`${ORIGIN}/loop/1`);
    expect(ids(data)).to.deep.equal(['a1', 'b1']);
    expect(data.pagingStopped).to.deep.equal({ reason: 'loop', url: `${ORIGIN}/loop/1` });
    expect(hits.get('/loop/1')).to.equal(1);
  });

  it('notices a next that differs from an earlier page only by a trailing ? at once, reading nothing twice', async () => {
    const hits = await serveAll({
      '/again/1': page([item('a1'), item('a2')], `${ORIGIN}/again/2?`),
      '/again/2': page([item('b1')], `${ORIGIN}/again/1?#top`),
    });
    const data = await loadFeed(`${ORIGIN}/again/1`);
    expect(ids(data)).to.deep.equal(['a1', 'a2', 'b1']);
    expect(data.skipped).to.deep.equal([]);
    expect(data.pagingStopped).to.deep.equal({ reason: 'loop', url: `${ORIGIN}/again/1` });
    expect(hits.get('/again/1')).to.equal(1);
  });

  it('notices a redirect back to a page already read before reading it again', async () => {
    const hits = new Map<string, number>();
    const count = (request: Request) => {
      const path = new URL(request.url).pathname;
      hits.set(path, (hits.get(path) ?? 0) + 1);
    };
    await mockFeeds(
      http.get(`${ORIGIN}/redirect/1`, ({ request }) => {
        count(request);
        return json(page([item('a1'), item('a2'), item('a3')], `${ORIGIN}/redirect/2`));
      }),
      // The second page sends the reader back to the first.
      http.get(`${ORIGIN}/redirect/2`, ({ request }) => {
        count(request);
        return new Response(null, { status: 302, headers: { Location: `${ORIGIN}/redirect/1?` } });
      }),
      notFound,
    );
    const data = await loadFeed(`${ORIGIN}/redirect/1`);
    expect(ids(data)).to.deep.equal(['a1', 'a2', 'a3']);
    // Not three "duplicate id" skips: the page reached again is not read.
    expect(data.skipped).to.deep.equal([]);
    expect(data.pagingStopped).to.deep.equal({ reason: 'loop', url: `${ORIGIN}/redirect/1` });
    expect(hits.get('/redirect/2')).to.equal(1);
  });

  it('stops at a next that is not an absolute http(s) URL', async () => {
    for (const next of ['javascript:alert(1)', '/relative/2', 'ftp://feed.example/2', 42]) {
      await serveAll({ '/bad-next/1': page([item('a1')], next) });
      const data = await loadFeed(`${ORIGIN}/bad-next/1`);
      expect(ids(data)).to.deep.equal(['a1']);
      expect(data.pagingStopped, String(next)).to.deep.equal({ reason: 'invalid-next', url: String(next) });
    }
  });

  it('treats a missing or blank next as the last page', async () => {
    await serveAll({ '/no-next': { feedVersion: '1.0', data: [item('a1')] }, '/blank-next': page([item('b1')], ' ') });
    for (const path of ['/no-next', '/blank-next']) {
      const data = await loadFeed(`${ORIGIN}${path}`);
      expect(data.associations).to.have.length(1);
      expect(data.pagingStopped).to.equal(undefined);
    }
  });

  it('stops at the page cap', async () => {
    const pages: Record<string, Json> = {};
    for (let n = 1; n <= 5; n++) pages[`/cap/${n}`] = page([item(`p${n}`)], `${ORIGIN}/cap/${n + 1}`);
    const hits = await serveAll(pages);
    const data = await loadFeed(`${ORIGIN}/cap/1`, { maxPages: 3 });
    expect(ids(data)).to.deep.equal(['p1', 'p2', 'p3']);
    expect(data.pagingStopped).to.deep.equal({ reason: 'page-cap', url: `${ORIGIN}/cap/4` });
    expect(hits.has('/cap/4')).to.equal(false);
  });

  it('fails as a whole when a later page fails', async () => {
    await mockFeeds(
      http.get(`${ORIGIN}/later/1`, () => json(page([item('a1')], `${ORIGIN}/later/2`))),
      http.get(`${ORIGIN}/later/2`, () => new Response('oops', { status: 503 })),
    );
    const error = await feedError(loadFeed(`${ORIGIN}/later/1`));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(503);
    expect(error.url).to.equal(`${ORIGIN}/later/2`);
  });
});

describe('loadFeed: envelope and transport errors', () => {
  it('rejects another major version and accepts unknown minor versions', async () => {
    await serveAll({
      '/v2': page([item('a1')], null, { feedVersion: '2.0' }),
      '/v17': page([item('a1')], null, { feedVersion: '1.7' }),
    });
    const error = await feedError(loadFeed(`${ORIGIN}/v2`));
    expect(error.kind).to.equal('version');
    expect(error.message).to.contain('2.0');
    const data = await loadFeed(`${ORIGIN}/v17`);
    expect(data.feedVersion).to.equal('1.7');
    expect(ids(data)).to.deep.equal(['a1']);
  });

  it('rejects bodies that are not a feed with format errors', async () => {
    await mockFeeds(
      http.get(
        `${ORIGIN}/html`,
        () => new Response('<!doctype html><p>Not found</p>', { headers: { 'Content-Type': 'text/html' } }),
      ),
      http.get(`${ORIGIN}/array`, () => json([item('a1')])),
      http.get(`${ORIGIN}/null`, () => json(null)),
      http.get(`${ORIGIN}/no-data`, () => json({ feedVersion: '1.0', meta: { next: null } })),
      http.get(`${ORIGIN}/data-object`, () => json({ feedVersion: '1.0', data: { items: [] } })),
      http.get(`${ORIGIN}/no-version`, () => json({ data: [item('a1')] })),
      http.get(`${ORIGIN}/number-version`, () => json({ feedVersion: 1, data: [item('a1')] })),
      http.get(`${ORIGIN}/bad-version`, () => json({ feedVersion: 'v1', data: [item('a1')] })),
    );
    const messages: Record<string, RegExp> = {
      '/html': /not JSON/,
      '/array': /not a JSON object/,
      '/null': /not a JSON object/,
      '/no-data': /data/,
      '/data-object': /data/,
      '/no-version': /feedVersion: required/,
      '/number-version': /feedVersion: expected a string/,
      '/bad-version': /feedVersion: not MAJOR\.MINOR/,
    };
    for (const [path, message] of Object.entries(messages)) {
      const error = await feedError(loadFeed(`${ORIGIN}${path}`));
      expect(error.kind, path).to.equal('format');
      expect(error.message, path).to.match(message);
      expect(error.url).to.equal(`${ORIGIN}${path}`);
    }
  });

  it('reports HTTP errors with their status', async () => {
    await mockFeeds(
      http.get(`${ORIGIN}/missing`, () => new Response('no', { status: 404, statusText: 'Not Found' })),
      http.get(`${ORIGIN}/broken`, () => json({ error: 'boom' }, { status: 500 })),
    );
    for (const [path, status] of [
      ['/missing', 404],
      ['/broken', 500],
    ] as const) {
      const error = await feedError(loadFeed(`${ORIGIN}${path}`));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(status);
      expect(error.message).to.contain(String(status));
    }
  });

  it('reports a network failure', async () => {
    await mockFeeds(http.get(`${ORIGIN}/down`, () => Response.error()));
    const error = await feedError(loadFeed(`${ORIGIN}/down`));
    expect(error.kind).to.equal('network');
    expect(error.status).to.equal(undefined);
  });

  it('refuses a feed address that is not http(s)', async () => {
    const error = await feedError(loadFeed('javascript:alert(1)'));
    expect(error.kind).to.equal('network');
  });

  it('times out a request that takes too long', async () => {
    await mockFeeds(
      http.get(`${ORIGIN}/slow`, async () => {
        await sleep(1500);
        return json(page([item('a1')]));
      }),
    );
    const started = performance.now();
    const error = await feedError(loadFeed(`${ORIGIN}/slow`, { timeoutMs: 150 }));
    expect(error.kind).to.equal('network');
    expect(error.message).to.match(/timed out/);
    expect(performance.now() - started).to.be.below(1200);
  });

  it('applies the time-out to each page, not to the whole load', async () => {
    const slowPage = (data: Json, next: string | null) => async () => {
      await sleep(120);
      return json(page(data, next));
    };
    await mockFeeds(
      http.get(`${ORIGIN}/steady/1`, slowPage([item('a1')], `${ORIGIN}/steady/2`)),
      http.get(`${ORIGIN}/steady/2`, slowPage([item('b1')], `${ORIGIN}/steady/3`)),
      http.get(`${ORIGIN}/steady/3`, slowPage([item('c1')], null)),
      notFound,
    );
    const data = await loadFeed(`${ORIGIN}/steady/1`, { timeoutMs: 300 });
    expect(ids(data)).to.deep.equal(['a1', 'b1', 'c1']);
  });

  it('aborts with the abort reason, not a FeedError, and cancels the request in flight', async () => {
    await mockFeeds(
      http.get(`${ORIGIN}/abort`, async () => {
        await sleep(1500);
        return json(page([item('a1')]));
      }),
    );
    const signals: AbortSignal[] = [];
    const spy: typeof fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return fetch(input, init);
    };
    const controller = new AbortController();
    const loading = loadFeed(`${ORIGIN}/abort`, { signal: controller.signal, fetch: spy });
    await sleep(50);
    controller.abort();
    const error = await rejection(loading);
    expect(error).not.to.be.instanceOf(FeedError);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(signals).to.have.length(1);
    expect(signals[0]!.aborted).to.equal(true);

    const reason = new Error('widget removed');
    const again = new AbortController();
    const second = loadFeed(`${ORIGIN}/abort`, { signal: again.signal });
    again.abort(reason);
    expect(await rejection(second)).to.equal(reason);

    const early = await rejection(loadFeed(`${ORIGIN}/abort`, { signal: AbortSignal.abort() }));
    expect((early as DOMException).name).to.equal('AbortError');
  });

  it('asks for JSON and sends no cookies', async () => {
    let accept: string | null = null;
    let credentials = '';
    await mockFeeds(
      http.get(`${ORIGIN}/request`, ({ request }) => {
        accept = request.headers.get('accept');
        credentials = request.credentials;
        return json(page([item('a1')], null, { taxonomy: {} }));
      }),
    );
    await loadFeed(`${ORIGIN}/request`);
    expect(accept).to.equal('application/json');
    expect(credentials).to.equal('omit');
  });

  it('loads a feed from another origin over CORS', async () => {
    const { origin } = (await (await fetch('/__feed-origin')).json()) as { origin: string };
    const data = await loadFeed(`${origin}/feed/valid.json`);
    expect(ids(data)).to.deep.equal(['ihimiset:1042', 'ihimiset:2001']);
    expect(data.url).to.equal(`${origin}/feed/valid.json`);
  });
});

describe('loadFeed: taxonomy.json', () => {
  it('falls back to taxonomy.json beside the feed when no page carries a taxonomy', async () => {
    const hits = await serveAll({
      '/dir/feed.json': page([item('a1')]),
      '/dir/taxonomy.json': {
        categories: [
          { code: 'leisure', label: { fi: 'Harrastukset' } },
          { code: 'village', label: { fi: 'Kylät' } },
          { code: 'broken' },
        ],
      },
    });
    const data = await loadFeed(`${ORIGIN}/dir/feed.json?municipality=564`);
    expect(hits.get('/dir/taxonomy.json')).to.equal(1);
    expect(data.taxonomy.categories.get('leisure')).to.deep.equal({ fi: 'Harrastukset' });
    expect(data.taxonomy.categories.get('village')).to.deep.equal({ fi: 'Kylät' });
    expect(data.taxonomy.categories.has('broken')).to.equal(false);
    expect(data.taxonomy.categories.get('sports')?.fi).to.equal('Urheilu- ja liikuntayhdistykset');
  });

  it('ignores a missing or broken taxonomy.json and keeps the defaults', async () => {
    await serveAll({ '/t404/feed.json': page([item('a1')]) });
    const missing = await loadFeed(`${ORIGIN}/t404/feed.json`);
    expect(ids(missing)).to.deep.equal(['a1']);
    expect(missing.taxonomy.categories.get('leisure')?.fi).to.equal('Vapaa-ajan yhdistykset');

    await mockFeeds(
      http.get(`${ORIGIN}/tbad/feed.json`, () => json(page([item('a1')]))),
      http.get(`${ORIGIN}/tbad/taxonomy.json`, () => new Response('{ not json')),
    );
    const broken = await loadFeed(`${ORIGIN}/tbad/feed.json`);
    expect(broken.taxonomy.targetGroups.size).to.equal(9);
  });

  it('does not ask for taxonomy.json when a page carried a taxonomy', async () => {
    const hits = await serveAll({
      '/tx/feed.json': page([item('a1')], null, { taxonomy: { themes: [] } }),
      '/tx/taxonomy.json': { categories: [{ code: 'leisure', label: { fi: 'Ei tätä' } }] },
    });
    const data = await loadFeed(`${ORIGIN}/tx/feed.json`);
    expect(hits.has('/tx/taxonomy.json')).to.equal(false);
    expect(data.taxonomy.categories.get('leisure')?.fi).to.equal('Vapaa-ajan yhdistykset');
  });
});

describe('sharedFeed', () => {
  /** A feed at `path` that answers after `ms`, counting requests; `fail` answers 500 while true. */
  async function slowFeed(path: string, ms = 150) {
    const state = { requests: 0, fail: false };
    await mockFeeds(
      http.get(`${ORIGIN}${path}`, async () => {
        state.requests++;
        await sleep(ms);
        if (state.fail) return new Response(null, { status: 500 });
        return json(page([item(`r${state.requests}`)], null, { taxonomy: {} }));
      }),
    );
    return state;
  }

  it('shares one request between callers and keeps the result for later callers', async () => {
    const state = await slowFeed('/shared/one');
    const [first, second] = await Promise.all([sharedFeed(`${ORIGIN}/shared/one`), sharedFeed(`${ORIGIN}/shared/one`)]);
    expect(state.requests).to.equal(1);
    expect(first).to.equal(second);
    const later = await sharedFeed(`${ORIGIN}/shared/one`);
    expect(later).to.equal(first);
    expect(state.requests).to.equal(1);
  });

  it('lets one caller abort without breaking the others', async () => {
    const state = await slowFeed('/shared/detach');
    const leaving = new AbortController();
    const a = sharedFeed(`${ORIGIN}/shared/detach`, leaving.signal);
    const b = sharedFeed(`${ORIGIN}/shared/detach`, new AbortController().signal);
    await sleep(30);
    leaving.abort();
    expect(((await rejection(a)) as DOMException).name).to.equal('AbortError');
    const data = await b;
    expect(ids(data)).to.deep.equal(['r1']);
    expect(state.requests).to.equal(1);
  });

  it('aborts the load when every caller has aborted, so the next caller fetches again', async () => {
    const state = await slowFeed('/shared/all-gone', 300);
    const one = new AbortController();
    const two = new AbortController();
    const a = sharedFeed(`${ORIGIN}/shared/all-gone`, one.signal);
    const b = sharedFeed(`${ORIGIN}/shared/all-gone`, two.signal);
    await sleep(30);
    one.abort();
    two.abort();
    await rejection(a);
    await rejection(b);
    const data = await sharedFeed(`${ORIGIN}/shared/all-gone`);
    expect(state.requests).to.equal(2);
    expect(ids(data)).to.deep.equal(['r2']);
  });

  it('forgets a failed load so that a retry fetches again', async () => {
    const state = await slowFeed('/shared/retry', 20);
    state.fail = true;
    const error = await feedError(sharedFeed(`${ORIGIN}/shared/retry`));
    expect(error.status).to.equal(500);
    state.fail = false;
    const data = await sharedFeed(`${ORIGIN}/shared/retry`);
    expect(state.requests).to.equal(2);
    expect(ids(data)).to.deep.equal(['r2']);
  });

  it('fetches again when asked for a fresh copy', async () => {
    const state = await slowFeed('/shared/fresh', 20);
    const first = await sharedFeed(`${ORIGIN}/shared/fresh`);
    const fresh = await sharedFeed(`${ORIGIN}/shared/fresh`, undefined, { fresh: true });
    expect(state.requests).to.equal(2);
    expect(ids(fresh)).to.deep.equal(['r2']);
    expect(fresh).not.to.equal(first);
    // Later callers get the fresh copy; reloadFeed is the same as { fresh: true }.
    expect(await sharedFeed(`${ORIGIN}/shared/fresh`)).to.equal(fresh);
    const reloaded = await reloadFeed(`${ORIGIN}/shared/fresh`);
    expect(ids(reloaded)).to.deep.equal(['r3']);
  });
});
