import { expect } from '@open-wc/testing';
import { http } from 'msw/core/http';
import { mockFeeds, json } from '../support/msw.js';
import { loadFeed, readItem, ItemCollector } from '../../src/feed/index.js';

// Feed JSON is loosely typed on purpose: the tests feed the client bad input.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ORIGIN = 'https://feed.example';

const premise = (id: string, extra: Json = {}): Json => ({
  type: 'premise',
  id,
  name: { fi: 'Kokoushuone Kaisla', sv: 'Mötesrum Kaisla' },
  owner: { kind: 'municipality' },
  municipality: { code: '244' },
  updatedAt: '2026-10-01T08:00:00+03:00',
  ...extra,
});

const contactPoint = (id: string, extra: Json = {}): Json => ({
  type: 'contactPoint',
  id,
  municipality: { code: '244' },
  role: { fi: 'Järjestöyhdyshenkilö', sv: 'Kontaktperson för föreningar' },
  email: 'jarjestot@kempele.example',
  updatedAt: '2026-10-01T08:00:00+03:00',
  ...extra,
});

describe('contract 1.1: premises and contact points', () => {
  it('reads, checks and keeps them in FeedData', async () => {
    await mockFeeds(
      http.get(`${ORIGIN}/v11.json`, () =>
        json({
          feedVersion: '1.1',
          generatedAt: '2026-11-20T06:00:00Z',
          meta: { count: 6, next: null },
          taxonomy: {},
          data: [
            premise('kempele:tila-12', {
              spaceTypes: ['meeting-room'],
              capacity: 20,
              pricing: { forAssociations: 'free', price: { fi: 'Maksuton' } },
              booking: { url: 'https://varaamo.example/kaisla', email: 'tilat@kempele.example' },
              equipment: { fi: 'Näyttö, kahvinkeitin' },
            }),
            premise('kempele:tila-13', { capacity: 0, booking: { url: 'javascript:alert(1)', phone: '040 123 4567' } }),
            premise('kempele:tila-14', { owner: { kind: 'castle' } }),
            contactPoint('kempele:jarjestoyhteys', {
              name: 'Maija Meikäläinen',
              consent: true,
              categories: ['sports'],
            }),
            contactPoint('kempele:kulttuuri', { name: 'Matti Meikäläinen' }),
            contactPoint('kempele:tyhja', { email: 'ei osoite' }),
          ],
        }),
      ),
    );
    const data = await loadFeed(`${ORIGIN}/v11.json`);
    expect(data.feedVersion).to.equal('1.1');
    expect(data.premises.map((p) => p.id)).to.deep.equal(['kempele:tila-12', 'kempele:tila-13']);
    expect(data.premises[0]).to.deep.include({
      spaceTypes: ['meeting-room'],
      capacity: 20,
      accessibility: [],
      pricing: { forAssociations: 'free', price: { fi: 'Maksuton' } },
      booking: { url: 'https://varaamo.example/kaisla', email: 'tilat@kempele.example' },
    });
    expect(data.premises[1]).not.to.have.property('capacity');
    expect(data.premises[1]?.booking).to.deep.equal({ phone: '040 123 4567' });
    expect(data.contactPoints.map((c) => c.id)).to.deep.equal(['kempele:jarjestoyhteys', 'kempele:kulttuuri']);
    expect(data.contactPoints[0]?.name).to.equal('Maija Meikäläinen');
    // Without consent the name is not kept.
    expect(data.contactPoints[1]).not.to.have.property('name');
    expect(data.skipped).to.deep.equal([
      { id: 'kempele:tila-14', reason: 'owner.kind: not one of municipality, association, parish, company, other' },
      { id: 'kempele:tyhja', reason: 'email: not a plain e-mail address; at least one of email, phone and url needed' },
    ]);
    expect(data.dropped).to.deep.equal([
      { id: 'kempele:tila-13', field: 'capacity', reason: 'not a whole number ≥ 1' },
      { id: 'kempele:tila-13', field: 'booking.url', reason: 'not an http(s) URL' },
    ]);
    expect(data.associations).to.deep.equal([]);
  });
});

describe('readItem and ItemCollector, the entry points for adapters', () => {
  it('read one raw item as the feed client does', () => {
    expect(readItem(premise('p:1'))).to.deep.include({ kind: 'item', dropped: [] });
    expect(readItem({ type: 'newsArticle', id: 'n:1' })).to.deep.equal({ kind: 'other' });
    expect(readItem(contactPoint('c:1', { email: undefined }))).to.deep.equal({
      kind: 'skipped',
      id: 'c:1',
      reason: 'at least one of email, phone and url needed',
    });
    const items = new ItemCollector();
    items.add([premise('p:1'), premise('p:1'), contactPoint('c:1')], 1);
    expect(items.premises.map((p) => p.id)).to.deep.equal(['p:1']);
    expect(items.contactPoints.map((c) => c.id)).to.deep.equal(['c:1']);
    expect(items.skipped).to.deep.equal([{ id: 'p:1', reason: 'duplicate id' }]);
  });
});
