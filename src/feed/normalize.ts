/**
 * Contract v1 → the normalised model. One page at a time: `readPage` checks the
 * envelope (fatal problems throw a FeedError), `readItem` reads one `data`
 * entry with the contract's schemas, and `ItemCollector` gathers the items of
 * every page, skipping invalid items and dropping invalid optional fields, and
 * records both for the webmaster.
 */
import { ITEMS, feedLicense, feedSource, taxonomy as taxonomySchema, TAXONOMY_KINDS } from './contract.js';
import { read } from './reader.js';
import { runNow, type Steps } from '../internal/tasks.js';
import { codeList, count, dateTime, feedVersion, itemId } from './schemas.js';
import type * as z from './zod.js';
import {
  FeedError,
  type Association,
  type ContactPoint,
  type DroppedField,
  type FeedEvent,
  type FeedItem,
  type FeedLicense,
  type FeedSource,
  type FeedTaxonomy,
  type Premise,
  type SkippedItem,
  type VolunteerTask,
} from './types.js';

type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value read with `schema`, or undefined when it is absent or not usable. */
function optionalValue<T>(schema: z.core.$ZodType<T>, raw: unknown): T | undefined {
  const result = read(schema, raw);
  return result.ok ? result.value : undefined;
}

// ---------------------------------------------------------------------------
// Envelope

/** One page's envelope, checked; `next` is still raw (the client judges it). */
export interface Page {
  feedVersion: string;
  data: unknown[];
  next: unknown;
  generatedAt?: string;
  source?: FeedSource;
  license?: FeedLicense;
  count?: number;
  query?: string[];
  /** Present when the page carried a `taxonomy` object. */
  taxonomy?: FeedTaxonomy;
}

/**
 * Checks one page's envelope. Not an object, a missing or malformed
 * `feedVersion` or no `data` list → FeedError 'format'; a major version other
 * than 1 → FeedError 'version'. Everything else is taken when valid and
 * otherwise left out.
 */
export function readPage(body: unknown, url: string): Page {
  if (!isObject(body)) throw new FeedError('format', 'the feed is not a JSON object', url);
  const version = read(feedVersion, body.feedVersion);
  if (!version.ok) throw new FeedError('format', `feed format: feedVersion: ${version.problems.join('; ')}`, url);
  const major = Number(version.value.split('.')[0]);
  if (major !== 1) {
    throw new FeedError('version', `unsupported feed version ${version.value} (this widget reads 1.x)`, url);
  }
  if (!Array.isArray(body.data)) throw new FeedError('format', 'feed format: data: expected a list of items', url);

  const meta = isObject(body.meta) ? body.meta : {};
  const page: Page = { feedVersion: version.value, data: body.data, next: meta.next };
  const fields = {
    generatedAt: optionalValue(dateTime, body.generatedAt),
    source: optionalValue(feedSource, body.source),
    license: optionalValue(feedLicense, body.license),
    count: optionalValue(count, meta.count),
    query: optionalValue(codeList(0, 'code'), meta.query),
    taxonomy: readTaxonomy(body.taxonomy),
  };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) Object.assign(page, { [key]: value });
  return page;
}

/**
 * A taxonomy object (a page's `taxonomy`, or the whole `taxonomy.json`, which
 * may also wrap it as `{ "taxonomy": {…} }`). Invalid entries are left out.
 * Undefined when `raw` is not an object.
 */
export function readTaxonomy(raw: unknown): FeedTaxonomy | undefined {
  if (!isObject(raw)) return undefined;
  const source = isObject(raw.taxonomy) ? raw.taxonomy : raw;
  const kinds: Obj = {};
  for (const kind of TAXONOMY_KINDS) kinds[kind] = source[kind];
  return optionalValue(taxonomySchema, kinds) ?? {};
}

// ---------------------------------------------------------------------------
// Items

/** What `readItem` made of one `data` entry. */
export type ItemResult =
  | { kind: 'item'; item: FeedItem; dropped: DroppedField[] }
  | { kind: 'other' }
  | { kind: 'skipped'; id?: string; reason: string };

/**
 * Reads one `data` entry (a raw, contract-shaped item) as a widget does: an
 * invalid item is `skipped` with the reasons, an invalid optional field is
 * dropped and listed in `dropped`, an item of a type this version does not
 * know is `other`. `id` in a skipped result is absent when the item had no
 * usable id (the caller names it by position).
 */
export function readItem(raw: unknown): ItemResult {
  if (!isObject(raw)) {
    return { kind: 'skipped', reason: Array.isArray(raw) ? 'not an object (a list)' : 'not an object' };
  }
  const type = raw.type;
  const id = optionalValue(itemId, raw.id);
  const named = id === undefined ? {} : { id };
  if (typeof type !== 'string' || !type.trim()) {
    return {
      kind: 'skipped',
      ...named,
      reason: typeof type === 'string' || type == null ? 'type: required' : 'type: expected a string',
    };
  }
  // Unknown types are ignored (contract §1).
  if (!Object.hasOwn(ITEMS, type)) return { kind: 'other' };
  const result = read<FeedItem>(ITEMS[type as FeedItem['type']], raw);
  if (!result.ok) return { kind: 'skipped', ...named, reason: result.problems.join('; ') };
  return {
    kind: 'item',
    item: result.value,
    dropped: result.dropped.map(({ field, reason }) => ({ id: result.value.id, field, reason })),
  };
}

/** Gathers the items of every page, in order, across pages. */
export class ItemCollector {
  readonly associations: Association[] = [];
  readonly events: FeedEvent[] = [];
  readonly tasks: VolunteerTask[] = [];
  readonly premises: Premise[] = [];
  readonly contactPoints: ContactPoint[] = [];
  readonly skipped: SkippedItem[] = [];
  readonly dropped: DroppedField[] = [];
  /** Items of types this client does not know. */
  otherItems = 0;
  /** `type id` of every item kept: ids are unique per item type. */
  private readonly ids = new Set<string>();
  private readonly lists: Record<FeedItem['type'], FeedItem[]> = {
    association: this.associations,
    event: this.events,
    volunteerTask: this.tasks,
    premise: this.premises,
    contactPoint: this.contactPoints,
  };

  /** Adds one page's `data`; `pageNumber` counts from 1. */
  add(data: readonly unknown[], pageNumber: number): void {
    runNow(this.addSteps(data, pageNumber));
  }

  /**
   * The same as steps that may pause after each item (see `runInTasks`): on a
   * phone, checking a page of a hundred items takes longer than a task should.
   */
  *addSteps(data: readonly unknown[], pageNumber: number): Steps<void> {
    for (const [index, raw] of data.entries()) {
      yield;
      const result = readItem(raw);
      if (result.kind === 'other') {
        this.otherItems++;
      } else if (result.kind === 'skipped') {
        const id = result.id ?? (pageNumber > 1 ? `page ${pageNumber} #${index}` : `#${index}`);
        this.skipped.push({ id, reason: result.reason });
      } else {
        const { item } = result;
        const key = `${item.type} ${item.id}`;
        if (this.ids.has(key)) {
          this.skipped.push({ id: item.id, reason: 'duplicate id' });
        } else {
          this.ids.add(key);
          this.lists[item.type].push(item);
          this.dropped.push(...result.dropped);
        }
      }
    }
  }
}
