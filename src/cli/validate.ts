/**
 * `kumppani-feed validate`: reads a feed as a widget does, page by page, and
 * reports every item a widget would skip, every field it would drop, what the
 * envelope lacks, and the producer warnings of `warnings.ts`. Each finding
 * names its JSON path (`data[41].contact.website`) and the page it is on.
 */
import { envelope } from '../feed/contract.js';
import { readItem, readTaxonomy } from '../feed/normalize.js';
import { read } from '../feed/reader.js';
import { concatTaxonomies, mergeTaxonomy } from '../feed/taxonomy.js';
import type { FeedItem, FeedTaxonomy } from '../feed/types.js';
import { fetchJson, readPages, type PagingStopped } from './pages.js';
import { itemWarnings, type WarningKind } from './warnings.js';

/** Where a finding is: the page (from 1), the item's index in that page's `data`, and its id when it has one. */
export interface Place {
  page: number;
  index?: number;
  id?: string;
  /** JSON path in the page, e.g. `data[41].contact.website`. */
  path: string;
}

export interface Finding extends Place {
  reason: string;
}

export interface Warning extends Place {
  kind: WarningKind;
  message: string;
}

export interface ValidationReport {
  source: string;
  feedVersion: string;
  pages: number;
  items: { total: number; valid: number; otherTypes: number };
  /** Items a widget skips. */
  invalidItems: Finding[];
  /** Optional fields a widget drops (the item is kept). */
  droppedFields: Finding[];
  /** Envelope fields the contract asks for that are missing or invalid (a widget still reads the page). */
  envelope: Finding[];
  warnings: Warning[];
  pagingStopped?: PagingStopped;
}

interface Kept {
  place: Place;
  raw: Record<string, unknown>;
  item: FeedItem;
}

/** The taxonomy file beside a feed that carries none in its pages, as a widget looks for it. */
async function taxonomyBeside(source: string): Promise<FeedTaxonomy | undefined> {
  const url = /^https?:\/\//i.test(source)
    ? new URL('taxonomy.json', source).href
    : source.replace(/[^/]*$/, 'taxonomy.json');
  try {
    return readTaxonomy(await fetchJson(url));
  } catch {
    return undefined;
  }
}

/**
 * Validates the feed at `source` (a file or an http(s) URL). Throws a
 * FeedError when the feed is unusable (not JSON, another major version, no
 * `data`, a network or HTTP failure on any page).
 */
export async function validateFeed(
  source: string,
  onPage: (page: number, items: number) => void = () => undefined,
  now = Date.now(),
): Promise<ValidationReport> {
  const report: ValidationReport = {
    source,
    feedVersion: '',
    pages: 0,
    items: { total: 0, valid: 0, otherTypes: 0 },
    invalidItems: [],
    droppedFields: [],
    envelope: [],
    warnings: [],
  };
  const taxonomies: FeedTaxonomy[] = [];
  const kept: Kept[] = [];
  const ids = new Set<string>();

  for await (const { number, page, body } of readPages(source, (stop) => (report.pagingStopped = stop))) {
    report.pages = number;
    report.feedVersion ||= page.feedVersion;
    if (page.taxonomy) taxonomies.push(page.taxonomy);
    const checked = read(envelope, { ...(body as object), data: [] });
    const problems = checked.ok ? checked.dropped.map((d) => `${d.field}: ${d.reason}`) : checked.problems;
    for (const problem of problems) {
      const [path = '', ...reason] = problem.split(': ');
      report.envelope.push({ page: number, path, reason: reason.join(': ') });
    }
    page.data.forEach((raw, index) => {
      report.items.total++;
      const path = `data[${index}]`;
      const result = readItem(raw);
      if (result.kind === 'other') {
        report.items.otherTypes++;
      } else if (result.kind === 'skipped') {
        report.invalidItems.push({
          page: number,
          index,
          ...(result.id ? { id: result.id } : {}),
          path,
          reason: result.reason,
        });
      } else {
        const { item } = result;
        const place = { page: number, index, id: item.id, path };
        if (ids.has(`${item.type} ${item.id}`)) {
          report.invalidItems.push({ ...place, reason: `duplicate id (an earlier ${item.type} has it)` });
          return;
        }
        ids.add(`${item.type} ${item.id}`);
        report.items.valid++;
        for (const { field, reason } of result.dropped) {
          report.droppedFields.push({ ...place, path: `${path}.${field}`, reason });
        }
        kept.push({ place, raw: raw as Record<string, unknown>, item });
      }
    });
    onPage(number, report.items.total);
  }

  if (!taxonomies.length) {
    const beside = await taxonomyBeside(source);
    if (beside) taxonomies.push(beside);
  }
  const taxonomy = mergeTaxonomy(concatTaxonomies(taxonomies));
  for (const { place, raw, item } of kept) {
    for (const { kind, field, message } of itemWarnings(item, raw, taxonomy, now)) {
      report.warnings.push({ ...place, path: `${place.path}.${field}`, kind, message });
    }
  }
  return report;
}

/** Whether the feed has invalid items or fields, or its pages could not all be followed (exit code 1). */
export const hasProblems = (report: ValidationReport): boolean =>
  report.invalidItems.length + report.droppedFields.length + report.envelope.length > 0 || !!report.pagingStopped;
