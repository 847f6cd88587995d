import { expect } from '@open-wc/testing';
import { createItemSearch } from '../../src/search/item-search.js';
import { createSearchEngine } from '../../src/search/index.js';
import { nextTask } from '../../src/internal/tasks.js';
import { qualityCorpus, qualityQueries } from './quality.js';

/** The quality corpus as widget items: documents are made from them on demand. */
const items = qualityCorpus.map((doc) => ({ id: doc.id, doc }));
const whole = createSearchEngine(qualityCorpus);
const positions = (hits: { id: string }[]) => hits.map((hit) => qualityCorpus.findIndex((doc) => doc.id === hit.id));

describe("searching a widget's items", () => {
  it('answers with the positions of what the engine finds, in its order, asked at once or later', async () => {
    const early = createItemSearch(items, (item) => item.doc);
    const first = qualityQueries[0]!.q;
    // Asked at once: the documents are made and indexed first.
    expect(Array.from(early.search(first))).to.deep.equal(positions(whole.search(first)));
    const late = createItemSearch(items, (item) => item.doc);
    for (let i = 0; i < 20; i++) await nextTask();
    for (const { q } of qualityQueries) {
      expect(Array.from(late.search(q)), q).to.deep.equal(positions(whole.search(q)));
      expect(Array.from(early.search(q)), q).to.deep.equal(positions(whole.search(q)));
    }
  });

  it('gets positions from the engine that are exactly its hits, in order', () => {
    expect(whole.positions, 'the engine gives positions').to.be.a('function');
    for (const { q } of qualityQueries) {
      for (const typed of [q.slice(0, 1), q.slice(0, 3), q]) {
        expect(Array.from(whole.positions?.(typed) ?? []), typed).to.deep.equal(positions(whole.search(typed)));
      }
    }
    expect(Array.from(whole.positions?.(' ') ?? [1])).to.deep.equal([]);
  });

  it('makes each document once, in the background, and none after it is stopped', async () => {
    let made = 0;
    const search = createItemSearch(items, (item) => (made++, item.doc));
    expect(made, 'nothing is made before the page has painted').to.equal(0);
    // The work starts after the next frame; waiting for it, not for a number of tasks, keeps this independent of load.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    for (let i = 0; i < 50 && made < items.length; i++) await nextTask();
    expect(made).to.equal(items.length);
    search.search('kuoro');
    expect(made).to.equal(items.length);

    let later = 0;
    const stopped = createItemSearch(items, (item) => (later++, item.doc));
    stopped.stop();
    for (let i = 0; i < 10; i++) await nextTask();
    expect(later).to.equal(0);
  });

  it("finds an item's position by id, before and after its document is made", async () => {
    const search = createItemSearch(items, (item) => item.doc);
    const last = items.length - 1;
    expect(search.indexOf(items[last]!.id)).to.equal(last);
    expect(search.indexOf('no-such-id')).to.equal(-1);
    search.search('kuoro');
    expect(search.indexOf(items[3]!.id)).to.equal(3);
    expect(Array.from(createItemSearch([], () => qualityCorpus[0]!).search('kuoro'))).to.deep.equal([]);
  });
});
