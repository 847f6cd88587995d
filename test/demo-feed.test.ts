import { expect } from '@open-wc/testing';
import {
  DEFAULT_BASE_URL,
  TAXONOMY,
  feedPage,
  generateFeed,
  pageUrl,
  type FeedEnvelope,
  type GeneratedFeed,
} from '../demo/data/generate-feed.js';
import { readItem } from '../src/feed/normalize.js';

type Rec = Record<string, unknown>;

const isRecord = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const text = (x: unknown): Record<string, string> => (isRecord(x) ? (x as Record<string, string>) : {});
const CODES = ['564', '244', '425', '494', '139', '598', '599', '893', '272', '148', '890'];
const CATEGORY_CODES = TAXONOMY.categories.map((c) => c.code);

/** The required fields of contract §3.1; true when a widget must keep the item. */
function validAssociation(item: unknown): boolean {
  if (!isRecord(item) || item['type'] !== 'association') return false;
  const name = item['name'];
  const categories = item['categories'];
  const municipality = item['municipality'];
  return (
    typeof item['id'] === 'string' &&
    isRecord(name) &&
    Object.values(name).some((v) => typeof v === 'string' && v.length > 0) &&
    Array.isArray(categories) &&
    categories.length > 0 &&
    isRecord(municipality) &&
    /^\d{3}$/.test(String(municipality['code'])) &&
    typeof item['updatedAt'] === 'string'
  );
}

function ofType(feed: GeneratedFeed, type: string): Rec[] {
  return feed.items.filter((i): i is Rec => isRecord(i) && i['type'] === type);
}

/** Every value under one of the URL keys of the contract, with its path. */
function urls(value: unknown, path = ''): [string, string][] {
  const keys = ['url', 'website', 'joinUrl', 'infoUrl', 'onlineUrl', 'applyUrl'];
  if (Array.isArray(value)) return value.flatMap((v, i) => urls(v, `${path}[${i}]`));
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([k, v]): [string, string][] =>
    keys.includes(k) && typeof v === 'string' ? [[`${path}.${k}`, v]] : urls(v, `${path}.${k}`),
  );
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (isRecord(value)) return Object.values(value).flatMap(strings);
  return [];
}

describe('demo feed generator', () => {
  const feed = generateFeed();
  const clean = generateFeed({ broken: false });

  it('is deterministic for a seed and varies with it', () => {
    expect(JSON.stringify(generateFeed().pages)).to.equal(JSON.stringify(feed.pages));
    expect(JSON.stringify(generateFeed({ broken: false }).items)).to.equal(JSON.stringify(clean.items));
    expect(JSON.stringify(generateFeed({ seed: 7 }).items)).not.to.equal(JSON.stringify(feed.items));
  });

  it('has the announced counts', () => {
    expect(ofType(clean, 'association')).to.have.length(360);
    // 12 association events and 4 meetings of municipalities with their associations.
    expect(ofType(clean, 'event')).to.have.length(16);
    expect(ofType(clean, 'volunteerTask')).to.have.length(8);
    expect(ofType(clean, 'premise')).to.have.length(9);
    expect(ofType(clean, 'contactPoint')).to.have.length(4);
    expect(clean.items).to.have.length(397);
    expect(generateFeed({ broken: false, partnership: false }).items).to.have.length(380);
    for (const f of [feed, clean]) {
      expect(f.pages).to.have.length(Math.ceil(f.items.length / 100));
      expect(f.pages.reduce((n, p) => n + p.data.length, 0)).to.equal(f.items.length);
      for (const page of f.pages) expect(page.meta.count).to.equal(f.items.length);
    }
    expect(generateFeed({ associations: 25, broken: false }).items.filter(validAssociation)).to.have.length(25);
  });

  it('covers every municipality with 3-digit codes and native names', () => {
    const counts = new Map<string, number>();
    for (const a of ofType(clean, 'association')) {
      const m = a['municipality'] as { code: string; name: Record<string, string> };
      expect(m.code).to.match(/^\d{3}$/);
      counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
      for (const area of (a['areaServed'] as { code: string }[] | undefined) ?? []) {
        expect(area.code).to.match(/^\d{3}$/);
      }
      if (m.code === '148') expect(m.name).to.include({ fi: 'Inari', se: 'Anár', smn: 'Aanaar' });
      if (m.code === '890') expect(m.name).to.include({ fi: 'Utsjoki', se: 'Ohcejohka' });
      if (m.code === '598') expect(m.name).to.deep.equal({ fi: 'Pietarsaari', sv: 'Jakobstad' });
    }
    expect([...counts.keys()].sort()).to.deep.equal([...CODES].sort());
    for (const item of [...ofType(clean, 'event'), ...ofType(clean, 'volunteerTask')]) {
      const m = (item['municipality'] ?? (item['location'] as Rec | undefined)?.['municipality']) as Rec | undefined;
      if (m) expect(String(m['code'])).to.match(/^\d{3}$/);
    }
  });

  it('gives spaces, contact points (one, one per sector, none) and meetings that a widget reads whole', () => {
    const read = clean.items.filter(
      (item) => isRecord(item) && ['premise', 'contactPoint'].includes(String(item['type'])),
    );
    for (const item of read) expect(readItem(item).kind, JSON.stringify(item)).to.equal('item');
    const points = ofType(clean, 'contactPoint').map((p) => (p['municipality'] as Rec)['code']);
    expect(points).to.deep.equal(['244', '564', '564', '564']);
    const halls = ofType(clean, 'premise').filter((p) => (p['owner'] as Rec)['associationId']);
    const ids = new Set(ofType(clean, 'association').map((a) => a['id']));
    expect(halls.length).to.be.at.least(2);
    for (const hall of halls) expect(ids.has((hall['owner'] as Rec)['associationId'])).to.equal(true);
    const meetings = ofType(clean, 'event').filter((e) => (e['targetGroups'] as string[]).includes('associations'));
    expect(meetings.map((e) => (e['location'] as { municipality: Rec }).municipality['code'])).to.deep.equal([
      '244',
      '244',
      '564',
      '598',
    ]);
    for (const event of meetings) expect(readItem(event).kind).to.equal('item');
    // A free meeting room for 15 with a wheelchair-accessible entrance, bookable through a link.
    const room = ofType(clean, 'premise').find(
      (p) =>
        (p['pricing'] as Rec | undefined)?.['forAssociations'] === 'free' &&
        Number(p['capacity']) >= 15 &&
        (p['accessibility'] as string[]).includes('wheelchair') &&
        (p['booking'] as Rec | undefined)?.['url'],
    );
    expect(room?.['id']).to.equal('kempele:tila-kaisla');
  });

  it('links its pages with absolute next URLs and puts the taxonomy on the first page', () => {
    const f = generateFeed({ associations: 40, pageSize: 10, baseUrl: 'https://feed.example/yhdistykset.json' });
    const byUrl = new Map<string, FeedEnvelope>(
      f.pages.map((p, i) => [pageUrl('https://feed.example/yhdistykset.json', i + 1), p]),
    );
    let page: FeedEnvelope | undefined = f.pages[0];
    const seen: FeedEnvelope[] = [];
    while (page) {
      seen.push(page);
      expect(page.feedVersion).to.equal('1.1');
      expect(page.generatedAt).to.equal('2026-11-20T06:00:00Z');
      expect(page.source.name).to.deep.equal({ fi: 'Yhdistystori', sv: 'Föreningstorget', en: 'Association Square' });
      expect(page.license.id).to.equal('CC-BY-4.0');
      page = page.meta.next === null ? undefined : byUrl.get(page.meta.next);
    }
    expect(seen).to.deep.equal(f.pages);
    expect(f.pages[1]?.meta.next).to.equal('https://feed.example/yhdistykset.json?page=3');
    expect(f.pages[1]?.meta.previous).to.equal('https://feed.example/yhdistykset.json');
    expect(f.pages.at(-1)?.meta.next).to.equal(null);
    expect(f.pages[0]?.taxonomy).to.deep.equal(TAXONOMY);
    expect(f.pages.slice(1).every((p) => p.taxonomy === undefined)).to.equal(true);
    expect(feed.pages[0]?.meta.next).to.equal(`${DEFAULT_BASE_URL}?page=2`);
    expect(feedPage(f, 2)).to.equal(f.pages[1]);
    expect(feedPage(f, f.pages.length + 1)).to.equal(null);
  });

  it('ships the taxonomy of contract §4 and uses only its categories', () => {
    expect(CATEGORY_CODES).to.have.length(9);
    expect(TAXONOMY.targetGroups).to.have.length(8);
    expect(TAXONOMY.themes.length).to.be.greaterThan(0);
    expect(TAXONOMY.accessibility.length).to.be.at.least(3);
    for (const a of ofType(clean, 'association')) {
      const categories = a['categories'] as string[];
      expect(categories.length).to.be.within(1, 2);
      for (const c of categories) expect(CATEGORY_CODES).to.include(c);
    }
  });

  it('contains the broken entries when asked, and none otherwise', () => {
    const { skipped, dropped, markupId } = feed.expected;
    expect(skipped.map((s) => s.reason)).to.deep.equal([
      'missing name',
      'invalid municipality code "24"',
      'no categories',
      'not an object',
    ]);
    for (const s of skipped) {
      const page = feed.pages[s.page - 1];
      const item = s.id.startsWith('#')
        ? page?.data[Number(s.id.slice(1))]
        : page?.data.find((i) => isRecord(i) && i['id'] === s.id);
      expect(item, s.id).not.to.equal(undefined);
      expect(validAssociation(item), s.id).to.equal(false);
    }
    expect(new Set(skipped.map((s) => s.page)).size).to.be.greaterThan(1);
    const byId = new Map(feed.items.filter(isRecord).map((i) => [i['id'], i]));
    expect(dropped.map((d) => d.field)).to.deep.equal([
      'contact.website',
      'contact.email',
      'logo.url',
      'membership.joinUrl',
    ]);
    for (const d of dropped) expect(validAssociation(byId.get(d.id)), d.id).to.equal(true);
    expect((byId.get(dropped[0]?.id) as Rec)['contact']).to.deep.include({
      website: 'javascript:alert(document.domain)',
    });
    const markup = byId.get(markupId) as Rec;
    expect(text(markup['description'])['fi'])
      .to.contain('<script>alert(1)</script>')
      .and.contain('<img src=x onerror=alert(1)>');

    expect(clean.expected).to.deep.equal({ skipped: [], dropped: [], markupId: null });
    expect(clean.items.every((i) => isRecord(i))).to.equal(true);
    expect(ofType(clean, 'association').every(validAssociation)).to.equal(true);
    const json = JSON.stringify(clean.items);
    expect(json).not.to.contain('<script');
    expect(json).not.to.contain('javascript:');
  });

  it('keeps texts within the contract limits, as plain text', () => {
    for (const a of ofType(clean, 'association')) {
      for (const v of Object.values(text(a['name']))) expect(v.length).to.be.within(1, 150);
      for (const v of Object.values(text(a['shortDescription']))) expect(v.length).to.be.within(1, 200);
      for (const v of Object.values(text(a['description']))) {
        expect(v.length).to.be.within(1, 2500);
        expect(v).not.to.match(/\n{3,}|^\s|\s$/);
        expect(v.split('\n\n').every((p) => p.trim() === p && p.length > 0)).to.equal(true);
      }
    }
  });

  it('uses only https .example URLs, .example e-mail addresses and E.164 phones', () => {
    for (const item of clean.items) {
      for (const [path, value] of urls(item)) {
        const url = new URL(value);
        expect(url.protocol, `${path} ${value}`).to.equal('https:');
        expect(url.hostname.endsWith('.example'), `${path} ${value}`).to.equal(true);
      }
      for (const s of strings(item)) {
        if (s.includes('@') && !s.includes(' ') && !s.startsWith('https://'))
          expect(s).to.match(/^[a-z0-9.-]+@[a-z0-9.-]+\.example$/);
        if (s.startsWith('+358')) expect(s).to.match(/^\+358(40|50)\d{7}$/);
      }
    }
    expect(new URL(feed.pages[0]?.source.url ?? '').hostname).to.equal('yhdistystori.example');
  });

  it('looks like real Finnish, Swedish and Sámi associations', () => {
    const names = ofType(feed, 'association').flatMap((a) => Object.values(text(a['name'])));
    for (const n of [
      'Kempeleen Urheiluseura ry',
      'Oulun Mieskuoro ry',
      'Limingan Eläkeläiset ry',
      'Muhoksen Kyläyhdistys ry',
      'Jakobstads Idrottsförening rf',
      'Pedersöre Pensionärsförening rf',
      'Nykarleby Manskör rf',
      'Kokkolan Lentopalloseura ry',
      'Inarin Saamelaisyhdistys ry',
      'Oulun Seudun Näkövammaiset ry',
    ]) {
      expect(names, n).to.include(n);
    }
    const associations = ofType(clean, 'association');
    const langs = (key: string) => associations.filter((a) => key in text(a['name'])).length;
    expect(langs('sv')).to.be.greaterThan(60);
    expect(langs('en')).to.be.greaterThan(5);
    expect(langs('se')).to.be.greaterThan(1);
    expect(new Set(associations.map((a) => a['id'])).size).to.equal(associations.length);
    expect(new Set(associations.map((a) => Object.values(text(a['name']))[0])).size).to.equal(associations.length);
    for (const a of associations) {
      const created = String(a['createdAt']);
      const updated = String(a['updatedAt']);
      expect(created).to.match(/^20(19|2[0-6])-\d\d-\d\dT\d\d:\d\d:00\+0[23]:00$/);
      expect(Date.parse(updated)).to.be.greaterThan(Date.parse(created));
      const address = a['address'] as Record<string, string> | undefined;
      if (address) expect(address['postalCode']).to.match(/^\d{5}$/);
      const persons = (a['contactPersons'] as Rec[] | undefined) ?? [];
      for (const p of persons) expect(text(p['role'])['fi']).to.be.a('string');
    }
    const statuses = new Set(associations.map((a) => a['status'] ?? 'active'));
    expect([...statuses].sort()).to.deep.equal(['active', 'dissolved', 'inactive']);
  });
});
