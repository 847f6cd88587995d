/**
 * `kumppani-feed stats`: what a feed holds, counted as a widget would read
 * it: items per type, municipality, category and language, and the entries
 * updated longest ago.
 */
import { readItem } from '../feed/normalize.js';
import type { FeedItem } from '../feed/types.js';
import { readPages } from './pages.js';

export interface FeedStats {
  source: string;
  pages: number;
  /** Valid items by `type`. */
  types: Record<string, number>;
  /** By home municipality code (events: the location's), most first. */
  municipalities: Record<string, number>;
  categories: Record<string, number>;
  /** By the languages items say they work in (`languages`, `languagesNeeded`). */
  languages: Record<string, number>;
  /** Items a widget would skip, and items of other types. */
  invalid: number;
  otherTypes: number;
  /** The ten items updated longest ago. */
  oldest: { id: string; type: string; updatedAt: string }[];
}

const OLDEST = 10;

function count(counts: Map<string, number>, key: string | undefined): void {
  if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Counts sorted most first, then by key. */
const sorted = (counts: Map<string, number>): Record<string, number> =>
  Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));

function municipalityOf(item: FeedItem): string | undefined {
  if (item.type === 'event') return item.location.municipality?.code;
  return item.municipality?.code;
}

export async function feedStats(
  source: string,
  onPage: (page: number, items: number) => void = () => undefined,
): Promise<FeedStats> {
  const types = new Map<string, number>();
  const places = new Map<string, number>();
  const categories = new Map<string, number>();
  const languages = new Map<string, number>();
  const dated: { id: string; type: string; updatedAt: string; time: number }[] = [];
  let invalid = 0;
  let otherTypes = 0;
  let pages = 0;
  let items = 0;
  for await (const { number, page } of readPages(source, () => undefined)) {
    pages = number;
    for (const raw of page.data) {
      items++;
      const result = readItem(raw);
      if (result.kind === 'other') otherTypes++;
      if (result.kind !== 'item') {
        if (result.kind === 'skipped') invalid++;
        continue;
      }
      const { item } = result;
      count(types, item.type);
      count(places, municipalityOf(item));
      if ('categories' in item) item.categories.forEach((code) => count(categories, code));
      const spoken = item.type === 'volunteerTask' ? item.languagesNeeded : 'languages' in item ? item.languages : [];
      spoken.forEach((code) => count(languages, code));
      if (item.updatedAt)
        dated.push({ id: item.id, type: item.type, updatedAt: item.updatedAt, time: Date.parse(item.updatedAt) });
    }
    onPage(number, items);
  }
  const oldest = dated
    .sort((a, b) => a.time - b.time)
    .slice(0, OLDEST)
    .map(({ id, type, updatedAt }) => ({ id, type, updatedAt }));
  return {
    source,
    pages,
    types: sorted(types),
    municipalities: sorted(places),
    categories: sorted(categories),
    languages: sorted(languages),
    invalid,
    otherTypes,
    oldest,
  };
}
