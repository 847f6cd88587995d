import type { VolunteerTask } from '../feed/types.js';
import type { Locale } from '../i18n/locales.js';
import { dateText, dateWords } from '../i18n/dates.js';
import { dayKey } from '../calendar/helsinki.js';
import { countSpec, matchesSpec, type CountMaps, type FacetSpec, type FilterSets } from './facet-spec.js';

/** Tasks still open on today's Helsinki date: those whose `endDate` has passed are hidden. */
export function activeTasks(tasks: readonly VolunteerTask[], now: Date): VolunteerTask[] {
  const today = dayKey(now.getTime());
  return tasks.filter((task) => !task.endDate || task.endDate >= today);
}

/**
 * Task filter groups: `theme` codes; `municipality` codes; `remote` (value
 * `remote`); `under18` (value `under18`: marked suitable for under-18s).
 * A remote task can be done from anywhere, so it fits every municipality value too.
 */
export const TASK_FACETS = ['theme', 'municipality', 'remote', 'under18'] as const;
export type TaskFacet = (typeof TASK_FACETS)[number];
export type TaskFilters = FilterSets<TaskFacet>;
export type TaskFacetCounts = CountMaps<TaskFacet>;

export function emptyTaskFilters(): TaskFilters {
  return { theme: new Set(), municipality: new Set(), remote: new Set(), under18: new Set() };
}

function taskSpec(municipalities: Iterable<string>): FacetSpec<VolunteerTask, TaskFacet> {
  const values = (task: VolunteerTask, facet: TaskFacet): readonly string[] => {
    switch (facet) {
      case 'theme':
        return task.themes;
      case 'municipality':
        return task.municipality ? [task.municipality.code] : [];
      case 'remote':
        return task.remote ? ['remote'] : [];
      case 'under18':
        return task.suitableForUnder18 ? ['under18'] : [];
    }
  };
  return {
    facets: TASK_FACETS,
    has: (task, facet, value) => (facet === 'municipality' && task.remote) || values(task, facet).includes(value),
    candidates: (task, facet) => (facet === 'municipality' && task.remote ? municipalities : values(task, facet)),
  };
}

/** Whether a task passes every filter group with a selection (`except` one left out). */
export function matchesTaskFilters(task: VolunteerTask, filters: TaskFilters, except?: TaskFacet): boolean {
  return matchesSpec(taskSpec([]), task, filters, except);
}

/** How many tasks each value would give; remote tasks count for every municipality listed or selected. */
export function countTaskFacets(tasks: readonly VolunteerTask[], filters: TaskFilters): TaskFacetCounts {
  const codes = new Set(filters.municipality);
  for (const task of tasks) if (task.municipality) codes.add(task.municipality.code);
  return countSpec(taskSpec(codes), tasks, filters);
}

/**
 * When a task runs: "1.3.–31.5.2027" (en "1 March – 31 May 2027"), with both
 * years when they differ; "1.3.2027 alkaen" / "31.5.2027 asti" with one end;
 * "Jatkuva" / "Fortlöpande" / "Ongoing" for an ongoing task without an end date;
 * an empty string when the feed says nothing.
 */
export function taskDates(task: VolunteerTask, locale: Locale): string {
  const w = dateWords(locale.lang);
  const { startDate: start, endDate: end } = task;
  if (start && end) {
    const sameYear = start.slice(0, 4) === end.slice(0, 4);
    return w.range(dateText(start, locale, !sameYear), dateText(end, locale));
  }
  if (end) return w.until(dateText(end, locale));
  if (task.ongoing) return w.ongoing;
  return start ? w.from(dateText(start, locale)) : '';
}
