import { expect } from '@open-wc/testing';
import { http } from 'msw/core/http';
import { json, mockFeeds } from '../support/msw.js';
import { FeedError } from '../../src/feed/index.js';
import { openSource, sourceFormat } from '../../src/sources/index.js';
import organizations from '../fixtures/realdata/ptv/organization-list.composed.json';
import eventList from '../fixtures/realdata/linkedevents/event-list.json';

const LINKED_EVENTS = 'https://api.hel.fi/linkedevents/v1/';
const PTV = 'https://api.palvelutietovaranto.suomi.fi/api/v11/';
const FEED = 'https://yhdistykset.example/open-source/feed.json';
const signal = new AbortController().signal;

describe('openSource', () => {
  it('reads the format attribute, kumppani by default', () => {
    expect(sourceFormat(null)).to.equal('kumppani');
    expect(sourceFormat(' LinkedEvents ')).to.equal('linkedevents');
    expect(sourceFormat('ptv')).to.equal('ptv');
    expect(sourceFormat('ical')).to.equal(undefined);
  });

  it('loads a contract feed, PTV associations whole, and queries Linked Events', async () => {
    await mockFeeds(
      http.get(FEED, () => json({ feedVersion: '1.0', meta: { next: null }, data: [] })),
      http.get(`${PTV}Organization/list/area/Municipality/code/:code`, () => json(organizations)),
      http.get(`${PTV}Service/list`, () => json([])),
      http.get(`${LINKED_EVENTS}event/`, () => json({ meta: eventList.meta, data: [eventList.data[0]] })),
      http.get(`${LINKED_EVENTS}organization/:id/`, () => new Response(null, { status: 404 })),
    );
    const feed = openSource('kumppani', FEED, 'associations');
    expect((await feed.load({ municipalities: [], signal })).feedVersion).to.equal('1.0');

    const ptv = openSource('ptv', PTV, 'associations');
    expect(ptv.mode).to.equal('whole');
    expect((await ptv.load({ municipalities: ['Helsingfors'], signal })).associations).to.have.length(2);

    const events = openSource('linkedevents', LINKED_EVENTS, 'events');
    expect(events.mode).to.equal('remote');
    const page = await events.source.search(
      { text: '', filters: {}, pageSize: 100, scope: { municipalities: ['091'], categories: [], targetGroups: [] } },
      signal,
    );
    expect(page.items.map((item) => item.id)).to.deep.equal(['helsinki:afy6ikna3u']);
    expect(openSource('linkedevents', LINKED_EVENTS, 'tasks').source.filters).to.deep.equal(['municipality', 'remote']);
  });

  it('refuses a kind the source does not have', () => {
    expect(() => openSource('ptv', PTV, 'events')).to.throw(FeedError, 'format="ptv" gives associations, not events');
    expect(() => openSource('linkedevents', LINKED_EVENTS, 'associations')).to.throw(
      FeedError,
      'format="linkedevents" gives events and volunteer tasks, not associations',
    );
  });
});
