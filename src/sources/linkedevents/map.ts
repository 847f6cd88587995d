/**
 * One Linked Events record (API v1 `event`, with `include=location,keywords`)
 * → a raw contract item. The result is not trusted: it goes through the same
 * item validation as a feed's items, so what is skipped or dropped is reported
 * the same way, under the event's own id. Values the contract cannot hold are
 * passed on as they are (an `info_url` without a scheme) so that validation
 * drops and reports them.
 */
import { dayKey, dayStart, helsinkiOffset, pad } from '../../calendar/helsinki.js';
import { findMunicipality } from '../../municipalities/index.js';
import { firstText, fitText, htmlToText, localized, looksLikeHtml } from '../text.js';

type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The place Linked Events gives every event held online. */
export const INTERNET_PLACE = 'helsinki:internet';

/** Contract limits the texts are fitted into (longer texts are cut, not lost whole). */
const DESCRIPTION_MAX = 2500;
const SHORT_MAX = 200;

/** YSO keywords whose meaning is one of the contract's target groups (both seen in recorded Linked Events data). */
export const TARGET_GROUP_KEYWORDS: Readonly<Record<string, string>> = {
  'yso:p4354': 'children', // lapset (ikäryhmät) / barn (åldersgrupper)
  'yso:p4363': 'families', // perheet / familjer
};

const STATUSES: Readonly<Record<string, string>> = {
  EventScheduled: 'scheduled',
  EventRescheduled: 'scheduled', // the new time is in start_time
  EventCancelled: 'cancelled',
  EventPostponed: 'postponed',
};

/** The id at the end of a Linked Events link (`…/language/fi/` → `fi`), or the object's own `id`. */
function refId(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  if (typeof value.id === 'string') return value.id;
  const link = value['@id'];
  return typeof link === 'string' ? /\/([^/]+)\/?$/.exec(link)?.[1] : undefined;
}

/** `2026-12-24T00:00:00+02:00`: the start of a Helsinki date. */
function helsinkiMidnightIso(date: string): string {
  const offset = helsinkiOffset(dayStart(date));
  return `${date}T00:00:00+${pad(offset / 60)}:00`;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Start and end as the contract wants them. A date-only start (an all-day
 * event) starts at Helsinki midnight and has no end on the same day; a later
 * date-only end ends that day. Null stays absent (a postponed event without a
 * new time is then skipped: the contract needs a start).
 */
function times(start: unknown, end: unknown): { startTime?: unknown; endTime?: unknown } {
  const out: { startTime?: unknown; endTime?: unknown } = {};
  if (typeof start === 'string' && start) out.startTime = DATE_ONLY.test(start) ? helsinkiMidnightIso(start) : start;
  if (typeof end === 'string' && end) {
    if (!DATE_ONLY.test(end)) out.endTime = end;
    else if (!(typeof start === 'string' && start.startsWith(end))) {
      out.endTime = `${end}T23:59:00+${pad(helsinkiOffset(dayStart(end)) / 60)}:00`;
    }
  }
  return out;
}

/** The Helsinki date of a start or end, for volunteer tasks (`YYYY-MM-DD`). */
function dateOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  if (DATE_ONLY.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : dayKey(ms);
}

/** Plain text from a field that may hold HTML. */
const plain = (text: string): string => (looksLikeHtml(text) ? htmlToText(text) : text.trim());

/** The municipality of a place: its `muni` division's name looked up in the national table. */
function placeMunicipality(place: Obj): { code: string; name: Record<string, string> } | undefined {
  const divisions = Array.isArray(place.divisions) ? place.divisions : [];
  for (const division of divisions) {
    if (!isObject(division) || division.type !== 'muni') continue;
    const names = localized(division.name);
    const ocd = typeof division.ocd_id === 'string' ? /kunta:([^/]+)$/.exec(division.ocd_id)?.[1] : undefined;
    for (const candidate of [...Object.values(names ?? {}), ocd?.replace(/_/g, ' ')]) {
      const found = candidate ? findMunicipality(candidate) : undefined;
      if (found) return { code: found.code, name: { fi: found.fi, sv: found.sv } };
    }
  }
  return undefined;
}

/** Where the event happens; online events sit at the place `helsinki:internet`. */
function location(raw: unknown, infoUrl: unknown): Obj {
  if (!isObject(raw)) return {};
  const id = refId(raw);
  if (id === INTERNET_PLACE) {
    return typeof infoUrl === 'string' && /^https?:\/\//i.test(infoUrl)
      ? { onlineUrl: infoUrl }
      : { name: localized(raw.name) ?? { fi: 'Internet', sv: 'Internet', en: 'Internet' } };
  }
  const out: Obj = {};
  const name = localized(raw.name);
  if (name) out.name = name;
  const street = firstText(localized(raw.street_address));
  const postOffice = firstText(localized(raw.address_locality));
  const address: Obj = {};
  if (street) address.street = street;
  if (typeof raw.postal_code === 'string' && raw.postal_code) address.postalCode = raw.postal_code;
  if (postOffice) address.postOffice = postOffice;
  if (Object.keys(address).length) out.address = address;
  // GeoJSON order: [longitude, latitude].
  const coordinates = isObject(raw.position) ? raw.position.coordinates : undefined;
  if (Array.isArray(coordinates) && coordinates.length >= 2) out.geo = { lat: coordinates[1], lon: coordinates[0] };
  const municipality = placeMunicipality(raw);
  if (municipality) out.municipality = municipality;
  return out;
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"')]+[^\s<>"').,;:!?]/i;

/**
 * The first offer: whether it is free, its price as plain text, and a link.
 * A web address typed into the price becomes the offer's link (when it has
 * none) and leaves the price text.
 */
function offer(offers: unknown): Obj | undefined {
  const first = Array.isArray(offers) ? offers.find(isObject) : undefined;
  if (!first) return undefined;
  const out: Obj = {};
  if (typeof first.is_free === 'boolean') out.isFree = first.is_free;
  let link = firstText(localized(first.info_url));
  const price = localized(first.price, (text) => {
    const value = plain(text);
    const url = URL_IN_TEXT.exec(value)?.[0];
    if (!url) return value;
    link ??= url;
    return value
      .replace(url, '')
      .replace(/[ \t]*\(\s*\)/g, '')
      .replace(/[ \t]{2,}/g, ' ')
      .trim()
      .replace(/[:,;]$/, '');
  });
  if (price) out.price = mapValues(price, (text) => fitText(text, SHORT_MAX));
  if (link) out.infoUrl = link;
  return Object.keys(out).length ? out : undefined;
}

function mapValues(text: Record<string, string>, f: (value: string) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(text).map(([lang, value]) => [lang, f(value)]));
}

function image(images: unknown): Obj | undefined {
  const first = Array.isArray(images) ? images.find(isObject) : undefined;
  if (!first || typeof first.url !== 'string') return undefined;
  const alt = typeof first.alt_text === 'string' && first.alt_text.trim() ? first.alt_text.trim() : undefined;
  // Linked Events gives one alt text without a language; its data is Finnish first.
  return alt ? { url: first.url, alt: { fi: alt } } : { url: first.url };
}

const codes = (list: unknown): string[] =>
  Array.isArray(list) ? list.map(refId).filter((id): id is string => !!id) : [];

/** The record as a contract `event`, or a `volunteerTask` for `event_type` Volunteering (`asTask`). */
export function mapLinkedEvent(record: unknown, asTask: boolean): unknown {
  if (!isObject(record)) return record;
  const description = localized(record.description, (text) => fitText(plain(text), DESCRIPTION_MAX));
  const shortDescription = localized(record.short_description, (text) => fitText(plain(text), SHORT_MAX));
  const infoUrl = firstText(localized(record.info_url));
  const online = refId(record.location) === INTERNET_PLACE;
  const publisher = typeof record.publisher === 'string' ? record.publisher : undefined;
  const languages = codes(record.in_language);

  if (asTask) {
    const place = location(record.location, undefined);
    return {
      type: 'volunteerTask',
      id: record.id,
      associationId: publisher,
      title: localized(record.name),
      updatedAt: record.last_modified_time,
      remote: online,
      ...(online || !place.municipality ? {} : { municipality: place.municipality }),
      description: description ?? shortDescription,
      languagesNeeded: languages,
      startDate: dateOf(record.start_time),
      endDate: dateOf(record.end_time),
      applyUrl: infoUrl,
    };
  }

  const keywords = codes(record.keywords);
  return {
    type: 'event',
    id: record.id,
    organizerIds: publisher ? [publisher] : [],
    name: localized(record.name),
    ...times(record.start_time, record.end_time),
    location: location(record.location, infoUrl),
    shortDescription,
    description,
    eventStatus:
      typeof record.event_status === 'string' ? (STATUSES[record.event_status] ?? record.event_status) : undefined,
    ...(online ? { attendanceMode: 'online' } : {}),
    targetGroups: [...new Set(keywords.map((id) => TARGET_GROUP_KEYWORDS[id]).filter(Boolean))],
    ageMin: record.audience_min_age ?? undefined,
    ageMax: record.audience_max_age ?? undefined,
    languages,
    offer: offer(record.offers),
    infoUrl,
    image: image(record.images),
    updatedAt: record.last_modified_time,
  };
}
