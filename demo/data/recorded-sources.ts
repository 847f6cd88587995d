/**
 * Answers for the demo server at the real APIs' paths, from the recorded
 * responses in test/fixtures/realdata (see its README):
 *
 *   /linkedevents/v1/event/?…                 Linked Events: the recorded events, moved to the
 *                                             coming weeks (the recording is from 2020), filtered by
 *                                             division (the place's, so never an online event),
 *                                             text, is_free, internet_based, event_type;
 *                                             `page_size`, `page`, `meta.count`, `meta.next`
 *   /linkedevents/v1/organization/<id>/       organizer names (composed: none is recorded)
 *   /api/v11/Organization/list/area/Municipality/code/<code>?page=N
 *                                             PTV: the composed Helsinki organization page
 *   /api/v11/Service/list?guids=…             PTV: the recorded services
 *   /v2/sports-sites?city-codes=…&page=N      LIPAS: the recorded Helsinki places in the v2
 *                                             envelope (`items`, `pagination`), `page-size` ≤ 100
 *   /v2/sports-site-categories                LIPAS: the types' names (composed, see the README)
 *
 * Pure: the dev-server plugin (sources-plugin.ts) reads the recordings from
 * disk and the tests import them; both pass them in.
 */

type Json = Record<string, unknown>;

/** The recordings the answers are made of (files in test/fixtures/realdata). */
export interface Recordings {
  /** `linkedevents/event-list.json`, `event-included.json`, `event-espoo.json` */
  eventList: { data: Json[] };
  eventIncluded: Json;
  eventEspoo: Json;
  /** `ptv/organization-list.composed.json`, `ptv/service-list.json` */
  organizations: Json;
  services: { itemList: Json[] };
  /** `lipas/sports-places-helsinki.json`, `lipas/sports-site-categories.composed.json` */
  lipasPlaces: Json[];
  lipasTypes: Json[];
}

/** The recordings' files, relative to test/fixtures/realdata. */
export const RECORDING_FILES: Readonly<Record<keyof Recordings, string>> = {
  eventList: 'linkedevents/event-list.json',
  eventIncluded: 'linkedevents/event-included.json',
  eventEspoo: 'linkedevents/event-espoo.json',
  organizations: 'ptv/organization-list.composed.json',
  services: 'ptv/service-list.json',
  lipasPlaces: 'lipas/sports-places-helsinki.json',
  lipasTypes: 'lipas/sports-site-categories.composed.json',
};

export const LINKED_EVENTS_PATH = '/linkedevents/v1/';
export const PTV_PATH = '/api/v11/';
export const LIPAS_PATH = '/v2/';

/** Organizer names for the recorded publishers (composed; the recording has no organization responses). */
const ORGANIZERS: Readonly<Record<string, string>> = {
  'ahjo:u541000': 'Kaupunkiympäristön toimiala',
  'ytj:0586977-6': 'Amos Rex',
};

/** When the composed organizer records say they were last changed. */
const ORGANIZERS_MODIFIED = '2025-01-15T10:00:00Z';

const DAY = 86_400_000;

/** The Helsinki date `days` from `now`, at `hour` o'clock UTC. */
function at(now: Date, days: number, hour: number): string {
  const date = new Date(now.getTime() + days * DAY);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString().replace('.000Z', 'Z');
}

/**
 * The demo's events: each recorded record several times over the coming weeks
 * (ids suffixed with the week), as Linked Events would list a series.
 */
function demoEvents(rec: Recordings, now: Date, origin: string): Json[] {
  const recorded = [rec.eventList.data[0]!, rec.eventIncluded, rec.eventEspoo];
  const events: Json[] = [];
  for (let week = 0; week < 4; week++) {
    recorded.forEach((record, index) => {
      const copy = JSON.parse(JSON.stringify(record)) as Json;
      const day = week * 7 + index * 2 + 1;
      copy.id = `${String(record.id)}-${week + 1}`;
      copy.start_time = at(now, day, 14 + index);
      copy.end_time = at(now, day, 16 + index);
      copy.event_status = week === 1 && index === 2 ? 'EventCancelled' : 'EventScheduled';
      copy['@id'] = `${origin}${LINKED_EVENTS_PATH}event/${String(copy.id)}/`;
      events.push(copy);
    });
  }
  // A volunteering task derived from the Jätkäsaari record.
  const task = JSON.parse(JSON.stringify(rec.eventIncluded)) as Json;
  Object.assign(task, {
    id: 'helsinki:demo-volunteering',
    type_id: 'Volunteering',
    name: { fi: 'Satutuntien lukijoita kirjastoon', sv: 'Sagostundsläsare till biblioteket' },
    start_time: at(now, 3, 8),
    end_time: at(now, 90, 16),
    event_status: 'EventScheduled',
  });
  events.push(task);
  return events;
}

const text = (value: unknown): string =>
  typeof value === 'object' && value !== null
    ? Object.values(value)
        .filter((v) => typeof v === 'string')
        .join(' ')
    : '';

function municipalityOf(event: Json): string | undefined {
  const location = event.location as Json | undefined;
  const divisions = (location?.divisions ?? []) as Json[];
  const muni = divisions.find((division) => division.type === 'muni');
  return typeof muni?.ocd_id === 'string' ? /kunta:[^/]+$/.exec(muni.ocd_id)?.[0] : undefined;
}

function eventPage(rec: Recordings, url: URL, now: Date): Json {
  const params = url.searchParams;
  const types = (params.get('event_type') ?? 'General').split(',');
  const divisions = params.get('division')?.split(',');
  const words = params.get('text')?.toLowerCase();
  const online = params.get('internet_based');
  const publishers = params.get('publisher')?.split(',');
  let events = demoEvents(rec, now, url.origin).filter((event) => {
    const type = typeof event.type_id === 'string' ? event.type_id : 'General';
    if (!types.includes(type)) return false;
    const internet = JSON.stringify(event.location).includes('helsinki:internet');
    if (online && String(internet) !== online) return false;
    if (publishers && !publishers.includes(String(event.publisher))) return false;
    // As Linked Events does: a division matches the place's divisions, and the internet place has none.
    if (divisions && !divisions.includes(municipalityOf(event) ?? '')) return false;
    if (params.get('is_free') === 'true' && !(event.offers as Json[])?.some((offer) => offer.is_free === true))
      return false;
    return !words || `${text(event.name)} ${text(event.description)}`.toLowerCase().includes(words);
  });
  events = events.sort((a, b) => String(a.start_time).localeCompare(String(b.start_time)));
  const size = Math.min(100, Math.max(1, Number(params.get('page_size') ?? 20) || 20));
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const next = new URL(url);
  next.searchParams.set('page', String(page + 1));
  return {
    meta: {
      count: events.length,
      next: page * size < events.length ? next.href : null,
      previous: null,
    },
    data: events.slice((page - 1) * size, page * size),
  };
}

/** A page of LIPAS sports sites: the recorded Helsinki places when Helsinki (91) is asked for. */
function lipasPage(rec: Recordings, params: URLSearchParams): Json {
  const cities = (params.get('city-codes') ?? '').split(',').map(Number);
  const places = cities.includes(91) ? rec.lipasPlaces : [];
  const size = Math.min(100, Math.max(1, Number(params.get('page-size') ?? 10) || 10));
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  return {
    items: places.slice((page - 1) * size, page * size),
    pagination: {
      'current-page': page,
      'page-size': size,
      'total-items': places.length,
      'total-pages': Math.ceil(places.length / size),
    },
  };
}

export interface Answer {
  status: number;
  body: unknown;
}

/** The answer for a request to one of the recorded APIs, or undefined when the path is none of theirs. */
export function answerSourceRequest(rec: Recordings, url: URL, now = new Date()): Answer | undefined {
  const path = url.pathname;
  if (path === `${LINKED_EVENTS_PATH}event/`) return { status: 200, body: eventPage(rec, url, now) };
  const organizer = new RegExp(`^${LINKED_EVENTS_PATH}organization/([^/]+)/$`).exec(path)?.[1];
  if (organizer !== undefined) {
    const id = decodeURIComponent(organizer);
    const name = ORGANIZERS[id];
    return name
      ? { status: 200, body: { id, data_source: id.split(':')[0], name, last_modified_time: ORGANIZERS_MODIFIED } }
      : { status: 404, body: { detail: 'Not found.' } };
  }
  const code = new RegExp(`^${PTV_PATH}Organization/list/area/Municipality/code/(\\d{1,3})$`).exec(path)?.[1];
  if (code !== undefined) {
    const page = Number(url.searchParams.get('page') ?? '1');
    // Helsinki has the composed page; elsewhere PTV lists no associations in this demo.
    const helsinki = code.padStart(3, '0') === '091';
    return {
      status: 200,
      body:
        helsinki && page === 1
          ? rec.organizations
          : { pageNumber: page, pageSize: 1000, pageCount: helsinki ? 1 : 0, itemList: [] },
    };
  }
  if (path === `${LIPAS_PATH}sports-site-categories`) return { status: 200, body: rec.lipasTypes };
  if (path === `${LIPAS_PATH}sports-sites`) return { status: 200, body: lipasPage(rec, url.searchParams) };
  if (path === `${PTV_PATH}Service/list`) {
    const wanted = new Set((url.searchParams.get('guids') ?? '').split(','));
    return { status: 200, body: rec.services.itemList.filter((service) => wanted.has(String(service.id))) };
  }
  return undefined;
}
