/**
 * `convert --from linkedevents`, `--from ptv` and `--from lipas`: the same adapters
 * the widgets read these APIs with, so a feed written here holds what a widget would show.
 */
import { loadLipas } from '../sources/lipas/index.js';
import { loadPtv } from '../sources/ptv/index.js';
import { linkedEventsSource } from '../sources/linkedevents/index.js';
import type { RemoteQuery } from '../results/remote.js';
import type { Converted, ConvertOptions } from './convert.js';

/** Linked Events is asked for the coming days and at most this many pages of each kind (100 items a page). */
const DAYS = 60;
const MAX_PAGES = 50;

/** Associations of the given municipalities from PTV (`input`: the API's root URL). */
export async function associationsFromPtv(input: string, options: ConvertOptions): Promise<Converted> {
  const data = await loadPtv(input, { municipalities: options.municipalities });
  return {
    entries: data.associations.map((association) => ({ place: `organization ${association.id}`, raw: association })),
    rejected: data.skipped.map(({ id, reason }) => ({ place: id, id, reason })),
    notes: data.otherItems ? [`${data.otherItems} organization(s) not of the association type were left out`] : [],
  };
}

/** Sports places of the given municipalities from LIPAS, as spaces (`input`: the API's root URL). */
export async function premisesFromLipas(input: string, options: ConvertOptions): Promise<Converted> {
  const data = await loadLipas(input, { municipalities: options.municipalities });
  return {
    entries: data.premises.map((premise) => ({ place: `sports site ${premise.id}`, raw: premise })),
    rejected: data.skipped.map(({ id, reason }) => ({ place: id, id, reason })),
    notes: [],
  };
}

/** Events and volunteer tasks of the coming days from Linked Events (`input`: the API's root URL). */
export async function eventsFromLinkedEvents(input: string, options: ConvertOptions): Promise<Converted> {
  const converted: Converted = { entries: [], rejected: [], notes: [] };
  const query: RemoteQuery = {
    text: '',
    filters: {},
    scope: { municipalities: options.municipalities, categories: [], targetGroups: [], days: DAYS },
    pageSize: 100,
  };
  const signal = new AbortController().signal;
  for (const kind of ['events', 'tasks'] as const) {
    const source = linkedEventsSource(input, kind as 'events');
    let page = await source.search(query, signal);
    for (let pages = 1; ; pages++) {
      for (const item of page.items) converted.entries.push({ place: `${kind} ${item.id}`, raw: item });
      for (const { id, reason } of page.skipped) converted.rejected.push({ place: `${kind} ${id}`, id, reason });
      if (!page.next) break;
      if (pages >= MAX_PAGES) {
        converted.notes.push(`only the first ${MAX_PAGES} pages of ${kind} were read: name municipalities to narrow`);
        break;
      }
      page = await source.more(page.next, signal);
    }
  }
  converted.notes.push(`Linked Events was asked for the coming ${DAYS} days`);
  return converted;
}
