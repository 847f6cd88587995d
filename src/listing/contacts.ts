import type { ContactPoint, FeedEvent, LocalizedText } from '../feed/types.js';
import { parseList } from '../internal/parse-list.js';
import { resolveMunicipalityCodes } from './scope.js';
import { upcomingEvents } from './events.js';

/**
 * The contact points of the given municipalities (every one when `municipalities`
 * is undefined: the page names none) that cover one of the page's fields of
 * activity (any when `categories` is empty; a point naming no field covers all),
 * in the feed's order: a municipality with one per field of activity lists them
 * as its producer ordered them.
 */
export function contactPointsFor(
  points: readonly ContactPoint[],
  municipalities: ReadonlySet<string> | undefined,
  categories: ReadonlySet<string> = new Set(),
): ContactPoint[] {
  return points.filter(
    (point) =>
      (!municipalities || municipalities.has(point.municipality.code)) &&
      (categories.size === 0 || point.categories.length === 0 || point.categories.some((c) => categories.has(c))),
  );
}

/**
 * The next meeting for associations: the first upcoming, not cancelled event
 * with the target group `associations`, in the given municipalities (by its
 * place; anywhere when `municipalities` is undefined).
 */
export function nextMeeting(
  events: readonly FeedEvent[],
  municipalities: ReadonlySet<string> | undefined,
  now: Date,
): FeedEvent | undefined {
  return upcomingEvents(events, { now, days: 366, lang: 'fi' }).find(
    (event) =>
      event.targetGroups.includes('associations') &&
      event.eventStatus !== 'cancelled' &&
      (!municipalities ||
        (event.location.municipality !== undefined && municipalities.has(event.location.municipality.code))),
  );
}

/**
 * The municipalities a `municipality` attribute names, by code or by a name in
 * any language the feed uses; undefined when it names none (the whole feed). A
 * name nothing matches gives an empty set: nothing, rather than everything.
 */
export function municipalityScope(
  attribute: string | undefined,
  names: ReadonlyMap<string, LocalizedText>,
): ReadonlySet<string> | undefined {
  const entries = parseList(attribute);
  return entries.length ? resolveMunicipalityCodes(entries, names) : undefined;
}
