// Properties of the feed reader over hostile and arbitrary input: it never fails
// with anything but a FeedError, reports every item once (kept, skipped or of
// another type), keeps every valid item as it was, and hands on only links the
// widgets may make. A failure prints its seed and path (see replay.ts).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedError, loadFeed, type FeedData } from '../../src/feed/index.js';
import { readItem } from '../../src/feed/normalize.js';
import { hasVisibleText } from '../../src/feed/visible.js';
import { pickText } from '../../src/i18n/index.js';
import { mailtoHref, telHref } from '../../src/internal/links.js';
import { arbitraryItems, hostileString, mutate, mutations } from './arbitraries.js';
import { holds } from './replay.js';

type Json = unknown;
type Obj = Record<string, Json>;

const URL_KEYS = new Set(['url', 'website', 'joinUrl', 'infoUrl', 'applyUrl', 'onlineUrl']);
const ONE_MAILTO = /^mailto:[^?,&=#@]+@[^?,&=#@]+$/;

/** Reads `body` as a one-page feed, through the reader's own path from response to data. */
function read(body: Json): Promise<FeedData> {
  const text = JSON.stringify(body);
  return loadFeed('https://property.example/feed.json', {
    taxonomyFile: false,
    fetch: () => Promise.resolve(new Response(text, { headers: { 'Content-Type': 'application/json' } })),
  });
}

const envelope = (data: Json[]): Obj => ({ feedVersion: '1.0', meta: { next: null }, data });

/** Every item accounted for once: kept, skipped (with a reason) or of a type this reader does not show. */
function expectAccounted(data: FeedData, items: number): void {
  const kept = data.associations.length + data.events.length + data.tasks.length;
  expect(kept + data.skipped.length + data.otherItems, 'items accounted for once').to.equal(items);
  for (const skipped of data.skipped)
    expect(skipped.reason, `reason for ${skipped.id}`).to.be.a('string').and.not.equal('');
}

/** Links, addresses and names of kept items are what the widgets may show. */
function expectSafe(data: FeedData): void {
  const walk = (value: Json, key: string): void => {
    if (typeof value === 'string') {
      if (URL_KEYS.has(key)) {
        const url = new URL(value);
        expect(['http:', 'https:'], value).to.include(url.protocol);
        expect(url.username + url.password, value).to.equal('');
      }
      if (key === 'email') expect(mailtoHref(value), value).to.match(ONE_MAILTO);
      if (key === 'phone') expect(telHref(value), value).to.match(/^tel:\+?\d{5,15}$/);
    } else if (Array.isArray(value)) {
      value.forEach((entry) => walk(entry, key));
    } else if (typeof value === 'object' && value !== null) {
      for (const [name, entry] of Object.entries(value)) walk(entry, name);
    }
  };
  for (const item of [...data.associations, ...data.events, ...data.tasks]) {
    walk(item, '');
    const name = 'title' in item ? item.title : item.name;
    expect(hasVisibleText(pickText(name, 'fi')?.text ?? ''), `name of ${item.id}`).to.equal(true);
    expect(hasVisibleText(item.id), `id ${JSON.stringify(item.id)}`).to.equal(true);
  }
}

/** An invalid field of an item is reported once. */
function expectDroppedOnce(data: FeedData): void {
  const ids = [...data.associations, ...data.events, ...data.tasks].map((item) => item.id);
  const unique = new Set(ids.filter((id, index) => ids.indexOf(id) === index && ids.lastIndexOf(id) === index));
  const seen = new Set<string>();
  for (const { id, field } of data.dropped) {
    if (!unique.has(id)) continue;
    const key = `${id}\u0000${field}`;
    expect(seen.has(key), `${id} ${field} reported twice`).to.equal(false);
    seen.add(key);
  }
}

let fixtures: Json[][] = [];

before(async () => {
  const files = ['valid', 'events-tasks', 'invalid-items'];
  fixtures = await Promise.all(
    files.map(async (file) => ((await (await fetch(`/test/fixtures/feed/${file}.json`)).json()) as Obj).data as Json[]),
  );
});

describe('feed reader properties', function () {
  // Under a second each in `npm test`; a long hunt (KUMPPANI_RUNS) needs more.
  this.timeout(600_000);

  it('fails on any JSON body only with a FeedError', async () => {
    await holds(
      'any body',
      fc.asyncProperty(
        fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ feedVersion: fc.jsonValue(), data: fc.jsonValue() })),
        async (body) => {
          try {
            const data = await read(body);
            expectAccounted(data, (body as Obj).data instanceof Array ? ((body as Obj).data as Json[]).length : 0);
          } catch (error) {
            if (!(error instanceof FeedError)) throw error;
          }
        },
      ),
      150,
    );
  });

  it('reports every item of arbitrary data once and keeps only safe, visible items', async () => {
    await holds(
      'arbitrary items',
      fc.asyncProperty(arbitraryItems, async (items) => {
        const data = await read(envelope(items));
        expectAccounted(data, items.length);
        expectSafe(data);
        expectDroppedOnce(data);
      }),
      150,
    );
  });

  it('keeps every untouched item of a mutated valid feed, and reports the changed ones', async () => {
    const feeds = fc
      .nat({ max: 2 })
      .chain((which) => mutations(fixtures[which]!, 4).map((changes) => ({ which, changes })));
    await holds(
      'mutated feeds',
      fc.asyncProperty(feeds, async ({ which, changes }) => {
        const original = fixtures[which]!;
        const { data: items, changed } = mutate(original, changes);
        const data = await read(envelope(items));
        expectAccounted(data, items.length);
        expectSafe(data);
        expectDroppedOnce(data);
        const kept = [...data.associations, ...data.events, ...data.tasks];
        const rawIds = items.map((item) => (item as Obj | null)?.id);
        original.forEach((raw, index) => {
          if (changed.has(index)) return;
          const before = readItem(raw);
          if (before.kind !== 'item') return;
          const same = kept.filter((item) => item.type === before.item.type && item.id === before.item.id);
          expect(same, `untouched item ${before.item.id}`).to.have.length(1);
          // Unless a changed item took the same id first, it is exactly the item it was.
          const rivals = rawIds.filter((id) => typeof id === 'string' && id.trim() === before.item.id).length;
          if (rivals === 1) expect(same[0]).to.deep.equal(before.item);
        });
      }),
      150,
    );
  });

  it('reads codes, ids and texts that are Object.prototype names as plain strings', async () => {
    await holds(
      'prototype names',
      fc.asyncProperty(
        fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty'),
        hostileString,
        async (code, text) => {
          const item = {
            type: 'association',
            id: code,
            name: { fi: `Seura ${text}`, [code]: text },
            categories: [code],
            languages: [code],
            municipality: { code: '564', name: { [code]: text, fi: 'Oulu' } },
            updatedAt: '2026-01-01T00:00:00Z',
          };
          const data = await read(envelope([item]));
          expect(data.associations).to.have.length(1);
          const [association] = data.associations;
          expect(association!.id).to.equal(code);
          expect(association!.languages).to.deep.equal([code]);
          expect(Object.getPrototypeOf(association!.name)).to.equal(Object.prototype);
          expectSafe(data);
        },
      ),
      50,
    );
  });
});
