import { expect } from '@open-wc/testing';
import { http } from 'msw/core/http';
import { json, mockFeeds } from '../support/msw.js';
import { FeedError, type FeedEvent, type VolunteerTask } from '../../src/feed/index.js';
import { linkedEventsSource, linkedEventsUrl, mapLinkedEvent } from '../../src/sources/linkedevents/index.js';
import type { RemoteQuery } from '../../src/results/remote.js';
import { retryAfterMs } from '../../src/sources/http.js';
import eventList from '../fixtures/realdata/linkedevents/event-list.json';
import eventIncluded from '../fixtures/realdata/linkedevents/event-included.json';
import eventEspoo from '../fixtures/realdata/linkedevents/event-espoo.json';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ROOT = 'https://api.hel.fi/linkedevents/v1/';
const OTHER_ROOT = 'https://linkedevents.example/v1/';
/** A fresh copy of a recorded record, to vary one field for a case. */
const copy = <T>(value: T): Json => JSON.parse(JSON.stringify(value));
const never = new AbortController().signal;

function query(partial: Partial<RemoteQuery> = {}, scope: Partial<RemoteQuery['scope']> = {}): RemoteQuery {
  return {
    text: '',
    filters: {},
    pageSize: 100,
    ...partial,
    scope: { municipalities: [], categories: [], targetGroups: [], now: new Date('2026-12-02T08:00:00Z'), ...scope },
  };
}

const params = (url: string | undefined): Record<string, string> => Object.fromEntries(new URL(url!).searchParams);

/** The recorded event with its place and keywords inlined, moved to a time of our choosing. */
function scheduled(id: string, start: string | null, extra: Json = {}): Json {
  return { ...copy(eventIncluded), id, start_time: start, end_time: null, event_status: 'EventScheduled', ...extra };
}

describe('Linked Events: query → URL', () => {
  it('asks for the scope, the window, the text and the filters the API answers', () => {
    const url = linkedEventsUrl(
      ROOT,
      'events',
      query(
        {
          text: 'kirjasto',
          filters: {
            free: ['free'],
            attendance: ['online'],
            language: ['fi', 'sv'],
            age: ['7'],
            targetGroup: ['families'],
          },
          pageSize: 20,
        },
        { municipalities: ['091', '049'], days: 30, targetGroups: ['children'] },
      ),
    );
    expect(url!.startsWith(`${ROOT}event/?`)).to.equal(true);
    // Online only: no division, which matches the event's place, and an online event has none.
    expect(params(url)).to.deep.equal({
      start: 'today',
      end: '2027-01-01',
      text: 'kirjasto',
      is_free: 'true',
      internet_based: 'true',
      language: 'fi,sv',
      audience_min_age_lt: '7',
      audience_max_age_gt: '7',
      keyword: 'yso:p4354,yso:p4363',
      event_type: 'General,Course',
      include: 'location,keywords',
      hide_recurring_children: 'true',
      sort: 'start_time',
      page_size: '20',
    });
  });

  it('narrows to the chosen municipality and week, and asks for volunteering as tasks', () => {
    const events = params(
      linkedEventsUrl(
        ROOT,
        'events',
        query({ filters: { municipality: ['092'], when: ['week'] } }, { municipalities: ['091'] }),
      ),
    );
    // 2 December 2026 is a Wednesday: the week ends on Sunday the 6th.
    expect(events).to.include({ division: 'kunta:vantaa', start: 'today', end: '2026-12-06', page_size: '100' });
    const tasks = params(
      linkedEventsUrl(ROOT, 'tasks', query({ filters: { remote: ['remote'] } }, { municipalities: ['091'] })),
    );
    expect(tasks).to.include({ event_type: 'Volunteering', internet_based: 'true' });
    expect(tasks).to.not.have.property('division');
    // On-site events, or both kinds, stay within the municipality.
    for (const attendance of [['onsite'], ['online', 'onsite']]) {
      const url = linkedEventsUrl(ROOT, 'events', query({ filters: { attendance } }, { municipalities: ['091'] }));
      expect(params(url)).to.include({ division: 'kunta:helsinki' });
    }
    expect(linkedEventsUrl(ROOT, 'events', query({}, { municipalities: ['999'] }))).to.equal(undefined);
  });
});

describe('Linked Events: records → contract items', () => {
  it('maps the recorded Helsinki event: place, address, [lon, lat], municipality from its division, price, link', () => {
    const event = mapLinkedEvent(scheduled('helsinki:x1', '2026-12-24T16:00:00Z'), false) as Json;
    expect(event.location).to.deep.equal({
      name: { fi: 'Jätkäsaaren kirjasto', sv: 'Busholmens bibliotek och infocenter', en: 'Jätkäsaari Library' },
      address: { street: 'Tyynenmerenkatu 1', postalCode: '00220', postOffice: 'Helsinki' },
      geo: { lat: 60.159977, lon: 24.920868 },
      municipality: { code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors' } },
    });
    expect(event.offer).to.deep.equal({
      isFree: false,
      price: { fi: '5-15€', sv: '5-15€', en: '5-15€' },
      infoUrl: 'http://www.amosrex.fi',
    });
    expect(event.organizerIds).to.deep.equal(['ytj:0586977-6']);
    expect(event.eventStatus).to.equal('scheduled');
    // HTML paragraphs become plain paragraphs.
    expect(event.description.fi).to.not.include('<');
    expect(event.description.fi.split('\n\n').length).to.be.greaterThan(1);
  });

  it('takes the municipality of a place that names only its division (Espoo), and keeps the postponed mark', async () => {
    const record = { ...copy(eventEspoo), start_time: '2026-12-10T10:00:00Z' };
    const page = await servePage([record]);
    const event = page.items[0] as FeedEvent;
    expect(event.location.municipality).to.deep.equal({ code: '049', name: { fi: 'Espoo', sv: 'Esbo' } });
    expect(event.eventStatus).to.equal('postponed');
  });

  it('reads all-day, cancelled, rescheduled and postponed events; one without a time is skipped and reported', async () => {
    const page = await servePage([
      scheduled('helsinki:allday', '2026-12-24', { end_time: '2026-12-24' }),
      scheduled('helsinki:summer', '2027-06-21', { end_time: '2027-06-22' }),
      scheduled('helsinki:cancelled', '2026-12-05T15:00:00Z', { event_status: 'EventCancelled' }),
      scheduled('helsinki:moved', '2026-12-06T15:00:00Z', { event_status: 'EventRescheduled' }),
      copy(eventList.data[1]), // the recorded postponed event: start_time null
      scheduled('helsinki:odd', '2026-12-07T15:00:00Z', { event_status: 'EventMaybe' }),
    ]);
    const byId = new Map(page.items.map((item) => [item.id, item as FeedEvent]));
    expect(byId.get('helsinki:allday')).to.include({ startTime: '2026-12-24T00:00:00+02:00' });
    expect(byId.get('helsinki:allday')).to.not.have.property('endTime');
    expect(byId.get('helsinki:summer')).to.include({
      startTime: '2027-06-21T00:00:00+03:00',
      endTime: '2027-06-22T23:59:00+03:00',
    });
    expect(byId.get('helsinki:cancelled')?.eventStatus).to.equal('cancelled');
    expect(byId.get('helsinki:moved')?.eventStatus).to.equal('scheduled');
    expect(byId.get('helsinki:odd')?.eventStatus).to.equal('scheduled');
    expect(page.skipped).to.have.length(1);
    expect(page.skipped[0]!.id).to.equal('helsinki:afxp6tv4xa');
    expect(page.skipped[0]!.reason).to.include('startTime: required');
    expect(page.dropped).to.deep.include({
      id: 'helsinki:odd',
      field: 'eventStatus',
      reason: 'not one of scheduled, cancelled, postponed',
    });
  });

  it('drops and reports an info_url without a scheme, and never keeps markup', async () => {
    const page = await servePage([
      scheduled('helsinki:www', '2026-12-08T15:00:00Z', {
        info_url: { fi: 'www.helmet.fi/jätkäsaari', sv: null, en: '' },
        name: { fi: 'Satutunti <b>lapsille</b>', sv: null, en: '' },
        short_description: { fi: '', sv: null },
        description: {
          fi: '<p>Tule &amp; kuuntele!<br>Ohjelmassa:</p><ul><li>satuja</li><li>lauluja</li></ul><script>alert(1)</script><p>Lisää: <a href="https://www.helmet.fi/">kirjastosta</a></p>',
        },
        offers: [
          { is_free: false, price: { fi: 'Liput 5 € <a href="x">https://www.lippu.fi/satu</a>' }, info_url: null },
        ],
      }),
    ]);
    const event = page.items[0] as FeedEvent;
    expect(event).to.not.have.property('infoUrl');
    expect(page.dropped).to.deep.include({ id: 'helsinki:www', field: 'infoUrl', reason: 'not an http(s) URL' });
    // The name is text as the API gives it (a name is never HTML); fi only, no empty languages.
    expect(event.name).to.deep.equal({ fi: 'Satutunti <b>lapsille</b>' });
    expect(event).to.not.have.property('shortDescription');
    expect(event.description).to.deep.equal({
      fi: 'Tule & kuuntele!\nOhjelmassa:\n\n• satuja\n• lauluja\n\nLisää: kirjastosta (https://www.helmet.fi/)',
    });
    // A web address typed into the price is the offer's link, not price text.
    expect(event.offer).to.deep.equal({
      isFree: false,
      price: { fi: 'Liput 5 €' },
      infoUrl: 'https://www.lippu.fi/satu',
    });
  });

  it('puts online events at their address, and names their language', async () => {
    const page = await servePage([copy(eventList.data[0])]);
    const event = page.items[0] as FeedEvent;
    expect(event.attendanceMode).to.equal('online');
    expect(event.location).to.deep.equal({
      onlineUrl: 'https://www.hel.fi/Helsinki/fi/asuminen-ja-ymparisto/kaavoitus/ajankohtaiset-suunnitelmat/',
    });
    expect(event.languages).to.deep.equal(['fi']);
    expect(event.image).to.deep.equal({
      url: 'https://api.hel.fi/linkedevents/media/images/UKH2020_fb__tapahtuma_1920_x10802.jpg',
      alt: { fi: 'Ideakuva tulevaisuuden Malmin keskustan katunäkymästä' },
    });
  });

  it('makes volunteering records volunteer tasks', () => {
    const task = mapLinkedEvent(
      scheduled('helsinki:vol', '2026-12-10T08:00:00Z', { end_time: '2027-02-28T16:00:00Z' }),
      true,
    ) as Json;
    expect(task).to.deep.include({
      type: 'volunteerTask',
      associationId: 'ytj:0586977-6',
      remote: false,
      municipality: { code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors' } },
      startDate: '2026-12-10',
      endDate: '2027-02-28',
      applyUrl: 'http://www.amosrex.fi',
    });
  });
});

/** Organization answers in the API's shape (no organization response is recorded; names composed for the test). */
const ORGANIZATIONS: Record<string, string> = {
  'ytj:0586977-6': 'Amos Rex',
  'ahjo:u541000': 'Kaupunkiympäristön toimiala',
};

interface Served {
  events: number;
  organizations: Map<string, number>;
}

/** Serves `records` as one event list page (count and next as recorded) and the organizations. */
async function serve(
  pages: Json[][],
  options: { status?: number; headers?: Record<string, string> }[] = [],
  root = ROOT,
): Promise<Served> {
  const served: Served = { events: 0, organizations: new Map() };
  await mockFeeds(
    http.get(`${root}event/`, ({ request }) => {
      const answer = options[served.events];
      served.events++;
      if (answer?.status) return new Response(null, { status: answer.status, headers: answer.headers ?? {} });
      const page = Number(new URL(request.url).searchParams.get('page') ?? '1');
      const next = page < pages.length ? `${root}event/?page=${page + 1}` : null;
      return json({ meta: { count: eventList.meta.count, next, previous: null }, data: pages[page - 1] ?? [] });
    }),
    http.get(`${root}organization/:id/`, ({ params: { id } }) => {
      const key = String(id);
      served.organizations.set(key, (served.organizations.get(key) ?? 0) + 1);
      const name = ORGANIZATIONS[key];
      return name ? json({ id: key, data_source: key.split(':')[0], name }) : new Response(null, { status: 404 });
    }),
  );
  return served;
}

async function servePage(records: Json[]) {
  await serve([records]);
  return linkedEventsSource(ROOT, 'events').search(query(), never);
}

describe('Linked Events: the source', () => {
  it('answers a query with validated items, the API count and the next page, and follows it', async () => {
    await serve([
      [copy(eventList.data[0]), scheduled('helsinki:a', '2026-12-03T10:00:00Z')],
      [scheduled('helsinki:b', '2026-12-04T10:00:00Z')],
    ]);
    const source = linkedEventsSource(ROOT, 'events');
    const first = await source.search(query(), never);
    expect(first.items.map((item) => item.id)).to.deep.equal(['helsinki:afy6ikna3u', 'helsinki:a']);
    expect(first.total).to.equal(151775);
    expect(first.next).to.equal(`${ROOT}event/?page=2`);
    const second = await source.more(first.next!, never);
    expect(second.items.map((item) => item.id)).to.deep.equal(['helsinki:b']);
    expect(second).to.not.have.property('next');
    expect(source.filters).to.include('free');
  });

  it('fetches each organizer name once, shared by pages and sources', async () => {
    // Another instance of the API: names are shared per API, and this one has asked for none yet.
    const served = await serve(
      [
        [
          copy(eventList.data[0]),
          scheduled('helsinki:a', '2026-12-03T10:00:00Z'),
          scheduled('helsinki:c', '2026-12-03T12:00:00Z'),
        ],
        [scheduled('helsinki:b', '2026-12-04T10:00:00Z', { publisher: 'unknown:1' })],
      ],
      [],
      OTHER_ROOT,
    );
    const events = linkedEventsSource(OTHER_ROOT, 'events');
    const first = await events.search(query(), never);
    await events.more(first.next!, never);
    const again = linkedEventsSource(OTHER_ROOT, 'events');
    await again.search(query(), never);
    expect(events.organizerName('ytj:0586977-6')).to.equal('Amos Rex');
    expect(again.organizerName('ahjo:u541000')).to.equal('Kaupunkiympäristön toimiala');
    expect(events.organizerName('unknown:1')).to.equal(undefined);
    expect(served.organizations.get('ytj:0586977-6')).to.equal(1);
    expect(served.organizations.get('ahjo:u541000')).to.equal(1);
  });

  it('reads volunteering as tasks', async () => {
    await serve([[scheduled('helsinki:vol', '2026-12-10T08:00:00Z')]]);
    const page = await linkedEventsSource(ROOT, 'tasks').search(query(), never);
    expect((page.items[0] as VolunteerTask).type).to.equal('volunteerTask');
  });

  it('waits as long as Retry-After asks after 429 and 503, within bounds', async () => {
    const waits: number[] = [];
    const sleep = async (ms: number): Promise<void> => {
      waits.push(ms);
    };
    const served = await serve(
      [[scheduled('helsinki:a', '2026-12-03T10:00:00Z')]],
      [{ status: 429, headers: { 'Retry-After': '2' } }, { status: 503 }],
    );
    const page = await linkedEventsSource(ROOT, 'events', { sleep }).search(query(), never);
    expect(page.items).to.have.length(1);
    expect(waits).to.deep.equal([2000, 1000]);
    expect(served.events).to.equal(3);

    await serve([], [{ status: 503, headers: { 'Retry-After': '3600' } }]);
    const error = await rejection(linkedEventsSource(ROOT, 'events', { sleep }).search(query(), never));
    expect(error).to.be.instanceOf(FeedError);
    expect(error).to.include({ kind: 'http', status: 503 });
    expect((error as FeedError).message).to.include('asked to wait 3600 s');
  });

  it('times out a request that never answers', async () => {
    await mockFeeds(http.get(`${ROOT}event/`, () => new Promise<Response>(() => undefined)));
    const error = await rejection(linkedEventsSource(ROOT, 'events', { timeoutMs: 50 }).search(query(), never));
    expect(error).to.be.instanceOf(FeedError);
    expect(error).to.include({ kind: 'network' });
    expect((error as FeedError).message).to.include('timed out');
  });

  it('explains a refused cross-origin request for the webmaster', async () => {
    const refused: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = await rejection(linkedEventsSource(ROOT, 'events', { fetch: refused }).search(query(), never));
    expect(error).to.be.instanceOf(FeedError);
    expect(error).to.include({ kind: 'network' });
    expect((error as FeedError).message).to.include(`does not allow this page's origin ${location.origin} (CORS)`);
  });

  it('rejects with the abort reason when the query is cancelled, and reads Retry-After dates', async () => {
    await mockFeeds(http.get(`${ROOT}event/`, () => new Promise<Response>(() => undefined)));
    const controller = new AbortController();
    const pending = linkedEventsSource(ROOT, 'events').search(query(), controller.signal);
    const reason = new DOMException('a newer search', 'AbortError');
    controller.abort(reason);
    expect(await rejection(pending)).to.equal(reason);
    const now = Date.parse('2026-12-02T08:00:00Z');
    expect(retryAfterMs('Wed, 02 Dec 2026 08:00:05 GMT', now)).to.equal(5000);
    expect(retryAfterMs('7', now)).to.equal(7000);
    expect(retryAfterMs('soon', now)).to.equal(undefined);
  });

  it('rejects an answer that is not an event list as a format error', async () => {
    await mockFeeds(http.get(`${ROOT}event/`, () => json({ detail: 'Not found.' })));
    const error = await rejection(linkedEventsSource(ROOT, 'events').search(query(), never));
    expect(error).to.include({ kind: 'format' });
  });
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
