import { expect } from '@open-wc/testing';
import { answerSourceRequest } from '../../demo/data/recorded-sources.js';
import { recordings } from '../support/recordings.js';
import { linkedEventsSource } from '../../src/sources/linkedevents/index.js';
import { loadPtv } from '../../src/sources/ptv/index.js';
import { loadLipas } from '../../src/sources/lipas/index.js';
import type { FeedEvent } from '../../src/feed/index.js';

const ORIGIN = 'http://127.0.0.1:5173';
const NOW = new Date('2026-12-02T08:00:00Z');
const signal = new AbortController().signal;

/** The demo server's answers, as fetch sees them (without a server). */
const demoFetch: typeof fetch = async (input) => {
  const answer = answerSourceRequest(recordings, new URL(String(input)), NOW);
  if (!answer) return new Response(null, { status: 404 });
  return new Response(JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'Content-Type': 'application/json' },
  });
};

const scope = { municipalities: ['091'], categories: [], targetGroups: [], now: NOW };

describe('demo server: recorded Linked Events, PTV and LIPAS at their real paths', () => {
  it('answers Helsinki events in pages, upcoming, with organizer names', async () => {
    const source = linkedEventsSource(`${ORIGIN}/linkedevents/v1/`, 'events', { fetch: demoFetch });
    const first = await source.search({ text: '', filters: {}, pageSize: 3, scope }, signal);
    expect(first.skipped).to.deep.equal([]);
    // Four weeks of the Jätkäsaari event. The Espoo ones are outside the division, and so is the online
    // one: as in Linked Events, a division matches the place's divisions, and the internet place has none.
    expect(first.total).to.equal(4);
    expect(first.items).to.have.length(3);
    const second = await source.more(first.next!, signal);
    expect(second.items).to.have.length(1);
    const events = [...first.items, ...second.items] as FeedEvent[];
    for (const event of events) {
      expect(Date.parse(event.startTime)).to.be.greaterThan(NOW.getTime());
      expect(event.location.municipality?.code).to.equal('091');
    }
    expect(source.organizerName('ytj:0586977-6')).to.equal('Amos Rex');
  });

  it('answers a search, Espoo events and volunteering', async () => {
    const events = linkedEventsSource(`${ORIGIN}/linkedevents/v1/`, 'events', { fetch: demoFetch });
    const search = (municipalities: string[]) =>
      events.search({ text: 'Koillis', filters: {}, pageSize: 20, scope: { ...scope, municipalities } }, signal);
    // The online event is found without a municipality, never within one.
    expect((await search([])).total).to.equal(4);
    expect((await search(['091'])).total).to.equal(0);
    const espoo = await events.search(
      { text: '', filters: {}, pageSize: 20, scope: { ...scope, municipalities: ['049'] } },
      signal,
    );
    expect(espoo.items.map((item) => (item as FeedEvent).location.municipality?.code)).to.include('049');
    const tasks = linkedEventsSource(`${ORIGIN}/linkedevents/v1/`, 'tasks', { fetch: demoFetch });
    const page = await tasks.search({ text: '', filters: {}, pageSize: 20, scope }, signal);
    expect(page.items.map((item) => item.id)).to.deep.equal(['helsinki:demo-volunteering']);
  });

  it('answers PTV associations of Helsinki', async () => {
    const data = await loadPtv(`${ORIGIN}/api/v11/`, { municipalities: ['Helsinki'], fetch: demoFetch });
    expect(data.associations.map((a) => a.name.fi)).to.deep.equal([
      'Jätkäsaaren Asukasyhdistys ry',
      'Oulunkylän Kuoro ry',
    ]);
    const none = await loadPtv(`${ORIGIN}/api/v11/`, { municipalities: ['Kempele'], fetch: demoFetch });
    expect(none.associations).to.deep.equal([]);
  });

  it('answers LIPAS sports sites of Helsinki in pages, with their types named', async () => {
    const data = await loadLipas(`${ORIGIN}/v2/`, { municipalities: ['Helsinki'], fetch: demoFetch });
    expect(data.premises).to.have.length(58);
    expect(data.premises.every((premise) => premise.municipality.code === '091')).to.equal(true);
    expect(data.premises.some((premise) => premise.description?.sv === 'Serviceplats för båtfarare')).to.equal(true);
    const none = await loadLipas(`${ORIGIN}/v2/`, { municipalities: ['Kempele'], fetch: demoFetch });
    expect(none.premises).to.deep.equal([]);
  });
});
