// The real-data adapters under the same hostile input as the feed reader: recorded Linked Events
// and PTV answers with hostile or arbitrary values in any field. The adapter fails only with a
// FeedError, accounts for every record once (kept, skipped with a reason, or not of its kind),
// and keeps only links and addresses the widgets may make. A failure prints its seed and path.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedError, type FeedData } from '../../src/feed/index.js';
import { mailtoHref, telHref } from '../../src/internal/links.js';
import { linkedEventsSource } from '../../src/sources/linkedevents/index.js';
import { loadPtv } from '../../src/sources/ptv/index.js';
import type { RemotePage } from '../../src/results/remote.js';
import eventList from '../fixtures/realdata/linkedevents/event-list.json';
import eventIncluded from '../fixtures/realdata/linkedevents/event-included.json';
import organizations from '../fixtures/realdata/ptv/organization-list.composed.json';
import { hostileString } from './arbitraries.js';
import { holds } from './replay.js';

type Json = unknown;
type Obj = Record<string, Json>;

const URL_KEYS = new Set(['url', 'website', 'joinUrl', 'infoUrl', 'applyUrl', 'onlineUrl']);
const ONE_MAILTO = /^mailto:[^?,&=#@]+@[^?,&=#@]+$/;

/** Every leaf of a record, as a path of keys and list positions. */
function leaves(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((entry, index) => leaves(entry, [...path, index]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, entry]) => leaves(entry, [...path, key]));
  return [path];
}

function setAt(record: Json, path: readonly (string | number)[], value: Json): void {
  let at = record as Obj;
  for (const key of path.slice(0, -1)) at = at[key as string] as Obj;
  at[path.at(-1) as string] = value;
}

/** Records with up to four leaves set to a hostile string or arbitrary JSON. */
function hostileRecords(records: readonly Json[]): fc.Arbitrary<Json[]> {
  const places = records.flatMap((record, index) => leaves(record).map((path) => [index, ...path] as const));
  return fc
    .array(fc.tuple(fc.constantFrom(...places), fc.oneof(hostileString, fc.jsonValue({ maxDepth: 2 }))), {
      minLength: 1,
      maxLength: 4,
    })
    .map((changes) => {
      const copy = structuredClone(records) as Json[];
      for (const [[index, ...path], value] of changes) setAt(copy[index], path, value);
      return copy;
    });
}

/** What the widgets may make of a kept item's links and addresses. */
function expectSafe(items: readonly object[]): void {
  const walk = (value: Json, key: string): void => {
    if (typeof value === 'string') {
      if (URL_KEYS.has(key)) expect(['http:', 'https:'], value).to.include(new URL(value).protocol);
      if (key === 'email') expect(mailtoHref(value), value).to.match(ONE_MAILTO);
      if (key === 'phone') expect(telHref(value), value).to.match(/^tel:\+?\d{5,15}$/);
    } else if (Array.isArray(value)) value.forEach((entry) => walk(entry, key));
    else if (typeof value === 'object' && value !== null) {
      for (const [name, entry] of Object.entries(value)) walk(entry, name);
    }
  };
  items.forEach((item) => walk(item, ''));
}

const json = (body: Json): Response =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

const signal = new AbortController().signal;
const scope = { municipalities: ['091'], categories: [], targetGroups: [], now: new Date('2026-12-02T08:00:00Z') };

describe('real-data adapter properties', function () {
  this.timeout(600_000);

  it('Linked Events: hostile records are kept safely or reported, never lost or thrown', async () => {
    const records = [...((eventList as Obj).data as Json[]), eventIncluded];
    await holds(
      'linked events records',
      fc.asyncProperty(hostileRecords(records), async (data) => {
        const fetch = (input: RequestInfo | URL): Promise<Response> =>
          Promise.resolve(
            String(input).includes('/organization/')
              ? json({ name: 'Järjestäjä' })
              : json({ meta: { count: data.length, next: null }, data }),
          );
        const source = linkedEventsSource('https://linkedevents.example/v1/', 'events', { fetch, retries: 0 });
        let page: RemotePage<object>;
        try {
          page = await source.search({ text: '', filters: {}, scope, pageSize: 20 }, signal);
        } catch (error) {
          if (!(error instanceof FeedError)) throw error;
          return;
        }
        expect(page.items.length + page.skipped.length, 'records accounted for once').to.equal(data.length);
        for (const skipped of page.skipped) expect(skipped.reason).to.be.a('string').and.not.equal('');
        expectSafe(page.items);
      }),
      60,
    );
  });

  it('PTV: hostile organizations are kept safely or reported, never lost or thrown', async () => {
    const list = organizations as Obj;
    await holds(
      'ptv organizations',
      fc.asyncProperty(hostileRecords(list.itemList as Json[]), async (itemList) => {
        const fetch = (input: RequestInfo | URL): Promise<Response> =>
          Promise.resolve(String(input).includes('/Service/') ? json([]) : json({ ...list, itemList }));
        let data: FeedData;
        try {
          data = await loadPtv('https://ptv.example/api/v11/', { municipalities: ['091'], fetch, retries: 0 });
        } catch (error) {
          if (!(error instanceof FeedError)) throw error;
          return;
        }
        const accounted = data.associations.length + data.skipped.length + data.otherItems;
        expect(accounted, 'organizations accounted for once').to.equal(itemList.length);
        expectSafe(data.associations);
      }),
      60,
    );
  });
});
