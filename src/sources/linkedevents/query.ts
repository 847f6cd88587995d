/**
 * A resident's query → a Linked Events API v1 `event/` URL. Only what the API
 * can answer is asked for; the rest is named in `LINKED_EVENTS_FILTERS` so the
 * elements offer only those filters.
 */
import { dayKey, dayStart, splitKey } from '../../calendar/helsinki.js';
import { linkedEventsDivision } from '../../municipalities/index.js';
import type { RemoteQuery } from '../../results/remote.js';
import { TARGET_GROUP_KEYWORDS } from './map.js';

export type LinkedEventsKind = 'events' | 'tasks';

/** The event filters a Linked Events query can express (the volunteering list's: `municipality`, `remote`). */
export const LINKED_EVENTS_FILTERS: Readonly<Record<LinkedEventsKind, readonly string[]>> = {
  events: ['when', 'targetGroup', 'age', 'free', 'attendance', 'language', 'municipality'],
  tasks: ['municipality', 'remote'],
};

/** The most a page can hold (the API's own limit). */
export const MAX_PAGE_SIZE = 100;

const KEYWORD_BY_GROUP = new Map(Object.entries(TARGET_GROUP_KEYWORDS).map(([keyword, group]) => [group, keyword]));

/** The last Helsinki date of a `when` choice starting on `today`, and its first. */
function whenRange(value: string, today: string): [start: string, end: string] | undefined {
  const [year, month, day] = splitKey(today);
  if (value === 'today') return [today, today];
  if (value === 'week') {
    const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7; // Monday 0
    return [today, dayKey(dayStart(today, 6 - weekday))];
  }
  if (value === 'month') return [today, dayKey(Date.UTC(year, month, 0, 12))];
  const match = /^(\d{4}-\d{2}-\d{2})(?:\/(\d{4}-\d{2}-\d{2}))?$/.exec(value);
  return match ? [match[1]!, match[2] ?? match[1]!] : undefined;
}

/**
 * The `event/` URL for a query, or undefined when the query can match nothing
 * (municipalities none of which Linked Events can be asked about).
 */
export function linkedEventsUrl(root: string, kind: LinkedEventsKind, query: RemoteQuery): string | undefined {
  const { scope, filters } = query;
  const params = new URLSearchParams();
  const chosen = (key: string): readonly string[] => filters[key] ?? [];

  // The page's municipalities, narrowed by the resident's choice. Linked Events matches a division
  // by the event's place, and an online event has none: asked for online events (or remote tasks)
  // only, the municipality would leave nothing, so it is not asked.
  const attendance = chosen('attendance');
  const placeless =
    kind === 'events' ? attendance.length === 1 && attendance[0] === 'online' : chosen('remote').length > 0;
  const codes = chosen('municipality').length ? chosen('municipality') : scope.municipalities;
  if (codes.length && !placeless) {
    const divisions = codes.map(linkedEventsDivision).filter((division): division is string => !!division);
    if (!divisions.length) return undefined;
    params.set('division', divisions.join(','));
  }

  const now = scope.now ?? new Date();
  const today = dayKey(now.getTime());
  let start = 'today';
  let end = scope.days === undefined ? undefined : dayKey(dayStart(today, Math.max(0, scope.days)));
  const when = chosen('when')[0];
  const range = when === undefined ? undefined : whenRange(when, today);
  if (range) {
    if (range[0] > today) start = range[0];
    if (end === undefined || range[1] < end) end = range[1];
  }
  params.set('start', start);
  if (end) params.set('end', end);

  if (query.text) params.set('text', query.text);
  if (scope.organizer) params.set('publisher', scope.organizer);

  if (kind === 'events') {
    if (chosen('free').includes('free')) params.set('is_free', 'true');
    if (attendance.length === 1) params.set('internet_based', attendance[0] === 'online' ? 'true' : 'false');
    if (chosen('language').length) params.set('language', chosen('language').join(','));
    const age = Number(chosen('age')[0]);
    if (chosen('age').length && Number.isInteger(age) && age >= 0) {
      params.set('audience_min_age_lt', String(age));
      params.set('audience_max_age_gt', String(age));
    }
    const keywords = [...scope.targetGroups, ...chosen('targetGroup')]
      .map((group) => KEYWORD_BY_GROUP.get(group))
      .filter((keyword): keyword is string => !!keyword);
    if (keywords.length) params.set('keyword', [...new Set(keywords)].join(','));
    params.set('event_type', 'General,Course');
  } else {
    const remote = chosen('remote');
    if (remote.length) params.set('internet_based', 'true');
    params.set('event_type', 'Volunteering');
  }

  params.set('include', 'location,keywords');
  params.set('hide_recurring_children', 'true');
  params.set('sort', 'start_time');
  params.set('page_size', String(Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(query.pageSize) || MAX_PAGE_SIZE))));
  return `${root.replace(/\/*$/, '/')}event/?${params}`;
}
