/**
 * A feed endpoint that answers the optional server-side queries of contract §6
 * over a list of items, as a regional or national service would:
 *
 *   const server = createQueryServer(items, { baseUrl, taxonomy, source, license });
 *   const { status, body } = server.answer(new URL('https://host/feed.json?q=kuoro&municipality=564'));
 *
 * Plain TypeScript without Node APIs: the demo's dev server answers with it and
 * browser tests check it directly.
 *
 * Parameters (anything else on the URL is ignored):
 * - `q`: free text, searched with the widget's own engine over names, labels
 *   (categories, target groups, themes, municipalities) and descriptions in
 *   every language; best match first, and an item whose whole name is the
 *   query before any other. Without `q` (or with no words in it) items come in
 *   a stable order: by name (Finnish collation), then id.
 * - `municipality`: codes; an item matches by its home municipality or `areaServed`
 *   (an event by its location's municipality).
 * - `category`, `targetGroup`, `language`, `accessibility`, `theme`: codes, any of
 *   them matches (`language` also matches a volunteer task's `languagesNeeded`).
 * - `type`: `association`, `event`, `volunteerTask` (several comma-separated).
 * - `updatedSince`: date-time with offset (or a date, read as UTC midnight); items
 *   updated at or after it. An unencoded `+` of an offset, which reaches the URL as a space, is read as `+`.
 * - `page` (1-based, default 1), `pageSize` (default 20, at most 100; more is read as 100).
 *
 * Lists are comma-separated; a repeated parameter adds its codes to the list.
 * Different parameters must all match. An empty parameter is as if absent.
 *
 * Answers:
 * - 200 with the envelope of contract §1: `meta.count` (all matches),
 *   `meta.next` / `meta.previous` (absolute URLs on `baseUrl` with the same
 *   parameters and the page number changed, or null), `meta.query`, the
 *   taxonomy on every page, and the page's items. A page after the last one is
 *   answered with no items and `next: null`, so a client sees the total.
 * - 400 with `{ error }` for a `page` or `pageSize` that is not a positive
 *   whole number, and for an `updatedSince` that is not a date-time. A bad page
 *   number is refused rather than read as page 1, so a client with a broken
 *   paging loop sees it instead of receiving page 1 over and over.
 */
import { createSearchEngine, fold, tokenize, type SearchDocument, type SearchEngine } from '../../src/search/index.js';
import { readItem } from '../../src/feed/normalize.js';
import { mergeTaxonomy } from '../../src/feed/taxonomy.js';
import { eventDocument, taskDocument, toSearchDocument } from '../../src/listing/documents.js';
import { municipalityNames } from '../../src/listing/scope.js';
import type { Association, FeedEvent, FeedTaxonomy, LocalizedText, VolunteerTask } from '../../src/feed/types.js';

/** The parameters this endpoint understands, as it lists them in `meta.query`. */
export const QUERY_PARAMETERS = [
  'q',
  'municipality',
  'category',
  'targetGroup',
  'language',
  'accessibility',
  'theme',
  'type',
  'updatedSince',
  'page',
  'pageSize',
] as const;

export const DEFAULT_QUERY_PAGE_SIZE = 20;
export const MAX_QUERY_PAGE_SIZE = 100;

export interface QueryServerOptions {
  /** Absolute URL of the endpoint; `next` and `previous` are built on it. */
  baseUrl: string;
  /** Sent on every page. */
  taxonomy: FeedTaxonomy;
  source: { name: LocalizedText; url: string };
  license?: { id: string; url: string };
  /** `generatedAt` of every answer (default: when the server was created). */
  generatedAt?: string;
}

export interface QueryAnswer {
  status: number;
  body: object;
}

export interface QueryServer {
  /**
   * Answers one request URL. `baseUrl` replaces the one given at creation for
   * this answer's links (a dev server reached under several host names).
   */
  answer(url: URL, baseUrl?: string): QueryAnswer;
  /** Sorts and indexes the items for the filters now instead of on the first request. */
  prepare(): void;
  /**
   * Builds the search documents in the background, in short tasks, so other
   * requests are answered meanwhile; the engine then indexes them in tasks of
   * its own. A request with `q` finishes the work at once.
   */
  warm(): Promise<void>;
}

type Rec = Record<string, unknown>;

/** The list parameters and how an item's codes for each are found. */
const LIST_FILTERS = ['municipality', 'category', 'targetGroup', 'language', 'accessibility', 'theme', 'type'] as const;
type ListFilter = (typeof LIST_FILTERS)[number];

const isRecord = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

function codes(list: unknown): string[] {
  return Array.isArray(list) ? list.filter((c): c is string => typeof c === 'string') : [];
}

function municipalityCode(m: unknown): string[] {
  const code = isRecord(m) ? str(m['code']) : undefined;
  return code === undefined ? [] : [code];
}

/** An item's codes for one list parameter. */
function codesOf(item: Rec, filter: ListFilter): string[] {
  switch (filter) {
    case 'municipality': {
      const location = item['location'];
      return [
        ...municipalityCode(item['municipality']),
        ...(Array.isArray(item['areaServed']) ? item['areaServed'].flatMap(municipalityCode) : []),
        ...(isRecord(location) ? municipalityCode(location['municipality']) : []),
      ];
    }
    case 'category':
      return codes(item['categories']);
    case 'targetGroup':
      return codes(item['targetGroups']);
    case 'language':
      return [...codes(item['languages']), ...codes(item['languagesNeeded'])];
    case 'accessibility':
      return codes(item['accessibility']);
    case 'theme':
      return codes(item['themes']);
    case 'type':
      return codes([item['type']]);
  }
}

/** The text an item is ordered by: its name (or title) in Finnish, Swedish, English or its first language. */
function sortName(item: Rec): string {
  const text = item['name'] ?? item['title'];
  if (!isRecord(text)) return '';
  for (const lang of ['fi', 'sv', 'en']) {
    const value = str(text[lang]);
    if (value) return value;
  }
  return Object.values(text).find((v): v is string => typeof v === 'string') ?? '';
}

/** The words of a text, folded and joined: "Kempeleen  Eläkeläiset ry" and "kempeleen eläkeläiset RY" meet. */
function wordsKey(text: string): string {
  return tokenize(text).map(fold).join(' ');
}

// ---------------------------------------------------------------- bit sets over item positions

type Bits = Uint32Array;

const newBits = (size: number): Bits => new Uint32Array((size + 31) >>> 5);
const setBit = (bits: Bits, i: number): void => {
  bits[i >>> 5] = (bits[i >>> 5] ?? 0) | (1 << (i & 31));
};
const hasBit = (bits: Bits, i: number): boolean => ((bits[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0;

function orInto(target: Bits, source: Bits): void {
  for (let w = 0; w < target.length; w++) target[w] = (target[w] ?? 0) | (source[w] ?? 0);
}

function andInto(target: Bits, source: Bits): void {
  for (let w = 0; w < target.length; w++) target[w] = (target[w] ?? 0) & (source[w] ?? 0);
}

// ---------------------------------------------------------------- the index

interface Prepared {
  /** Items in the stable order; positions below are indexes into it. */
  items: Rec[];
  /** Per list parameter, per code: the positions of the items with that code. */
  byCode: Map<ListFilter, Map<string, Bits>>;
  /** `updatedAt` per position in ms (NaN when absent or invalid). */
  updated: Float64Array;
}

interface SearchIndex {
  engine: SearchEngine;
  /** Positions of the items by their folded whole name, in any language. */
  byName: Map<string, number[]>;
}

function prepare(source: readonly unknown[]): Prepared {
  const collator = new Intl.Collator('fi', { numeric: true, sensitivity: 'base' });
  const keyed = source
    .filter(isRecord)
    .map((item, index) => ({ item, index, name: sortName(item), id: str(item['id']) ?? '' }));
  keyed.sort(
    (a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || a.index - b.index,
  );
  const items = keyed.map((k) => k.item);

  const byCode = new Map<ListFilter, Map<string, Bits>>();
  for (const filter of LIST_FILTERS) byCode.set(filter, new Map());
  const updated = new Float64Array(items.length);
  items.forEach((item, position) => {
    for (const filter of LIST_FILTERS) {
      const sets = byCode.get(filter);
      if (!sets) continue;
      for (const code of codesOf(item, filter)) {
        let bits = sets.get(code);
        if (!bits) sets.set(code, (bits = newBits(items.length)));
        setBit(bits, position);
      }
    }
    const at = str(item['updatedAt']);
    updated[position] = at === undefined ? NaN : Date.parse(at);
  });
  return { items, byCode, updated };
}

/** Items read, or made into documents, between two pauses of `buildSearch`. */
const BUILD_STEP = 100;
/** `warm` builds the index in tasks of about this long, so requests are answered in between. */
const WARM_SLICE_MS = 10;

/**
 * The widget's search documents for the items, read as the widget reads them
 * (items it would skip are not searchable), in the stable order, so equal
 * scores keep that order. Pauses every BUILD_STEP items, so it can be built in
 * slices (see `warm`); running it through builds it at once.
 */
function* buildSearch(prepared: Prepared, taxonomy: FeedTaxonomy): Generator<void, SearchIndex, void> {
  const labels = mergeTaxonomy(taxonomy);
  const read: (Association | FeedEvent | VolunteerTask | undefined)[] = [];
  for (const raw of prepared.items) {
    const result = readItem(raw);
    // Premises and contact points are not searched.
    const item = result.kind === 'item' ? result.item : undefined;
    read.push(item?.type === 'premise' || item?.type === 'contactPoint' ? undefined : item);
    if (read.length % BUILD_STEP === 0) yield;
  }
  const associations: Association[] = [];
  for (const item of read) if (item?.type === 'association') associations.push(item);
  const names = municipalityNames(associations);
  const byId = new Map(associations.map((a) => [a.id, a]));
  yield;

  const docs: SearchDocument[] = [];
  const byName = new Map<string, number[]>();
  for (let position = 0; position < read.length; position++) {
    if (position % BUILD_STEP === BUILD_STEP - 1) yield;
    const item = read[position];
    if (!item) continue;
    const id = String(position);
    const doc =
      item.type === 'association'
        ? toSearchDocument(item, labels, names)
        : item.type === 'event'
          ? eventDocument(item, labels, names, byId)
          : taskDocument(item, labels, names, byId);
    docs.push({ ...doc, id });
    for (const name of new Set(doc.name.map(wordsKey))) {
      const list = byName.get(name);
      if (list) list.push(position);
      else byName.set(name, [position]);
    }
  }
  // The engine indexes the documents in background tasks of its own and finishes on the first search.
  return { engine: createSearchEngine(docs), byName };
}

// ---------------------------------------------------------------- parameters

class BadRequest extends Error {}

function listParam(url: URL, name: string): string[] | undefined {
  const values = url.searchParams
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return values.length > 0 ? values : undefined;
}

function positiveInt(url: URL, name: string, fallback: number): number {
  const raw = url.searchParams.get(name)?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) {
    throw new BadRequest(`${name} must be a whole number of at least 1, not "${raw}"`);
  }
  return Number(raw);
}

/** A date, or a date-time with its offset (without one, the instant would depend on the server's time zone). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/i;

function sinceParam(url: URL): number | undefined {
  const raw = url.searchParams.get('updatedSince')?.trim();
  if (!raw) return undefined;
  // "…T12:00:00+03:00" sent without encoding arrives with a space for the plus.
  const text = raw.replace(/(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (\d{2}:\d{2})$/i, '$1+$2');
  const ms = DATE_TIME.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(ms))
    throw new BadRequest(`updatedSince must be a date-time such as 2026-01-31T12:00:00+02:00, not "${raw}"`);
  return ms;
}

/** The query words of `q`, or undefined when it has none. */
function textParam(url: URL): string | undefined {
  const q = url.searchParams.get('q')?.trim();
  return q && tokenize(q).length > 0 ? q : undefined;
}

// ---------------------------------------------------------------- the server

export function createQueryServer(items: readonly unknown[], options: QueryServerOptions): QueryServer {
  const generatedAt = options.generatedAt ?? new Date().toISOString();
  let prepared: Prepared | undefined;
  let search: SearchIndex | undefined;
  let building: Generator<void, SearchIndex, void> | undefined;
  const ready = (): Prepared => (prepared ??= prepare(items));
  /** Takes the search index one step further (see `buildSearch`). */
  const step = (): void => {
    building ??= buildSearch(ready(), options.taxonomy);
    const next = building.next();
    if (next.done) search = next.value;
  };
  const searchIndex = (): SearchIndex => {
    while (!search) step();
    return search;
  };

  /** Positions matching every list parameter and `updatedSince`, or undefined when none is given. */
  function mask(url: URL, p: Prepared): Bits | undefined {
    let result: Bits | undefined;
    for (const filter of LIST_FILTERS) {
      const wanted = listParam(url, filter);
      if (!wanted) continue;
      const any = newBits(p.items.length);
      const sets = p.byCode.get(filter);
      for (const code of wanted) {
        const bits = sets?.get(code);
        if (bits) orInto(any, bits);
      }
      if (result) andInto(result, any);
      else result = any;
    }
    const since = sinceParam(url);
    if (since !== undefined) {
      const recent = newBits(p.items.length);
      p.updated.forEach((at, position) => {
        if (at >= since) setBit(recent, position);
      });
      if (result) andInto(result, recent);
      else result = recent;
    }
    return result;
  }

  /** All matching positions, in answer order. */
  function matches(url: URL, p: Prepared): number[] {
    const allowed = mask(url, p);
    const q = textParam(url);
    if (q === undefined) {
      if (!allowed) return p.items.map((_, position) => position);
      const out: number[] = [];
      for (let position = 0; position < p.items.length; position++) if (hasBit(allowed, position)) out.push(position);
      return out;
    }
    const { engine, byName } = searchIndex();
    const ok = (position: number): boolean => !allowed || hasBit(allowed, position);
    // An item named exactly what was typed comes first, then the engine's ranking.
    const exact = (byName.get(wordsKey(q)) ?? []).filter(ok);
    const first = new Set(exact);
    const out = exact.slice();
    for (const hit of engine.search(q)) {
      const position = Number(hit.id);
      if (ok(position) && !first.has(position)) out.push(position);
    }
    return out;
  }

  function link(base: string, url: URL, page: number): string {
    const next = new URL(base);
    for (const name of new Set(url.searchParams.keys())) {
      next.searchParams.delete(name);
      for (const value of url.searchParams.getAll(name)) next.searchParams.append(name, value);
    }
    if (page > 1) next.searchParams.set('page', String(page));
    else next.searchParams.delete('page');
    return next.href;
  }

  function answer(url: URL, baseUrl = options.baseUrl): QueryAnswer {
    try {
      const page = positiveInt(url, 'page', 1);
      const pageSize = Math.min(MAX_QUERY_PAGE_SIZE, positiveInt(url, 'pageSize', DEFAULT_QUERY_PAGE_SIZE));
      const p = ready();
      const found = matches(url, p);
      const start = (page - 1) * pageSize;
      const data =
        start < found.length ? found.slice(start, start + pageSize).map((position) => p.items[position]) : [];
      const last = Math.max(1, Math.ceil(found.length / pageSize));
      return {
        status: 200,
        body: {
          feedVersion: '1.0',
          generatedAt,
          source: options.source,
          ...(options.license ? { license: options.license } : {}),
          meta: {
            count: found.length,
            next: page < last ? link(baseUrl, url, page + 1) : null,
            previous: page > 1 ? link(baseUrl, url, Math.min(page - 1, last)) : null,
            query: [...QUERY_PARAMETERS],
          },
          taxonomy: options.taxonomy,
          data,
        },
      };
    } catch (err) {
      if (err instanceof BadRequest) return { status: 400, body: { error: err.message } };
      throw err;
    }
  }

  return {
    answer,
    prepare() {
      ready();
    },
    async warm() {
      for (;;) {
        const until = performance.now() + WARM_SLICE_MS;
        while (!search && performance.now() < until) step();
        if (search) return;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    },
  };
}
