import type { FeedEvent } from '../feed/types.js';
import type { Locale } from '../i18n/locales.js';
import { pickText, resolveLocale } from '../i18n/locales.js';
import { collator } from '../i18n/format.js';
import { dateWords, dayHeading } from '../i18n/dates.js';
import { dayKey, dayStart, helsinkiMidnight, splitKey, wallTime } from '../calendar/helsinki.js';
import { countSpec, matchesSpec, type CountMaps, type FacetSpec, type FilterSets } from './facet-spec.js';
import { fitsTargetGroup, isResidentGroup } from './target-groups.js';

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * When an event starts and ends (ms). Without an `endTime` (or with an unusable
 * one) it is taken to last until the end of its start day in Helsinki.
 */
export function eventSpan(event: FeedEvent): { start: number; end: number } {
  const start = Date.parse(event.startTime);
  const end = Date.parse(event.endTime ?? '');
  return { start, end: end >= start ? end : dayStart(dayKey(start), 1) };
}

/**
 * Events not yet over (ongoing ones included) that start within `days` × 24 h of
 * `now`, soonest first, then by name. Cancelled and postponed events stay listed,
 * so residents see the news.
 */
export function upcomingEvents(
  events: readonly FeedEvent[],
  options: { now: Date; days: number; lang?: string },
): FeedEvent[] {
  const now = options.now.getTime();
  const until = now + options.days * 86_400_000;
  const lang = options.lang ?? 'fi';
  const name = (event: FeedEvent): string => pickText(event.name, lang)?.text ?? '';
  const compare = collator(resolveLocale(lang)).compare;
  return events
    .map((event) => ({ event, ...eventSpan(event) }))
    .filter(({ start, end }) => end > now && start < until)
    .sort((a, b) => a.start - b.start || compare(name(a.event), name(b.event)))
    .map(({ event }) => event);
}

export interface DayGroup {
  /** Helsinki date, `YYYY-MM-DD`. */
  key: string;
  heading: string;
  events: FeedEvent[];
}

/**
 * Events by Helsinki calendar day, days in order, events in the order given.
 * An event that began on an earlier day and is still going on is listed under today.
 */
export function groupByDay(events: readonly FeedEvent[], locale: Locale, now: Date): DayGroup[] {
  const today = dayKey(now.getTime());
  const groups = new Map<string, DayGroup>();
  for (const event of events) {
    const { start, end } = eventSpan(event);
    let key = dayKey(start);
    if (key < today && end > now.getTime()) key = today;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, heading: dayHeading(key, locale, now), events: [] }));
    group.events.push(event);
  }
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * An event's time as the list shows it under its day heading:
 * - start only: "18.00" (en "18:00"); at 00:00 with no end, just the date ("14.6.2027");
 * - same day: "12.30–16.30" (en "12:30–16:30"); an end at the next midnight reads "24.00" (en "00:00");
 * - over several days: "14.6. klo 18.00 – 15.6. klo 2.00", sv "14.6. kl. 18.00 – 15.6. kl. 2.00",
 *   en "14 June, 18:00 – 15 June, 02:00"; years are shown when the two differ.
 */
export function eventTimeText(event: FeedEvent, locale: Locale): string {
  const w = dateWords(locale.lang);
  const startMs = Date.parse(event.startTime);
  const endMs = Date.parse(event.endTime ?? '');
  const s = wallTime(startMs);
  const startTime = w.time(s.hour, s.minute);
  if (!(endMs > startMs)) {
    return !event.endTime && s.hour + s.minute + s.second === 0 ? w.date(s.day, s.month, s.year) : startTime;
  }
  const e = wallTime(endMs);
  const startDay = dayKey(startMs);
  if (dayKey(endMs) === startDay) return `${startTime}–${w.time(e.hour, e.minute)}`;
  if (endMs === dayStart(startDay, 1)) return `${startTime}–${w.time(24, 0)}`;
  const years = s.year !== e.year;
  return `${w.at(w.date(s.day, s.month, years ? s.year : undefined), startTime)} – ${w.at(
    w.date(e.day, e.month, years ? e.year : undefined),
    w.time(e.hour, e.minute),
  )}`;
}

/* ------------------------------------------------------------------ filters */

/**
 * Event filter groups. Values:
 * - `when`: `today`, `week` (the Helsinki Monday–Sunday week of today), `month`
 *   (today's calendar month), `YYYY-MM-DD` or `YYYY-MM-DD/YYYY-MM-DD` (Helsinki
 *   dates, both inclusive). An event fits when it is going on at any time in the period.
 * - `age`: an age in years, e.g. `"7"`; fits `ageMin`–`ageMax` (an event without limits fits every age).
 * - `free`: `free` (the offer says free of charge).
 * - `attendance`: `online`, `onsite`. A stated `attendanceMode` decides (`mixed` is both);
 *   without one, an `onlineUrl` makes it online and a place (name, address or
 *   coordinates) makes it on-site.
 * - `category`, `targetGroup`, `language`: codes; `municipality`: the location's
 *   municipality code; `organizer`: an association id.
 */
export const EVENT_FACETS = [
  'when',
  'category',
  'targetGroup',
  'age',
  'free',
  'attendance',
  'language',
  'municipality',
  'organizer',
] as const;
export type EventFacet = (typeof EVENT_FACETS)[number];
export type EventFilters = FilterSets<EventFacet>;
export type EventFacetCounts = CountMaps<EventFacet>;

export const WHEN_OPTIONS = ['today', 'week', 'month'] as const;

export function emptyEventFilters(): EventFilters {
  const filters = {} as Record<EventFacet, Set<string>>;
  for (const facet of EVENT_FACETS) filters[facet] = new Set();
  return filters;
}

/** The instants a `when` value covers, `[from, to)`; undefined for an unknown value. */
export function whenPeriod(value: string, now: Date): [number, number] | undefined {
  const today = dayKey(now.getTime());
  if (value === 'today') return [dayStart(today), dayStart(today, 1)];
  if (value === 'week') {
    const weekday = wallTime(now.getTime()).weekday;
    return [dayStart(today, -weekday), dayStart(today, 7 - weekday)];
  }
  if (value === 'month') {
    const [year, month] = splitKey(today);
    return [helsinkiMidnight(year, month, 1), helsinkiMidnight(year, month + 1, 1)];
  }
  const [from = '', to = from] = value.split('/');
  if (!DAY_RE.test(from) || !DAY_RE.test(to)) return undefined;
  return [dayStart(from), dayStart(to, 1)];
}

function attendance(event: FeedEvent): string[] {
  const { attendanceMode: mode, location } = event;
  const online = mode ? mode !== 'offline' : Boolean(location.onlineUrl);
  const onsite = mode ? mode !== 'online' : Boolean(location.name || location.address || location.geo);
  return [...(online ? ['online'] : []), ...(onsite ? ['onsite'] : [])];
}

/**
 * `residentGroups`: the groups of residents the counted events name, each of
 * which an event for everyone is counted under too.
 */
function eventSpec(
  now: Date,
  filters: EventFilters,
  residentGroups: readonly string[] = [],
): FacetSpec<FeedEvent, EventFacet> {
  const values = (event: FeedEvent, facet: EventFacet): readonly string[] => {
    switch (facet) {
      case 'category':
        return event.categories;
      case 'targetGroup':
        return event.targetGroups;
      case 'language':
        return event.languages;
      case 'organizer':
        return event.organizerIds;
      case 'municipality':
        return event.location.municipality ? [event.location.municipality.code] : [];
      case 'attendance':
        return attendance(event);
      case 'free':
        return event.offer?.isFree ? ['free'] : [];
      default:
        return [];
    }
  };
  return {
    facets: EVENT_FACETS,
    has(event, facet, value) {
      if (facet === 'when') {
        const period = whenPeriod(value, now);
        const { start, end } = eventSpan(event);
        // A zero-length event still happens at its start.
        return !!period && start < period[1] && (end > period[0] || start >= period[0]);
      }
      if (facet === 'age') {
        const age = value.trim() === '' ? NaN : Number(value);
        return age >= (event.ageMin ?? 0) && age <= (event.ageMax ?? Infinity);
      }
      if (facet === 'targetGroup') return fitsTargetGroup(event.targetGroups, value);
      return values(event, facet).includes(value);
    },
    candidates: (event, facet) =>
      facet === 'when'
        ? [...WHEN_OPTIONS, ...filters.when]
        : facet === 'age'
          ? filters.age
          : facet === 'targetGroup'
            ? [...event.targetGroups, ...residentGroups]
            : values(event, facet),
  };
}

/** Whether an event passes every filter group with a selection (`except` one left out). */
export function matchesEventFilters(event: FeedEvent, filters: EventFilters, now: Date, except?: EventFacet): boolean {
  return matchesSpec(eventSpec(now, filters), event, filters, except);
}

/**
 * How many events each value would give. `when` is counted for `today`, `week`,
 * `month` and any selected range; `age` only for the selected ages.
 */
export function countEventFacets(events: readonly FeedEvent[], filters: EventFilters, now: Date): EventFacetCounts {
  const residentGroups = new Set(events.flatMap((event) => event.targetGroups.filter(isResidentGroup)));
  return countSpec(eventSpec(now, filters, [...residentGroups]), events, filters);
}
