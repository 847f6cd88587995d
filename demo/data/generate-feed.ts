/**
 * Generates the demo feed: a few hundred local associations of Northern and
 * Central Ostrobothnia and Sámi homeland municipalities, with events, volunteer
 * tasks and, on request, the broken entries a widget must cope with (contract §5).
 *
 * Plain TypeScript without Node APIs: the Vite dev server imports it to serve
 * the feed, and browser tests import it to check it. The same options give
 * byte-identical JSON on every run.
 */
import { Random } from './random.js';
import { AssociationBuilder } from './association-builder.js';
import { buildBroken } from './broken.js';
import { buildEvents, buildTasks } from './events.js';
import {
  DEFAULT_ASSOCIATIONS,
  DEFAULT_BASE_URL,
  DEFAULT_PAGE_SIZE,
  DEFAULT_SEED,
  EVENT_COUNT,
  type ExpectedDrop,
  type ExpectedSkip,
  FEED_LICENSE,
  FEED_SOURCE,
  type FeedEnvelope,
  type FeedTaxonomy,
  GENERATED_AT,
  type GeneratedFeed,
  type GenerateFeedOptions,
  TASK_COUNT,
  TAXONOMY,
} from './feed-model.js';
import { allocate } from './helpers.js';
import { buildPartnership } from './partnership.js';
import { MUNICIPALITIES, type MunicipalityDef } from './places.js';

export {
  DEFAULT_SEED,
  DEFAULT_ASSOCIATIONS,
  DEFAULT_PAGE_SIZE,
  DEFAULT_BASE_URL,
  GENERATED_AT,
  SOURCE_URL,
  FEED_SOURCE,
  FEED_LICENSE,
  TAXONOMY,
} from './feed-model.js';
export type {
  LocalizedText,
  TaxonomyEntry,
  FeedTaxonomy,
  FeedEnvelope,
  GenerateFeedOptions,
  ExpectedSkip,
  ExpectedDrop,
  GeneratedFeed,
} from './feed-model.js';

/** URL of page `page` (1-based) under `baseUrl`. */
export function pageUrl(baseUrl: string, page: number): string {
  if (page <= 1) return baseUrl;
  const url = new URL(baseUrl);
  url.searchParams.set('page', String(page));
  return url.toString();
}

/** An envelope around one page of items (contract §1). */
export function envelope(
  data: unknown[],
  meta: { count: number; next: string | null; previous: string | null },
  taxonomy?: FeedTaxonomy,
  feedVersion = '1.0',
): FeedEnvelope {
  return {
    feedVersion,
    generatedAt: GENERATED_AT,
    source: { name: { ...FEED_SOURCE.name }, url: FEED_SOURCE.url },
    license: { ...FEED_LICENSE },
    meta,
    ...(taxonomy ? { taxonomy } : {}),
    data,
  };
}

/** Splits items into linked pages; the taxonomy goes on the first page only. */
export function paginate(
  items: readonly unknown[],
  options: { baseUrl?: string; pageSize?: number; taxonomy?: FeedTaxonomy; feedVersion?: string } = {},
): FeedEnvelope[] {
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE));
  const total = Math.max(1, Math.ceil(items.length / pageSize));
  const pages: FeedEnvelope[] = [];
  for (let p = 1; p <= total; p++) {
    pages.push(
      envelope(
        items.slice((p - 1) * pageSize, p * pageSize),
        {
          count: items.length,
          next: p < total ? pageUrl(baseUrl, p + 1) : null,
          previous: p > 1 ? pageUrl(baseUrl, p - 1) : null,
        },
        p === 1 ? (options.taxonomy ?? TAXONOMY) : undefined,
        options.feedVersion,
      ),
    );
  }
  return pages;
}

/** Page `page` (1-based) of a generated feed, or null past the last page. */
export function feedPage(feed: GeneratedFeed, page: number): FeedEnvelope | null {
  return Number.isInteger(page) && page >= 1 ? (feed.pages[page - 1] ?? null) : null;
}

/** Inserts extras at evenly spread positions, so they land on different pages. */
function spread<T>(base: readonly T[], extras: readonly T[], rng: Random): T[] {
  const out = base.slice();
  const slots = extras.map((_, i) =>
    Math.min(out.length, Math.floor(((i + 0.5) * base.length) / Math.max(1, extras.length)) + rng.int(-3, 3)),
  );
  for (let i = extras.length - 1; i >= 0; i--) {
    out.splice(Math.max(0, slots[i] ?? 0), 0, extras[i] as T);
  }
  return out;
}

export function generateFeed(options: GenerateFeedOptions = {}): GeneratedFeed {
  const opts: Required<GenerateFeedOptions> = {
    seed: options.seed ?? DEFAULT_SEED,
    associations: Math.max(0, Math.floor(options.associations ?? DEFAULT_ASSOCIATIONS)),
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    pageSize: Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE)),
    broken: options.broken ?? true,
    partnership: options.partnership ?? true,
  };
  const rng = new Random(opts.seed);
  const builder = new AssociationBuilder(rng);

  // Associations per municipality, built interleaved as a service would receive them.
  const counts = allocate(
    opts.associations,
    MUNICIPALITIES.map((m) => m.weight),
  );
  const queue: MunicipalityDef[] = [];
  MUNICIPALITIES.forEach((m, i) => {
    for (let n = 0; n < (counts[i] ?? 0); n++) queue.push(m);
  });
  const built = rng.shuffle(queue).map((m) => builder.build(m));
  builder.number(built);

  const events = opts.associations > 0 ? buildEvents(rng, built, EVENT_COUNT) : [];
  const tasks = opts.associations > 0 ? buildTasks(rng, built, TASK_COUNT) : [];
  const specials = opts.broken ? buildBroken(builder, rng) : [];

  const items = spread<unknown>(
    built.map((b) => b.item),
    rng.shuffle<unknown>([...events, ...tasks]),
    rng,
  );
  const withSpecials = spread<unknown>(
    items,
    specials.map((s) => s.item),
    rng,
  );
  // The municipality's items come last, after everything the random draws placed.
  if (opts.partnership && opts.associations > 0) withSpecials.push(...buildPartnership(built));
  const pages = paginate(withSpecials, {
    baseUrl: opts.baseUrl,
    pageSize: opts.pageSize,
    taxonomy: TAXONOMY,
    feedVersion: opts.partnership ? '1.1' : '1.0',
  });

  const skipped: ExpectedSkip[] = [];
  const dropped: ExpectedDrop[] = [];
  let markupId: string | null = null;
  for (const s of specials) {
    const index = withSpecials.indexOf(s.item);
    const page = Math.floor(index / opts.pageSize) + 1;
    const itemId =
      typeof s.item === 'object' && s.item !== null && 'id' in s.item
        ? String((s.item as { id: unknown }).id)
        : `#${index % opts.pageSize}`;
    if (s.skip) skipped.push({ id: itemId, page, reason: s.skip });
    for (const d of s.drops ?? []) dropped.push({ id: itemId, field: d.field, reason: d.reason });
    if (s.markup) markupId = itemId;
  }

  return { options: opts, items: withSpecials, pages, taxonomy: TAXONOMY, expected: { skipped, dropped, markupId } };
}
