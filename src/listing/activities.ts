import type { FeedEvent, VolunteerTask } from '../feed/types.js';
import { dayKey } from '../calendar/helsinki.js';

/** How many of an association's coming events the detail lists. */
const EVENTS_SHOWN = 5;

/** The association's events not yet over, soonest first, and its tasks still open. */
export function activitiesOf(
  id: string,
  events: readonly FeedEvent[],
  tasks: readonly VolunteerTask[],
  now: number,
): { events: FeedEvent[]; tasks: VolunteerTask[] } {
  // Today's date in Helsinki, as YYYY-MM-DD (the format of a task's endDate).
  const today = dayKey(now);
  return {
    events: events
      .filter((event) => event.organizerIds.includes(id) && Date.parse(event.endTime ?? event.startTime) >= now)
      .sort((a, b) => Date.parse(a.startTime) - Date.parse(b.startTime))
      .slice(0, EVENTS_SHOWN),
    tasks: tasks.filter((task) => task.associationId === id && (!task.endDate || task.endDate >= today)),
  };
}
