import { expect } from '@open-wc/testing';
import { FEED_LICENSE, FEED_SOURCE, GENERATED_AT, TAXONOMY, generateFeed } from '../demo/data/generate-feed.js';
import { QUERY_PARAMETERS, createQueryServer } from '../demo/data/query-server.js';

type Rec = Record<string, unknown>;

interface Envelope {
  feedVersion: string;
  generatedAt: string;
  source: unknown;
  license: unknown;
  meta: { count: number; next: string | null; previous: string | null; query: string[] };
  taxonomy: unknown;
  data: Rec[];
}

const BASE = 'https://haku.example/feed/national.json';
const isRecord = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const list = (x: unknown): string[] => (Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string') : []);
const code = (x: unknown): string[] => (isRecord(x) && typeof x['code'] === 'string' ? [x['code']] : []);
const idOf = (item: Rec): string => String(item['id']);
const nameOf = (item: Rec): Record<string, string> => (item['name'] ?? item['title'] ?? {}) as Record<string, string>;

/** Codes an item has for a list parameter, read straight from the contract's fields. */
const FIELDS: Record<string, (item: Rec) => string[]> = {
  municipality: (item) => [
    ...code(item['municipality']),
    ...(Array.isArray(item['areaServed']) ? item['areaServed'].flatMap(code) : []),
    ...(isRecord(item['location']) ? code(item['location']['municipality']) : []),
  ],
  category: (item) => list(item['categories']),
  targetGroup: (item) => list(item['targetGroups']),
  language: (item) => [...list(item['languages']), ...list(item['languagesNeeded'])],
  accessibility: (item) => list(item['accessibility']),
  theme: (item) => list(item['themes']),
  type: (item) => list([item['type']]),
};

describe('demo query server (contract §6)', () => {
  const feed = generateFeed({ associations: 500, broken: false, partnership: false });
  const items = feed.items.filter(isRecord);
  const associations = items.filter((i) => i['type'] === 'association');
  const server = createQueryServer(feed.items, {
    baseUrl: BASE,
    taxonomy: TAXONOMY,
    source: FEED_SOURCE,
    license: FEED_LICENSE,
    generatedAt: GENERATED_AT,
  });

  const ask = (query: string) => server.answer(new URL(`${BASE}${query}`));
  const ok = (query: string): Envelope => {
    const answer = ask(query);
    expect(answer.status, query).to.equal(200);
    return answer.body as Envelope;
  };
  /** Every page of an answer, following `next`; checks that each page tells the same count. */
  const everything = (query: string): Rec[] => {
    const first = ok(query);
    const out = [...first.data];
    let next = first.meta.next;
    for (let guard = 0; next && guard < 1000; guard++) {
      const page = server.answer(new URL(next)).body as Envelope;
      expect(page.meta.count).to.equal(first.meta.count);
      out.push(...page.data);
      next = page.meta.next;
    }
    expect(next, 'paging ends').to.equal(null);
    expect(out.length, `${query}: items over all pages = meta.count`).to.equal(first.meta.count);
    return out;
  };
  const ids = (found: readonly Rec[]): string[] => found.map(idOf).sort();
  const idsWhere = (keep: (item: Rec) => boolean): string[] => ids(items.filter(keep));
  const has = (param: string, codes: readonly string[]) => (item: Rec) =>
    (FIELDS[param]?.(item) ?? []).some((c) => codes.includes(c));

  it('answers without parameters with the whole feed: envelope, count, next, query list, taxonomy', () => {
    const body = ok('');
    expect(items.length).to.equal(520); // 500 associations, 12 events, 8 volunteer tasks
    expect(body.feedVersion).to.equal('1.0');
    expect(body.generatedAt).to.equal(GENERATED_AT);
    expect(body.source).to.deep.equal(FEED_SOURCE);
    expect(body.license).to.deep.equal(FEED_LICENSE);
    expect(body.meta.count).to.equal(520);
    expect(body.data).to.have.length(20);
    expect(body.meta.next).to.equal(`${BASE}?page=2`);
    expect(body.meta.previous).to.equal(null);
    expect(body.meta.query).to.deep.equal([
      'q',
      'municipality',
      'category',
      'targetGroup',
      'language',
      'accessibility',
      'theme',
      'type',
      'updatedSince',
      'page',
      'pageSize',
    ]);
    expect([...QUERY_PARAMETERS]).to.deep.equal(body.meta.query);
    expect(body.taxonomy).to.deep.equal(TAXONOMY);
  });

  it('pages through every item once, in a stable order by name, with the taxonomy on every page', () => {
    const seen: Rec[] = [];
    let url: string | null = `${BASE}?pageSize=50`;
    let pages = 0;
    while (url) {
      const body = server.answer(new URL(url)).body as Envelope;
      pages++;
      expect(body.taxonomy, `page ${pages}`).to.deep.equal(TAXONOMY);
      expect(body.meta.count).to.equal(520);
      expect(body.meta.previous).to.equal(
        pages === 1 ? null : pages === 2 ? `${BASE}?pageSize=50` : `${BASE}?pageSize=50&page=${pages - 1}`,
      );
      seen.push(...body.data);
      url = body.meta.next;
      if (url) expect(new URL(url).searchParams.get('page')).to.equal(String(pages + 1));
    }
    expect(pages).to.equal(11);
    expect(seen.slice(0, 500)).to.have.length(500);
    expect(seen.slice(500)).to.have.length(20);
    expect(ids(seen)).to.deep.equal(idsWhere(() => true));
    expect(new Set(seen.map(idOf)).size).to.equal(520);

    const collator = new Intl.Collator('fi', { numeric: true, sensitivity: 'base' });
    const primary = (item: Rec): string => {
      const n = nameOf(item);
      return n['fi'] ?? n['sv'] ?? n['en'] ?? Object.values(n)[0] ?? '';
    };
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1] as Rec, seen[i] as Rec];
      expect(collator.compare(primary(a), primary(b)), `${primary(a)} before ${primary(b)}`).to.be.at.most(0);
    }
    // The same request gives the same order again.
    expect(ok('?pageSize=50&page=4').data.map(idOf)).to.deep.equal(seen.slice(150, 200).map(idOf));
  });

  it('keeps every parameter in next and previous, changing only the page', () => {
    const body = ok('?municipality=564&pageSize=10&page=2&q=ry');
    const next = new URL(body.meta.next ?? '');
    expect(next.origin + next.pathname).to.equal(BASE);
    expect(Object.fromEntries(next.searchParams)).to.deep.equal({
      municipality: '564',
      pageSize: '10',
      page: '3',
      q: 'ry',
    });
    const previous = new URL(body.meta.previous ?? '');
    expect(Object.fromEntries(previous.searchParams)).to.deep.equal({ municipality: '564', pageSize: '10', q: 'ry' });
  });

  it('builds links on the base URL given with a request', () => {
    const answer = server.answer(
      new URL('http://127.0.0.1:5173/feed/national.json?theme=nature'),
      'http://127.0.0.1:5173/feed/national.json',
    );
    expect((answer.body as Envelope).meta.next).to.equal(
      'http://127.0.0.1:5173/feed/national.json?theme=nature&page=2',
    );
  });

  it('serves 20 items by default and at most 100, however many are asked for', () => {
    expect(ok('').data).to.have.length(20);
    expect(ok('?pageSize=7').data).to.have.length(7);
    expect(ok('?pageSize=100').data).to.have.length(100);
    const big = ok('?pageSize=5000');
    expect(big.data).to.have.length(100);
    expect(big.meta.count).to.equal(520);
    expect(big.meta.next).to.not.equal(null);
    // The next page continues after the 100 served.
    const second = server.answer(new URL(big.meta.next ?? '')).body as Envelope;
    expect(second.data.map(idOf)).to.deep.equal(ok('?pageSize=100&page=2').data.map(idOf));
    expect(ok('?pageSize=5000&page=6').data).to.have.length(20);
    expect(ok('?pageSize=5000&page=6').meta.next).to.equal(null);
  });

  it('refuses page and pageSize values that are not positive whole numbers with 400', () => {
    for (const query of [
      '?page=0',
      '?page=-1',
      '?page=abc',
      '?page=1.5',
      '?page=2e3',
      '?pageSize=0',
      '?pageSize=-20',
      '?pageSize=ten',
    ]) {
      const answer = ask(query);
      expect(answer.status, query).to.equal(400);
      expect((answer.body as { error?: unknown }).error, query)
        .to.be.a('string')
        .and.match(/page/i);
    }
    // An empty value is as if absent.
    expect(ok('?page=&pageSize=').data.map(idOf)).to.deep.equal(ok('').data.map(idOf));
  });

  it('answers a page after the last with no items, the total count and no next page', () => {
    const body = ok('?page=27');
    expect(body.data).to.deep.equal([]);
    expect(body.meta.count).to.equal(520);
    expect(body.meta.next).to.equal(null);
    expect(new URL(body.meta.previous ?? '').searchParams.get('page')).to.equal('26');
    expect(ok('?page=26').data).to.have.length(20);
  });

  it('filters by municipality through the home municipality or areaServed', () => {
    const found = everything('?municipality=244&pageSize=100');
    expect(found.length).to.be.greaterThan(0);
    expect(ids(found)).to.deep.equal(idsWhere(has('municipality', ['244'])));
    // Some are listed only because they also serve Kempele.
    const servedOnly = found.filter(
      (item) => code(item['municipality'])[0] !== '244' && item['type'] === 'association',
    );
    expect(servedOnly.length).to.be.greaterThan(0);
    expect(ids(everything('?municipality=244,564&pageSize=100'))).to.deep.equal(
      idsWhere(has('municipality', ['244', '564'])),
    );
    expect(ids(everything('?municipality=244&municipality=564&pageSize=100'))).to.deep.equal(
      idsWhere(has('municipality', ['244', '564'])),
    );
    expect(ok('?municipality=999').meta.count).to.equal(0);
  });

  for (const [param, codes] of [
    ['category', ['sports']],
    ['category', ['religion', 'politics']],
    ['targetGroup', ['seniors']],
    ['targetGroup', ['children', 'families']],
    ['language', ['sv']],
    ['language', ['se', 'fse', 'uk']],
    ['accessibility', ['induction-loop']],
    ['accessibility', ['wheelchair', 'accessible-toilet']],
    ['theme', ['nature']],
    ['theme', ['wellbeing', 'village-activity']],
  ] as const) {
    it(`filters by ${param}=${codes.join(',')} (any of the codes)`, () => {
      const expected = idsWhere(has(param, codes));
      expect(expected.length).to.be.greaterThan(0);
      expect(expected.length).to.be.lessThan(520);
      expect(ids(everything(`?${param}=${codes.join(',')}&pageSize=100`))).to.deep.equal(expected);
      // Spaces around the commas are allowed.
      expect(ok(`?${param}=${encodeURIComponent(codes.join(' , '))}`).meta.count).to.equal(expected.length);
    });
  }

  it('matches a volunteer task by the languages it needs', () => {
    const found = everything('?language=en&type=volunteerTask');
    expect(found.length).to.be.greaterThan(0);
    expect(found.every((item) => list(item['languagesNeeded']).includes('en'))).to.equal(true);
  });

  it('needs every parameter to match: different parameters narrow the answer', () => {
    const expected = idsWhere(
      (item) =>
        has('municipality', ['564'])(item) && has('category', ['sports'])(item) && has('targetGroup', ['youth'])(item),
    );
    expect(expected.length).to.be.greaterThan(0);
    expect(ids(everything('?municipality=564&category=sports&targetGroup=youth&pageSize=100'))).to.deep.equal(expected);
    expect(ok('?category=sports').meta.count).to.be.greaterThan(expected.length);
    expect(ok('?category=sports&theme=no-such-theme').meta.count).to.equal(0);
  });

  it('filters by type', () => {
    expect(ids(everything('?type=association&pageSize=100'))).to.deep.equal(ids(associations));
    const events = everything('?type=event');
    expect(events).to.have.length(12);
    expect(events.every((item) => item['type'] === 'event')).to.equal(true);
    const tasks = everything('?type=volunteerTask');
    expect(tasks).to.have.length(8);
    expect(tasks.every((item) => item['type'] === 'volunteerTask')).to.equal(true);
    expect(ok('?type=event,volunteerTask').meta.count).to.equal(20);
    expect(ok('?type=organisation').meta.count).to.equal(0);
  });

  it('filters by updatedSince, inclusive, with a date-time or a date', () => {
    const times = items.map((item) => Date.parse(String(item['updatedAt']))).sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    const since = new Date(median).toISOString();
    const expected = idsWhere((item) => Date.parse(String(item['updatedAt'])) >= median);
    expect(expected.length).to.be.within(200, 320);
    const found = everything(`?updatedSince=${encodeURIComponent(since)}&pageSize=100`);
    expect(ids(found)).to.deep.equal(expected);
    // An item updated at exactly that instant is included.
    expect(found.some((item) => Date.parse(String(item['updatedAt'])) === median)).to.equal(true);

    // The same instant with an offset; also when its + arrives unencoded (as a space).
    const helsinki = new Date(median + 2 * 3600_000).toISOString().replace('Z', '+02:00');
    expect(ok(`?updatedSince=${encodeURIComponent(helsinki)}`).meta.count).to.equal(expected.length);
    expect(ok(`?updatedSince=${helsinki}`).meta.count).to.equal(expected.length);

    const day = since.slice(0, 10);
    expect(ok(`?updatedSince=${day}`).meta.count).to.equal(
      idsWhere((item) => Date.parse(String(item['updatedAt'])) >= Date.parse(day)).length,
    );
    expect(ok('?updatedSince=2100-01-01T00:00:00Z').meta.count).to.equal(0);
    expect(ok('?updatedSince=1990-01-01T00:00:00Z').meta.count).to.equal(520);
  });

  it('refuses an updatedSince that is not a date-time with 400', () => {
    for (const value of ['yesterday', '2026-13-45T00:00:00Z', '2026-01-01T12:00:00', '1700000000000']) {
      const answer = ask(`?updatedSince=${encodeURIComponent(value)}`);
      expect(answer.status, value).to.equal(400);
      expect((answer.body as { error?: unknown }).error, value)
        .to.be.a('string')
        .and.match(/updatedSince/);
    }
  });

  it('ranks an association with exactly the typed name first', () => {
    // Names that share all their words with other names, so the exact one has competitors.
    const tried = associations
      .map((item) => nameOf(item)['fi'])
      .filter((name): name is string => !!name && / ry$/.test(name))
      .slice(0, 25);
    expect(tried.length).to.equal(25);
    for (const name of tried) {
      const body = ok(`?q=${encodeURIComponent(name)}`);
      expect(body.data[0] && nameOf(body.data[0])['fi'], name).to.equal(name);
    }
    // Case and spacing do not matter.
    const name = tried[0] ?? '';
    expect(nameOf(ok(`?q=${encodeURIComponent(`  ${name.toUpperCase()} `)}`).data[0] ?? {})['fi']).to.equal(name);
  });

  it('ranks the exact name above a numbered namesake that has every typed word and sorts first', () => {
    // At national size the generator numbers repeated names: "Oulun Kamarikuoro 2 ry" beside
    // "Oulun Kamarikuoro ry". Both hold every word of the plain name, and the numbered one sorts first.
    const original = associations.find((item) => / ry$/.test(nameOf(item)['fi'] ?? '') && !nameOf(item)['sv']) ?? {};
    const name = nameOf(original)['fi'] ?? '';
    const numbered = { ...original, id: 'numbered:1', name: { fi: name.replace(/ ry$/, ' 2 ry') } };
    const twin = createQueryServer([numbered, ...items], { baseUrl: BASE, taxonomy: TAXONOMY, source: FEED_SOURCE });
    const body = twin.answer(new URL(`${BASE}?q=${encodeURIComponent(name)}`)).body as Envelope;
    expect(body.data.map(idOf).slice(0, 2)).to.deep.equal([idOf(original), 'numbered:1']);
    // Without a query the numbered one comes first, so the order above is the ranking's doing.
    const plain = (twin.answer(new URL(`${BASE}?pageSize=100`)).body as Envelope).data.map(idOf);
    const all = [...plain];
    for (let page = 2; all.length < 521; page++) {
      all.push(...(twin.answer(new URL(`${BASE}?pageSize=100&page=${page}`)).body as Envelope).data.map(idOf));
    }
    expect(all.indexOf('numbered:1')).to.be.lessThan(all.indexOf(idOf(original)));
  });

  it('finds text in any language and ranks name matches above description matches', () => {
    const swedishOnly = associations.find((item) => {
      const name = nameOf(item);
      return name['sv'] && !name['fi'];
    });
    const svName = swedishOnly && nameOf(swedishOnly)['sv'];
    expect(svName).to.be.a('string');
    const sv = ok(`?q=${encodeURIComponent(svName ?? '')}`);
    expect(sv.data[0] && idOf(sv.data[0])).to.equal(swedishOnly && idOf(swedishOnly));

    // "kuoro" (choir) is in names and in descriptions: every name that has it comes before any that does not.
    const found = everything('?q=kuoro&pageSize=100');
    const inName = found.map((item) => Object.values(nameOf(item)).some((n) => /kuoro/i.test(n)));
    expect(inName.filter(Boolean).length).to.be.greaterThan(0);
    expect(inName.indexOf(false) === -1 || inName.lastIndexOf(true) < inName.indexOf(false)).to.equal(true);
  });

  it('searches labels too, in every language', () => {
    // "Idrott" (sports, Swedish) finds Finnish-only sports associations through their category label.
    const finnishOnlySports = associations.filter(
      (item) => list(item['categories']).includes('sports') && !nameOf(item)['sv'],
    );
    expect(finnishOnlySports.length).to.be.greaterThan(0);
    const found = new Set(everything('?q=idrotts&pageSize=100').map(idOf));
    expect(finnishOnlySports.every((item) => found.has(idOf(item)))).to.equal(true);
  });

  it('applies the filters to the matches of q', () => {
    const all = everything('?q=ry&pageSize=100');
    const inOulu = everything('?q=ry&municipality=564&pageSize=100');
    expect(inOulu.length).to.be.greaterThan(0);
    expect(inOulu.length).to.be.lessThan(all.length);
    expect(inOulu.every(has('municipality', ['564']))).to.equal(true);
    // The best-first order of q is kept within the filter.
    const rank = new Map(all.map((item, index) => [idOf(item), index]));
    const ranks = inOulu.map((item) => rank.get(idOf(item)) ?? -1);
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
    expect(ok('?q=zzzxqv').meta.count).to.equal(0);
    expect(ok('?q=zzzxqv').meta.next).to.equal(null);
  });

  it('reads a q without words as no q', () => {
    const plain = ok('').data.map(idOf);
    expect(ok('?q=').data.map(idOf)).to.deep.equal(plain);
    expect(ok('?q=%20%20').data.map(idOf)).to.deep.equal(plain);
    expect(ok('?q=%3F!%20-').meta.count).to.equal(520);
  });

  it('ignores parameters it does not know', () => {
    const plain = ok('?category=culture');
    const extra = ok('?category=culture&sort=random&format=xml&municipalityCode=091&foo');
    expect(extra.meta.count).to.equal(plain.meta.count);
    expect(extra.data.map(idOf)).to.deep.equal(plain.data.map(idOf));
    expect(extra.meta.query).to.deep.equal(plain.meta.query);
  });

  it('serves the objects of a feed with broken entries and skips what is not an object', () => {
    const broken = generateFeed({ associations: 60, partnership: false });
    const objects = broken.items.filter(isRecord);
    expect(objects.length).to.be.lessThan(broken.items.length);
    const withBroken = createQueryServer(broken.items, { baseUrl: BASE, taxonomy: TAXONOMY, source: FEED_SOURCE });
    const body = withBroken.answer(new URL(`${BASE}?pageSize=100`)).body as Envelope;
    expect(body.meta.count).to.equal(objects.length);
    expect('license' in body).to.equal(false);
    // Items the widget would skip cannot be searched for, the others can.
    const skippedId = broken.expected.skipped.find((s) => !s.id.startsWith('#'))?.id;
    const first = objects.find((item) => item['type'] === 'association' && idOf(item) !== skippedId) ?? {};
    const q = withBroken.answer(
      new URL(`${BASE}?q=${encodeURIComponent(nameOf(first)['fi'] ?? nameOf(first)['sv'] ?? '')}`),
    );
    expect(q.status).to.equal(200);
    expect((q.body as Envelope).data.map(idOf)).to.include(idOf(first));
  });
});
