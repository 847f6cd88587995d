// The results sources on their own: the in-browser search, and a server's answers kept in order.
import { expect, waitUntil } from '@open-wc/testing';
import { LocalResults } from '../../src/results/local.js';
import { ServerResults } from '../../src/results/server.js';
import { FeedSearch } from '../../src/results/feed-search.js';
import { FeedError } from '../../src/feed/types.js';
import type { RemotePage, RemoteQuery, RemoteSource } from '../../src/results/remote.js';

interface Item {
  id: string;
}

/** A server whose answers the test releases one by one, in any order. */
class ScriptedServer implements RemoteSource<Item> {
  readonly asked: {
    what: string;
    signal: AbortSignal;
    answer: (page: RemotePage<Item>) => void;
    fail: (reason: unknown) => void;
  }[] = [];

  search(query: RemoteQuery, signal: AbortSignal): Promise<RemotePage<Item>> {
    return this.ask(`search ${query.text}`, signal);
  }

  more(next: string, signal: AbortSignal): Promise<RemotePage<Item>> {
    return this.ask(`more ${next}`, signal);
  }

  private ask(what: string, signal: AbortSignal): Promise<RemotePage<Item>> {
    return new Promise((answer, fail) => this.asked.push({ what, signal, answer, fail }));
  }
}

const page = (ids: string[], extra: Partial<RemotePage<Item>> = {}): RemotePage<Item> => ({
  items: ids.map((id) => ({ id })),
  skipped: [],
  dropped: [],
  ...extra,
});

const query = (text: string): RemoteQuery => ({
  text,
  filters: {},
  scope: { municipalities: [], categories: [], targetGroups: [] },
  pageSize: 2,
});

function serverResults(server: ScriptedServer) {
  const log: string[] = [];
  const results = new ServerResults(server, {
    changed: () => log.push('changed'),
    failed: (error) => log.push(`failed ${error.kind}`),
    succeeded: () => log.push('succeeded'),
    read: (answer) => log.push(`read ${answer.skipped.length}`),
    answered: () => log.push('answered'),
  });
  return { results, log };
}

describe('server results', () => {
  it('is busy until the first answer, then shows it with its count and next page', async () => {
    const server = new ScriptedServer();
    const { results, log } = serverResults(server);
    results.query(query('kuoro'));
    expect(results.busy).to.equal(true);
    server.asked[0]!.answer(page(['a', 'b'], { total: 5, next: 'p2', skipped: [{ id: 'x', reason: 'r' }] }));
    await results.settled;
    expect(results.busy).to.equal(false);
    expect(results.results.map((item) => item.id)).to.deep.equal(['a', 'b']);
    expect([results.total, results.hasMore(2), results.find('b')?.id]).to.deep.equal([5, true, 'b']);
    expect(log).to.include('read 1');

    const more = results.loadMore(4)!;
    expect(server.asked[1]!.what).to.equal('more p2');
    server.asked[1]!.answer(page(['b', 'c']));
    await more;
    expect(
      results.results.map((item) => item.id),
      'an item already shown is not shown twice',
    ).to.deep.equal(['a', 'b', 'c']);
    expect([results.hasMore(3), results.loadMore(10)]).to.deep.equal([false, undefined]);
  });

  it('never lets an older search or its "show more" change what a newer search shows', async () => {
    const server = new ScriptedServer();
    const { results } = serverResults(server);
    results.query(query('old'));
    server.asked[0]!.answer(page(['o1', 'o2'], { total: 4, next: 'old-2' }));
    await results.settled;
    const olderMore = results.loadMore(4)!;
    results.query(query('new'));
    expect(server.asked[1]!.signal.aborted, 'the older "show more" is cancelled').to.equal(true);
    server.asked[1]!.answer(page(['o3', 'o4']));
    await olderMore;
    server.asked[2]!.answer(page(['n1'], { total: 1 }));
    await results.settled;
    expect(results.results.map((item) => item.id)).to.deep.equal(['n1']);
    expect(results.busy).to.equal(false);

    // Answers in reverse order: the older one, arriving last, is ignored.
    results.query(query('first'));
    results.query(query('second'));
    const [first, second] = server.asked.slice(3);
    second!.answer(page(['s1'], { total: 1 }));
    await results.settled;
    first!.answer(page(['f1'], { total: 1 }));
    await Promise.resolve();
    expect(results.results.map((item) => item.id)).to.deep.equal(['s1']);
    expect(results.busy).to.equal(false);
  });

  it('reads on past pages with nothing to list before it answers, a few pages at most, the older answer shown meanwhile', async () => {
    const server = new ScriptedServer();
    const { results } = serverResults(server);
    const shown = () => results.results.map((item) => item.id);
    /** Answers the request asked `index`-th (0-based) once it is asked. */
    const answer = async (index: number, answerPage: RemotePage<Item>) => {
      await waitUntil(() => server.asked.length > index, `request ${index} not asked`);
      server.asked[index]!.answer(answerPage);
    };
    results.query(query('vanha'));
    await answer(0, page(['old']));
    await results.settled;

    const skipped = [{ id: 'x', reason: 'no name' }];
    results.query(query('kuoro'));
    await answer(1, page([], { total: 40, next: 'p2', skipped }));
    await answer(2, page([], { next: 'p3', skipped }));
    expect(shown(), 'the older answer stays while more pages are read').to.deep.equal(['old']);
    await answer(3, page(['a', 'b'], { next: 'p4' }));
    await results.settled;
    expect(results.busy).to.equal(false);
    expect(shown()).to.deep.equal(['a', 'b']);
    expect(results.hasMore(2), 'the rest is still a "show more" away').to.equal(true);
    expect(server.asked.map((asked) => asked.what)).to.deep.equal([
      'search vanha',
      'search kuoro',
      'more p2',
      'more p3',
    ]);

    results.query(query('none'));
    for (let i = 0; i < 5; i++) await answer(4 + i, page([], { next: `e${i + 1}` }));
    await results.settled;
    expect(server.asked.slice(4).map((asked) => asked.what)).to.deep.equal([
      'search none',
      'more e1',
      'more e2',
      'more e3',
      'more e4',
    ]);
    expect([shown(), results.busy]).to.deep.equal([[], false]);
  });

  it('reports a failure of the newest search only, and a later success clears it', async () => {
    const server = new ScriptedServer();
    const { results, log } = serverResults(server);
    results.query(query('a'));
    results.query(query('b'));
    server.asked[0]!.fail(new FeedError('http', 'HTTP 500', 'x', 500));
    server.asked[1]!.fail(new FeedError('http', 'HTTP 503', 'x', 503));
    await results.settled;
    expect(log.filter((line) => line.startsWith('failed'))).to.deep.equal(['failed http']);
    expect(results.busy, 'a failed search is not loading for ever').to.equal(true);
    const retried = results.retry();
    expect(server.asked[2]!.what).to.equal('search b');
    server.asked[2]!.answer(page(['b1'], { total: 1 }));
    await retried;
    expect(log.slice(-3, -1)).to.deep.equal(['answered', 'succeeded']);
    expect(results.busy).to.equal(false);
  });
});

describe('local results', () => {
  it('searches its scope and finds items by id', () => {
    const local = new LocalResults<{ id: string; name: string }>();
    const items = [
      { id: 'a', name: 'Oulun Mieskuoro' },
      { id: 'b', name: 'Kempeleen Lentopallo' },
    ];
    local.setScope(items, (item) => ({ id: item.id, name: [item.name], labels: [], text: [] }));
    expect(local.matches('  ')).to.equal(undefined);
    expect(Array.from(local.matches('kuoro')!)).to.deep.equal([0]);
    local.show([items[1]!]);
    expect([local.total, local.hasMore(1), local.find('a')?.name]).to.deep.equal([1, false, 'Oulun Mieskuoro']);
    local.stop();
  });
});

describe("a feed's own search (contract §6)", () => {
  it('asks only the parameters the feed accepts, the resident’s filters before the page’s scope', () => {
    const search = new FeedSearch({
      url: 'https://feed.example/feed.json?token=1',
      query: ['q', 'municipality', 'category', 'pageSize', 'type'],
    });
    const url = new URL(
      search.url({
        text: 'kuoro',
        filters: { category: ['culture'], language: ['fi'] },
        scope: { municipalities: ['244', '564'], categories: ['sports'], targetGroups: ['children'] },
        pageSize: 500,
      }),
    );
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      token: '1',
      q: 'kuoro',
      municipality: '244,564',
      category: 'culture',
      type: 'association',
      pageSize: '100',
    });
  });

  it('asks for what is for everyone beside a group of residents, and not beside the associations’ own', () => {
    const search = new FeedSearch({ url: 'https://feed.example/feed.json', query: ['targetGroup', 'type'] });
    const targetGroup = (targetGroups: string[], chosen?: string[]) =>
      new URL(
        search.url({
          text: '',
          filters: chosen ? { targetGroup: chosen } : {},
          scope: { municipalities: [], categories: [], targetGroups },
          pageSize: 20,
        }),
      ).searchParams.get('targetGroup');
    expect(targetGroup(['children'])).to.equal('children,everyone');
    expect(targetGroup([], ['seniors', 'youth'])).to.equal('seniors,youth,everyone');
    expect(targetGroup(['associations'])).to.equal('associations');
    expect(targetGroup([])).to.equal(null);
  });
});
