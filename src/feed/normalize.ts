/**
 * Contract v1 → the normalised model. One page at a time: `readPage` checks the
 * envelope (fatal problems throw a FeedError), `ItemCollector` turns `data`
 * items into associations, events and volunteer tasks, skipping invalid items
 * and dropping invalid optional fields, and records both for the webmaster.
 */
import {
  boolean,
  check,
  codeList,
  count,
  date,
  dateTime,
  email,
  feedVersion,
  geo,
  httpsUrl,
  httpUrl,
  itemId,
  list,
  localizedText,
  municipalityCode,
  object,
  oneOf,
  phone,
  plainText,
  postalCode,
  queryNames,
  registryNumber,
  status,
  type Checked,
  type Output,
  type Schema,
} from './schemas.js';
import { TAXONOMY_KINDS } from './taxonomy.js';
import {
  FeedError,
  type Address,
  type Association,
  type Contact,
  type ContactPerson,
  type DroppedField,
  type EventLocation,
  type FeedEvent,
  type FeedLicense,
  type FeedSource,
  type FeedTaxonomy,
  type LocalizedText,
  type Municipality,
  type SkippedItem,
  type SocialLink,
  type SocialService,
  type TaxonomyEntry,
  type VolunteerTask,
} from './types.js';

type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Missing, null and blank strings all count as "not given". */
const isAbsent = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && !value.trim());

// ---------------------------------------------------------------------------
// Reading fields
//
// Objects are described by specs: field name → how to read it. A rule is a
// schema, or a `Read` function for values with parts of their own (objects,
// lists). Required fields that fail become problems (the item is skipped);
// optional fields that fail are dropped and reported. The envelope, and
// associations, events and volunteer tasks share every rule for the value
// types of §2.

/** Reads one field: its raw value, its path for reports, whether it is required, and the object it is in. */
type Read<T> = (reader: FieldReader, value: unknown, field: string, required: boolean, parent: Obj) => T | undefined;

type Rule<T> = Schema<T> | Read<T>;

/**
 * Rules for fields of `T`. The compiler checks that each key is a field of
 * `T` and that its rule yields that field's type.
 */
type Spec<T> = { [K in keyof T]?: Rule<T[K]> };

/** Reads one item (or an envelope), collecting required-field problems and dropped optional fields. */
class FieldReader {
  readonly problems: string[] = [];
  readonly dropped: DroppedField[] = [];
  id = '';

  /**
   * One value checked against `schema`. Absent (missing, null, blank) or
   * invalid: a problem when `required`, else dropped and reported under
   * `field`. With `part` the value is the part of `field` of that name (the
   * `code` of a municipality), and an absent part is a failure too.
   */
  read<S extends Schema>(
    value: unknown,
    field: string,
    schema: S,
    required = false,
    part?: string,
  ): Output<S> | undefined {
    const absent = isAbsent(value);
    if (absent && !required && part === undefined) return undefined;
    const path = required ? [field, part].filter(Boolean).join('.') : (part ?? '');
    const result: Checked<Output<S>> = absent ? { ok: false, reason: `${path}: required` } : check(schema, value, path);
    if (result.ok) return result.value;
    if (required) this.problems.push(result.reason);
    else this.drop(field, result.reason);
    return undefined;
  }

  /** The fields `spec` names, read from `raw`; reports name them `prefix` + key. Absent results are left out. */
  fields<T>(raw: Obj, spec: Spec<T>, prefix = '', required = false): Partial<T> {
    const out: Obj = {};
    for (const key in spec) {
      const rule = spec[key] as Rule<unknown>;
      const field = prefix + key;
      const value =
        typeof rule === 'function'
          ? rule(this, raw[key], field, required, raw)
          : this.read(raw[key], field, rule, required);
      if (value !== undefined) out[key] = value;
    }
    return out as Partial<T>;
  }

  drop(field: string, reason: string): void {
    this.dropped.push({ id: this.id, field, reason });
  }
}

/**
 * An object read by `spec`, kept when at least one of its fields is valid.
 * When it is required and none is, the item is skipped: "required" when
 * nothing was given, else the reasons its fields were invalid.
 */
function group<T>(spec: Spec<T>): Read<Partial<T>> {
  return (reader, value, field, required) => {
    const raw = reader.read(value, field, object, required);
    if (!raw) return undefined;
    const mark = reader.dropped.length;
    const out = reader.fields(raw, spec, `${field}.`);
    if (Object.keys(out).length) return out;
    if (required) {
      const lost = reader.dropped.splice(mark).map((d) => `${d.field}: ${d.reason}`);
      reader.problems.push(lost.length ? lost.join('; ') : `${field}: required`);
    }
    return undefined;
  };
}

/**
 * An object kept only when its field `key` is valid (a failure names the
 * object, e.g. `logo`: `url: not an https URL`); its other fields follow
 * `rest`, which may depend on the object.
 */
function keyed<T>(key: keyof T & string, schema: Schema, rest: Spec<T> | ((raw: Obj) => Spec<T>)): Read<T> {
  return (reader, value, field, required) => {
    const raw = reader.read(value, field, object, required);
    const main = raw && reader.read(raw[key], field, schema, required, key);
    if (main === undefined) return undefined;
    return { [key]: main, ...reader.fields(raw!, typeof rest === 'function' ? rest(raw!) : rest, `${field}.`) } as T;
  };
}

/**
 * A list whose entries are read by `entry`; invalid entries are dropped
 * (reported as `field[index]`), and an empty result is absent. With `single`
 * one object on its own counts as a list of one.
 */
function listOf<T>(entry: Read<T>, single = false): Read<T[]> {
  return (reader, value, field) => {
    const one = single && !Array.isArray(value) && !isAbsent(value);
    const out: T[] = [];
    (one ? [value] : (reader.read(value, field, list) ?? [])).forEach((raw, index) => {
      const item = entry(reader, raw, one ? field : `${field}[${index}]`, false, {});
      if (item !== undefined) out.push(item);
    });
    return out.length ? out : undefined;
  };
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

/** Optional envelope fields: taken when valid, otherwise left out (`dropped` reports item fields only). */
const ENVELOPE: Spec<Page> = {
  generatedAt: dateTime,
  source: keyed<FeedSource>('name', localizedText(200), { url: httpUrl }),
  license: group<FeedLicense>({ id: plainText(100), url: httpUrl }),
};

const META: Spec<Page> = { count, query: queryNames };

const TAXONOMY_ENTRY = keyed<TaxonomyEntry>('code', plainText(100), { label: localizedText(300) });

/**
 * Checks one page's envelope. Not an object, a missing or malformed
 * `feedVersion` or no `data` list → FeedError 'format'; a major version other
 * than 1 → FeedError 'version'. Everything else is taken when valid and
 * otherwise left out.
 */
export function readPage(body: unknown, url: string): Page {
  if (!isObject(body)) throw new FeedError('format', 'the feed is not a JSON object', url);
  const version = check(feedVersion, body.feedVersion, 'feedVersion');
  if (!version.ok) throw new FeedError('format', `feed format: ${version.reason}`, url);
  const major = Number(version.value.split('.')[0]);
  if (major !== 1) {
    throw new FeedError('version', `unsupported feed version ${version.value} (this widget reads 1.x)`, url);
  }
  if (!Array.isArray(body.data)) throw new FeedError('format', 'feed format: data: expected a list of items', url);

  const meta = isObject(body.meta) ? body.meta : {};
  const reader = new FieldReader();
  const page: Page = {
    feedVersion: version.value,
    data: body.data,
    next: meta.next,
    ...reader.fields(body, ENVELOPE),
    ...reader.fields(meta, META),
  };
  const taxonomy = readTaxonomy(body.taxonomy);
  if (taxonomy) page.taxonomy = taxonomy;
  return page;
}

/**
 * A taxonomy object (a page's `taxonomy`, or the whole `taxonomy.json`, which
 * may also wrap it as `{ "taxonomy": {…} }`). Invalid entries are left out.
 * Undefined when `raw` is not an object.
 */
export function readTaxonomy(raw: unknown): FeedTaxonomy | undefined {
  if (!isObject(raw)) return undefined;
  if (isObject(raw.taxonomy)) raw = raw.taxonomy;
  const source = raw as Obj;
  const reader = new FieldReader();
  const taxonomy: FeedTaxonomy = {};
  for (const kind of TAXONOMY_KINDS) {
    const entries = listOf(TAXONOMY_ENTRY)(reader, source[kind], kind, false, source);
    // Both parts are required: an entry without a valid label is left out too.
    if (entries) taxonomy[kind] = entries.filter((entry) => entry.label);
  }
  return taxonomy;
}

// ---------------------------------------------------------------------------
// Items

const SOCIAL_SERVICES: readonly SocialService[] = [
  'facebook',
  'instagram',
  'x',
  'youtube',
  'tiktok',
  'linkedin',
  'mastodon',
  'other',
];

/** Unknown or missing services become `other`: the link is still valid and shown. */
const socialService: Read<SocialService> = (_reader, raw) => {
  const name = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (name === 'twitter') return 'x';
  return SOCIAL_SERVICES.find((service) => service === name) ?? 'other';
};

const NAME = localizedText(150);
const SHORT_DESCRIPTION = localizedText(200);
const DESCRIPTION = localizedText(2500);
const ALT = localizedText(300);
const CODES = codeList(0);
const SHORT_TEXT = plainText(200);

const municipality = keyed<Municipality>('code', municipalityCode, { name: NAME });

const address = group<Address>({ street: SHORT_TEXT, postalCode, postOffice: SHORT_TEXT });

/** Images must be https (contract §3.1); a failing URL drops the whole image. */
const image = keyed<{ url: string; alt?: LocalizedText }>('url', httpsUrl, { alt: ALT });

const PERSONAL: Spec<ContactPerson> = { name: plainText(150), email, phone };

/**
 * Contact persons: `role` is required (a person without one is dropped);
 * name, e-mail and phone are read only when the producer set `consent: true`,
 * otherwise they are left out without a report — that is the contract.
 */
const person = keyed<ContactPerson>('role', localizedText(150), (raw) => (raw.consent === true ? PERSONAL : {}));

/** `[from, to]` pairs of optional bounds: a `to` below its `from` is dropped (an `endTime` before `startTime`). */
type Order = readonly (readonly [from: string, to: string])[];

/** How one item type is read. */
interface Kind<T> {
  /** Required fields besides `id`: any failure skips the item. */
  need: Spec<T>;
  /** Optional fields: a failure drops the field. */
  take: Spec<T>;
  /** Values of optional fields the feed did not give (or gave invalid). */
  defaults?: Partial<T>;
  /** Optional list fields, space-separated: empty lists when absent. */
  lists: string;
  order?: Order;
}

const ASSOCIATION: Kind<Association> = {
  need: { name: NAME, categories: codeList(1, 'category code'), municipality, updatedAt: dateTime },
  take: {
    status,
    registryNumber,
    shortDescription: SHORT_DESCRIPTION,
    description: DESCRIPTION,
    themes: CODES,
    targetGroups: CODES,
    accessibility: CODES,
    languages: CODES,
    areaServed: (reader, value, field, required, parent) => {
      const seen = new Set<string>();
      return listOf(municipality)(reader, value, field, required, parent)?.filter(
        (area) => !seen.has(area.code) && !!seen.add(area.code),
      );
    },
    address,
    geo,
    contact: group<Contact>({
      email,
      phone,
      website: httpUrl,
      social: listOf(keyed<SocialLink>('url', httpUrl, { service: socialService })),
    }),
    contactPersons: listOf(person),
    membership: group({ openToNewMembers: boolean, joinUrl: httpUrl }),
    logo: image,
    url: httpUrl,
    createdAt: dateTime,
  },
  defaults: { status: 'active' },
  lists: 'themes targetGroups accessibility languages areaServed contactPersons',
};

/**
 * Events (contract §3.2). Where the contract gives no limits, texts follow the
 * association's: names ≤ 150 characters, `offer.price` ≤ 200 like a short
 * description. `location` may mix a place and `onlineUrl`; it needs at least
 * one valid part.
 */
const EVENT: Kind<FeedEvent> = {
  need: {
    organizerIds: codeList(1, 'organizer id'),
    name: NAME,
    startTime: dateTime,
    location: group<EventLocation>({ name: NAME, address, geo, municipality, onlineUrl: httpUrl }),
  },
  take: {
    shortDescription: SHORT_DESCRIPTION,
    description: DESCRIPTION,
    endTime: dateTime,
    eventStatus: oneOf(['scheduled', 'cancelled', 'postponed']),
    attendanceMode: oneOf(['offline', 'online', 'mixed']),
    categories: CODES,
    targetGroups: CODES,
    ageMin: count,
    ageMax: count,
    languages: CODES,
    accessibility: CODES,
    offer: group({ isFree: boolean, price: SHORT_DESCRIPTION, infoUrl: httpUrl }),
    registration: group({ required: boolean, url: httpUrl, deadline: dateTime }),
    infoUrl: httpUrl,
    image,
    updatedAt: dateTime,
  },
  defaults: { eventStatus: 'scheduled' },
  lists: 'categories targetGroups languages accessibility',
  order: [
    ['startTime', 'endTime'],
    ['ageMin', 'ageMax'],
  ],
};

/**
 * Volunteer tasks (contract §3.3): `title` ≤ 150 characters like a name,
 * `timeCommitment` ≤ 200 like a short description; `contact` holds
 * role-based contact persons, one object or a list of them.
 */
const TASK: Kind<VolunteerTask> = {
  need: {
    associationId: itemId,
    title: NAME,
    updatedAt: dateTime,
    // Required unless the task is remote; then an invalid one is only dropped.
    municipality: (reader, value, field, _required, parent) => {
      const remote = parent.remote === true;
      if (remote || !isAbsent(value)) return municipality(reader, value, field, !remote, parent);
      reader.problems.push('municipality: required unless remote is true');
      return undefined;
    },
  },
  take: {
    remote: boolean,
    description: DESCRIPTION,
    themes: CODES,
    suitableForUnder18: boolean,
    languagesNeeded: CODES,
    timeCommitment: SHORT_DESCRIPTION,
    startDate: date,
    endDate: date,
    ongoing: boolean,
    applyUrl: httpUrl,
    contact: listOf(person, true),
  },
  defaults: { remote: false },
  lists: 'themes languagesNeeded contact',
  order: [['startDate', 'endDate']],
};

type Item = Association | FeedEvent | VolunteerTask;

const KINDS: Record<Item['type'], Kind<Item>> = {
  association: ASSOCIATION as Kind<Item>,
  event: EVENT as Kind<Item>,
  volunteerTask: TASK as Kind<Item>,
};

type ItemResult =
  | { kind: 'item'; item: Item; dropped: DroppedField[] }
  | { kind: 'other' }
  | { kind: 'skipped'; id?: string; reason: string };

/**
 * Reads one `data` entry. `id` in a skipped result is absent when the item had
 * no usable id (the caller names it by position).
 */
export function readItem(raw: unknown): ItemResult {
  if (!isObject(raw)) {
    return { kind: 'skipped', reason: Array.isArray(raw) ? 'not an object (a list)' : 'not an object' };
  }
  const type = raw.type;
  if (typeof type !== 'string' || !type.trim()) {
    const id = check(itemId, raw.id);
    return {
      kind: 'skipped',
      ...(id.ok ? { id: id.value } : {}),
      reason: isAbsent(type) ? 'type: required' : 'type: expected a string',
    };
  }
  // Unknown types are ignored (contract §1).
  if (!Object.hasOwn(KINDS, type)) return { kind: 'other' };
  const { need, take, defaults, lists, order = [] } = KINDS[type as Item['type']];

  const reader = new FieldReader();
  const id = reader.read(raw.id, 'id', itemId, true);
  reader.id = id ?? '';
  const required = reader.fields(raw, need, '', true);
  if (id === undefined || reader.problems.length) {
    return { kind: 'skipped', ...(id === undefined ? {} : { id }), reason: reader.problems.join('; ') };
  }

  const item: Obj = { type, id, ...defaults, ...required, ...reader.fields(raw, take) };
  for (const key of lists.split(' ')) item[key] ??= [];
  // Bounds are dates, date-times (compared as instants) or numbers; a missing one compares false.
  const value = (key: string): number => {
    const v = item[key];
    return typeof v === 'string' ? Date.parse(v) : (v as number);
  };
  for (const [from, to] of order) {
    if (value(to) < value(from)) {
      reader.drop(to, `${typeof item[to] === 'number' ? 'less than' : 'before'} ${from}`);
      delete item[to];
    }
  }
  return { kind: 'item', item: item as unknown as Item, dropped: reader.dropped };
}

/** Gathers the items of every page, in order, across pages. */
export class ItemCollector {
  readonly associations: Association[] = [];
  readonly events: FeedEvent[] = [];
  readonly tasks: VolunteerTask[] = [];
  readonly skipped: SkippedItem[] = [];
  readonly dropped: DroppedField[] = [];
  /** Items of types this client does not know. */
  otherItems = 0;
  /** `type id` of every item kept: ids are unique per item type. */
  private readonly ids = new Set<string>();

  /** Adds one page's `data`; `pageNumber` counts from 1. */
  add(data: readonly unknown[], pageNumber: number): void {
    data.forEach((raw, index) => {
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
          const lists = { association: this.associations, event: this.events, volunteerTask: this.tasks };
          (lists[item.type] as Item[]).push(item);
          this.dropped.push(...result.dropped);
        }
      }
    });
  }
}
