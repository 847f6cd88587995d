import type { ContactPoint, FeedEvent } from '../feed/types.js';
import { upcomingEvents } from './events.js';

/**
 * The contact points of the given municipalities (every one when none are
 * given), in the feed's order: a municipality with one per field of activity
 * lists them as its producer ordered them.
 */
export function contactPointsFor(points: readonly ContactPoint[], municipalities: ReadonlySet<string>): ContactPoint[] {
  return points.filter((point) => municipalities.size === 0 || municipalities.has(point.municipality.code));
}

/**
 * The next meeting for associations: the first upcoming, not cancelled event
 * with the target group `associations`, in the given municipalities (by its
 * place) when any are given.
 */
export function nextMeeting(
  events: readonly FeedEvent[],
  municipalities: ReadonlySet<string>,
  now: Date,
): FeedEvent | undefined {
  return upcomingEvents(events, { now, days: 366, lang: 'fi' }).find(
    (event) =>
      event.targetGroups.includes('associations') &&
      event.eventStatus !== 'cancelled' &&
      (municipalities.size === 0 ||
        (event.location.municipality !== undefined && municipalities.has(event.location.municipality.code))),
  );
}
