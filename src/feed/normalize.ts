/**
 * Contract v1 → the normalised model. One page at a time: `readPage` checks the
 * envelope (fatal problems throw a FeedError), `ItemCollector` turns `data`
 * items into associations, skipping invalid items and dropping invalid
 * optional fields, and records both for the webmaster.
 */
import {
  boolean,
  check,
  codeList,
  dateTime,
  email,
  feedVersion,
  geo,
  httpsUrl,
  httpUrl,
  itemId,
  localizedText,
  municipalityCode,
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
  type FeedLicense,
  type FeedSource,
  type FeedTaxonomy,
  type LocalizedText,
  type Municipality,
  type SkippedItem,
  type SocialLink,
  type SocialService,
  type TaxonomyEntry,
} from './types.js';

type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Missing, null and blank strings all count as "not given". */
const isAbsent = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && !value.trim());

// ---------------------------------------------------------------------------
// Envelope

const SOURCE_NAME = localizedText(200);
const LICENSE_ID = plainText(100);
const TAXONOMY_CODE = plainText(100);
const TAXONOMY_LABEL = localizedText(300);

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

/** The value when it passes, else undefined: for lenient envelope fields. */
function valid<T>(result: Checked<T>): T | undefined {
  return result.ok ? result.value : undefined;
}

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
  const page: Page = { feedVersion: version.value, data: body.data, next: meta.next };

  const generatedAt = valid(check(dateTime, body.generatedAt));
  if (generatedAt) page.generatedAt = generatedAt;

  if (isObject(body.source)) {
    const name = valid(check(SOURCE_NAME, body.source.name));
    if (name) {
      const source: FeedSource = { name };
      const sourceUrl = valid(check(httpUrl, body.source.url));
      if (sourceUrl) source.url = sourceUrl;
      page.source = source;
    }
  }

  if (isObject(body.license)) {
    const license: FeedLicense = {};
    const id = valid(check(LICENSE_ID, body.license.id));
    const licenseUrl = valid(check(httpUrl, body.license.url));
    if (id) license.id = id;
    if (licenseUrl) license.url = licenseUrl;
    if (id || licenseUrl) page.license = license;
  }

  const total = meta.count;
  if (typeof total === 'number' && Number.isSafeInteger(total) && total >= 0) page.count = total;
  const query = valid(check(queryNames, meta.query));
  if (query) page.query = query;

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
  const taxonomy: FeedTaxonomy = {};
  for (const kind of TAXONOMY_KINDS) {
    const list = source[kind];
    if (!Array.isArray(list)) continue;
    const entries: TaxonomyEntry[] = [];
    for (const entry of list) {
      if (!isObject(entry)) continue;
      const code = valid(check(TAXONOMY_CODE, entry.code));
      const label = valid(check(TAXONOMY_LABEL, entry.label));
      if (code && label) entries.push({ code, label });
    }
    taxonomy[kind] = entries;
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
function socialService(raw: unknown): SocialService {
  const name = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (name === 'twitter') return 'x';
  return SOCIAL_SERVICES.find((service) => service === name) ?? 'other';
}

/** Reads one item, collecting required-field problems and dropped optional fields. */
class ItemReader {
  readonly problems: string[] = [];
  readonly dropped: DroppedField[] = [];
  id = '';

  /** A required field: absent or invalid → a problem (the item will be skipped). */
  need<S extends Schema>(value: unknown, field: string, schema: S): Output<S> | undefined {
    if (isAbsent(value)) {
      this.problems.push(`${field}: required`);
      return undefined;
    }
    const result = check(schema, value, field);
    if (result.ok) return result.value;
    this.problems.push(result.reason);
    return undefined;
  }

  /** An optional field: absent → undefined; invalid → dropped and reported. */
  take<S extends Schema>(value: unknown, field: string, schema: S): Output<S> | undefined {
    if (isAbsent(value)) return undefined;
    const result = check(schema, value);
    if (result.ok) return result.value;
    this.drop(field, result.reason);
    return undefined;
  }

  /** An optional object: absent → undefined; not an object → dropped and reported. */
  object(value: unknown, field: string): Obj | undefined {
    if (isAbsent(value)) return undefined;
    if (isObject(value)) return value;
    this.drop(field, Array.isArray(value) ? 'expected an object, not a list' : 'expected an object');
    return undefined;
  }

  /** An optional list: absent → empty; not a list → dropped and reported. */
  list(value: unknown, field: string): unknown[] {
    if (isAbsent(value)) return [];
    if (Array.isArray(value)) return value;
    this.drop(field, 'expected a list');
    return [];
  }

  drop(field: string, reason: string): void {
    this.dropped.push({ id: this.id, field, reason });
  }
}

const NAME = localizedText(150);
const SHORT_DESCRIPTION = localizedText(200);
const DESCRIPTION = localizedText(2500);
const ROLE = localizedText(150);
const ALT = localizedText(300);
const CATEGORIES = codeList(1, 'category code');
const CODES = codeList(0);
const SHORT_TEXT = plainText(200);
const PERSON_NAME = plainText(150);

function readMunicipality(reader: ItemReader, raw: Obj, field: string): Municipality | undefined {
  const code = reader.need(raw.code, `${field}.code`, municipalityCode);
  if (code === undefined) return undefined;
  const municipality: Municipality = { code };
  const name = reader.take(raw.name, `${field}.name`, NAME);
  if (name) municipality.name = name;
  return municipality;
}

function readAddress(reader: ItemReader, raw: Obj): Address | undefined {
  const address: Address = {};
  const street = reader.take(raw.street, 'address.street', SHORT_TEXT);
  const code = reader.take(raw.postalCode, 'address.postalCode', postalCode);
  const postOffice = reader.take(raw.postOffice, 'address.postOffice', SHORT_TEXT);
  if (street) address.street = street;
  if (code) address.postalCode = code;
  if (postOffice) address.postOffice = postOffice;
  return Object.keys(address).length ? address : undefined;
}

function readContact(reader: ItemReader, raw: Obj): Contact | undefined {
  const contact: Contact = {};
  const mail = reader.take(raw.email, 'contact.email', email);
  const tel = reader.take(raw.phone, 'contact.phone', phone);
  const website = reader.take(raw.website, 'contact.website', httpUrl);
  if (mail) contact.email = mail;
  if (tel) contact.phone = tel;
  if (website) contact.website = website;
  const social: SocialLink[] = [];
  reader.list(raw.social, 'contact.social').forEach((entry, index) => {
    const field = `contact.social[${index}]`;
    if (!isObject(entry)) {
      reader.drop(field, 'expected an object');
      return;
    }
    const url = check(httpUrl, entry.url, 'url');
    if (!url.ok) reader.drop(field, isAbsent(entry.url) ? 'url: required' : url.reason);
    else social.push({ service: socialService(entry.service), url: url.value });
  });
  if (social.length) contact.social = social;
  return Object.keys(contact).length ? contact : undefined;
}

/**
 * Contact persons: `role` is required (a person without one is dropped);
 * name, e-mail and phone are read only when the producer set `consent: true`,
 * otherwise they are left out without a report — that is the contract.
 */
function readPersons(reader: ItemReader, raw: unknown): ContactPerson[] {
  const persons: ContactPerson[] = [];
  reader.list(raw, 'contactPersons').forEach((entry, index) => {
    const field = `contactPersons[${index}]`;
    if (!isObject(entry)) {
      reader.drop(field, 'expected an object');
      return;
    }
    const role = isAbsent(entry.role) ? undefined : check(ROLE, entry.role, 'role');
    if (!role?.ok) {
      reader.drop(field, role ? role.reason : 'role: required');
      return;
    }
    const person: ContactPerson = { role: role.value };
    if (entry.consent === true) {
      const name = reader.take(entry.name, `${field}.name`, PERSON_NAME);
      const mail = reader.take(entry.email, `${field}.email`, email);
      const tel = reader.take(entry.phone, `${field}.phone`, phone);
      if (name) person.name = name;
      if (mail) person.email = mail;
      if (tel) person.phone = tel;
    }
    persons.push(person);
  });
  return persons;
}

function readAreaServed(reader: ItemReader, raw: unknown): Municipality[] {
  const areas: Municipality[] = [];
  const seen = new Set<string>();
  reader.list(raw, 'areaServed').forEach((entry, index) => {
    const field = `areaServed[${index}]`;
    if (!isObject(entry)) {
      reader.drop(field, 'expected an object');
      return;
    }
    const code = check(municipalityCode, entry.code, 'code');
    if (!code.ok) {
      reader.drop(field, isAbsent(entry.code) ? 'code: required' : code.reason);
      return;
    }
    if (seen.has(code.value)) return;
    seen.add(code.value);
    const area: Municipality = { code: code.value };
    const name = reader.take(entry.name, `${field}.name`, NAME);
    if (name) area.name = name;
    areas.push(area);
  });
  return areas;
}

type ItemResult =
  | { kind: 'association'; association: Association; dropped: DroppedField[] }
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
  if (typeof raw.type !== 'string' || !raw.type.trim()) {
    const id = check(itemId, raw.id);
    return {
      kind: 'skipped',
      ...(id.ok ? { id: id.value } : {}),
      reason: isAbsent(raw.type) ? 'type: required' : 'type: expected a string',
    };
  }
  // Events and volunteer tasks are not shown by this version; unknown types are ignored (contract §1).
  if (raw.type !== 'association') return { kind: 'other' };

  const reader = new ItemReader();
  const id = reader.need(raw.id, 'id', itemId);
  if (id !== undefined) reader.id = id;
  const name = reader.need(raw.name, 'name', NAME);
  const categories = reader.need(raw.categories, 'categories', CATEGORIES);
  let municipality: Municipality | undefined;
  if (isAbsent(raw.municipality)) reader.problems.push('municipality: required');
  else if (!isObject(raw.municipality)) reader.problems.push('municipality: expected an object');
  else municipality = readMunicipality(reader, raw.municipality, 'municipality');
  const updatedAt = reader.need(raw.updatedAt, 'updatedAt', dateTime);

  if (
    reader.problems.length ||
    id === undefined ||
    name === undefined ||
    categories === undefined ||
    municipality === undefined ||
    updatedAt === undefined
  ) {
    return { kind: 'skipped', ...(id === undefined ? {} : { id }), reason: reader.problems.join('; ') };
  }

  const association: Association = {
    type: 'association',
    id,
    name,
    categories,
    municipality,
    updatedAt,
    status: 'active',
    themes: reader.take(raw.themes, 'themes', CODES) ?? [],
    targetGroups: reader.take(raw.targetGroups, 'targetGroups', CODES) ?? [],
    accessibility: reader.take(raw.accessibility, 'accessibility', CODES) ?? [],
    languages: reader.take(raw.languages, 'languages', CODES) ?? [],
    areaServed: readAreaServed(reader, raw.areaServed),
    contactPersons: readPersons(reader, raw.contactPersons),
  };

  const itemStatus = reader.take(raw.status, 'status', status);
  if (itemStatus) association.status = itemStatus;
  const registry = reader.take(raw.registryNumber, 'registryNumber', registryNumber);
  if (registry) association.registryNumber = registry;
  const shortDescription = reader.take(raw.shortDescription, 'shortDescription', SHORT_DESCRIPTION);
  if (shortDescription) association.shortDescription = shortDescription;
  const description = reader.take(raw.description, 'description', DESCRIPTION);
  if (description) association.description = description;

  const addressRaw = reader.object(raw.address, 'address');
  const address = addressRaw && readAddress(reader, addressRaw);
  if (address) association.address = address;

  const position = reader.take(raw.geo, 'geo', geo);
  if (position) association.geo = { lat: position.lat, lon: position.lon };

  const contactRaw = reader.object(raw.contact, 'contact');
  const contact = contactRaw && readContact(reader, contactRaw);
  if (contact) association.contact = contact;

  const membershipRaw = reader.object(raw.membership, 'membership');
  if (membershipRaw) {
    const membership: NonNullable<Association['membership']> = {};
    const open = reader.take(membershipRaw.openToNewMembers, 'membership.openToNewMembers', boolean);
    const joinUrl = reader.take(membershipRaw.joinUrl, 'membership.joinUrl', httpUrl);
    if (open !== undefined) membership.openToNewMembers = open;
    if (joinUrl) membership.joinUrl = joinUrl;
    if (Object.keys(membership).length) association.membership = membership;
  }

  const logoRaw = reader.object(raw.logo, 'logo');
  if (logoRaw) {
    const logoUrl = isAbsent(logoRaw.url) ? undefined : check(httpsUrl, logoRaw.url, 'url');
    if (!logoUrl?.ok) {
      reader.drop('logo', logoUrl ? logoUrl.reason : 'url: required');
    } else {
      const logo: NonNullable<Association['logo']> = { url: logoUrl.value };
      const alt = reader.take(logoRaw.alt, 'logo.alt', ALT);
      if (alt) logo.alt = alt;
      association.logo = logo;
    }
  }

  const pageUrl = reader.take(raw.url, 'url', httpUrl);
  if (pageUrl) association.url = pageUrl;
  const createdAt = reader.take(raw.createdAt, 'createdAt', dateTime);
  if (createdAt) association.createdAt = createdAt;

  return { kind: 'association', association, dropped: reader.dropped };
}

/** Gathers the items of every page, in order, across pages. */
export class ItemCollector {
  readonly associations: Association[] = [];
  readonly skipped: SkippedItem[] = [];
  readonly dropped: DroppedField[] = [];
  otherItems = 0;
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
      } else if (this.ids.has(result.association.id)) {
        this.skipped.push({ id: result.association.id, reason: 'duplicate id' });
      } else {
        this.ids.add(result.association.id);
        this.associations.push(result.association);
        this.dropped.push(...result.dropped);
      }
    });
  }
}
