import { expect } from '@open-wc/testing';
import { http } from 'msw/core/http';
import { json, mockFeeds } from '../support/msw.js';
import { FeedError } from '../../src/feed/index.js';
import { loadLinkedEventsOrganizer } from '../../src/sources/linkedevents/organizer.js';
import eventIncluded from '../fixtures/realdata/linkedevents/event-included.json';
import eventEspoo from '../fixtures/realdata/linkedevents/event-espoo.json';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

// Its own address, so the organizer names other suites cache for the real API's address play no part.
const ROOT = 'https://organizers.linkedevents.example/v1/';
const NOW = new Date('2026-12-02T08:00:00Z');
const copy = <T>(value: T): Json => JSON.parse(JSON.stringify(value));

/** The recorded records of publisher `ytj:0586977-6` (one in Helsinki, two in Espoo), moved into the coming weeks. */
const upcoming = [
  { ...copy(eventIncluded), id: 'helsinki:one', start_time: '2026-12-10T14:00:00Z', end_time: null },
  { ...copy(eventEspoo), id: 'helsinki:two', start_time: '2026-12-11T14:00:00Z', end_time: null },
  { ...copy(eventEspoo), id: 'helsinki:three', start_time: '2026-12-12T14:00:00Z', end_time: null },
];

/** The fields Linked Events' organization serializer writes, with composed values. */
const organization = (extra: Json = {}): Json => ({
  id: 'ytj:0586977-6',
  data_source: 'ytj',
  name: '  Amos Rex  ',
  classification: 'org:13',
  founding_date: null,
  dissolution_date: null,
  parent_organization: null,
  sub_organizations: [],
  created_time: '2020-01-01T10:00:00Z',
  last_modified_time: '2025-01-15T10:00:00Z',
  ...extra,
});

let record: Json = organization();
let organizationStatus = 200;
const eventQueries: URLSearchParams[] = [];

before(async () => {
  await mockFeeds(
    http.get(`${ROOT}organization/:id/`, ({ params }) =>
      params.id === 'ytj:0586977-6' && organizationStatus === 200
        ? json(record)
        : new Response(null, { status: params.id === 'ytj:0586977-6' ? organizationStatus : 404 }),
    ),
    http.get(`${ROOT}event/`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      eventQueries.push(query);
      const data = query.get('publisher') === 'ytj:0586977-6' ? upcoming : [];
      return json({ meta: { count: data.length, next: null }, data });
    }),
  );
});

beforeEach(() => {
  record = organization();
  organizationStatus = 200;
  eventQueries.length = 0;
});

const load = (id: string, municipality?: string) =>
  loadLinkedEventsOrganizer(ROOT, id, { signal: new AbortController().signal, municipality, now: NOW, retries: 0 });

describe('Linked Events: one organizer for the card', () => {
  it('reads the organizer as an association, with its next events asked for by publisher', async () => {
    const data = await load('ytj:0586977-6');
    expect(data.associations).to.have.length(1);
    const [association] = data.associations;
    expect(association!.id).to.equal('ytj:0586977-6');
    expect(association!.name).to.deep.equal({ fi: 'Amos Rex' });
    expect(association!.status).to.equal('active');
    // Two of its three events are in Espoo: that is its home when the page names none.
    expect(association!.municipality.code).to.equal('049');
    expect(data.events.map((event) => event.id)).to.deep.equal(['helsinki:one', 'helsinki:two', 'helsinki:three']);
    expect(data.events.every((event) => event.organizerIds.includes('ytj:0586977-6'))).to.equal(true);
    expect(data.source!.name.fi).to.equal('Linked Events');

    const [query] = eventQueries;
    expect(query!.get('publisher')).to.equal('ytj:0586977-6');
    expect(query!.get('start')).to.equal('today');
    expect(query!.get('sort')).to.equal('start_time');
    expect(Number(query!.get('page_size'))).to.be.at.most(20);
  });

  it('takes the home the page names, by name or code, over where its events are', async () => {
    expect((await load('ytj:0586977-6', 'Helsingfors')).associations[0]!.municipality.code).to.equal('091');
    expect((await load('ytj:0586977-6', '091')).associations[0]!.municipality.code).to.equal('091');
  });

  it('finds no association for an id the API does not know, and still reads no error', async () => {
    const data = await load('ahjo:nobody');
    expect(data.associations).to.deep.equal([]);
    expect(data.skipped).to.deep.equal([]);
  });

  it('reports a dissolved organizer as one, so the card does not show it as active', async () => {
    record = organization({ dissolution_date: '2024-06-30' });
    expect((await load('ytj:0586977-6')).associations[0]!.status).to.equal('dissolved');
  });

  it('skips and reports a record the contract cannot hold, under the organizer’s id', async () => {
    record = organization({ name: '' });
    const data = await load('ytj:0586977-6');
    expect(data.associations).to.deep.equal([]);
    expect(data.skipped).to.have.length(1);
    expect(data.skipped[0]!.id).to.equal('ytj:0586977-6');
    expect(data.skipped[0]!.reason).to.contain('name');
  });

  it('rejects with the source’s error when the organizer cannot be read', async () => {
    organizationStatus = 500;
    const error = await load('ytj:0586977-6').then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).status).to.equal(500);
  });
});
