/**
 * One PTV organization (open API v11, `V10VmOpenApiOrganization`) → a raw
 * contract association, validated afterwards like a feed's items. Only
 * organizations of type `Organization` (associations and foundations) are
 * associations; municipalities, state agencies and companies are not.
 */
import { tm35finToWgs84 } from '../tm35fin.js';
import { fitText, htmlToText, looksLikeHtml } from '../text.js';

type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Obj[] => (Array.isArray(value) ? value.filter(isObject) : []);
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

const DESCRIPTION_MAX = 2500;
const SHORT_MAX = 200;

/** The association's PTV service descriptions, by service id: names and summaries by language. */
export interface PtvActivity {
  name: Record<string, string>;
  summary?: Record<string, string>;
}

/** Words that introduce the activities in a description. */
const ACTIVITIES: Readonly<Record<string, string>> = { fi: 'Toiminta', sv: 'Verksamhet', en: 'Activities' };

/**
 * `[{language, value, type}]` → LocalizedText, keeping entries of `type` (any
 * type when not given; the first value per language wins).
 */
export function languageItems(value: unknown, type?: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const item of list(value)) {
    const language = str(item.language);
    const text = str(item.value);
    if (!language || !text || (type && item.type !== type) || language in out) continue;
    out[language] = looksLikeHtml(text) ? htmlToText(text) : text;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The organization's name per language, as its `displayNameType` chooses (Name or AlternativeName). */
function names(org: Obj): Record<string, string> | undefined {
  const all = list(org.organizationNames);
  const display = new Map(list(org.displayNameType).map((entry) => [entry.language, entry.type]));
  const out: Record<string, string> = {};
  for (const item of all) {
    const language = str(item.language);
    const text = str(item.value);
    if (!language || !text) continue;
    const wanted = display.get(language) ?? 'Name';
    if (item.type === wanted || !(language in out)) out[language] = text;
  }
  return Object.keys(out).length ? out : undefined;
}

/** A value in the preferred language: Finnish, Swedish, English, then any. */
function preferred<T extends Obj>(items: T[], key = 'language'): T | undefined {
  for (const language of ['fi', 'sv', 'en']) {
    const found = items.find((item) => item[key] === language);
    if (found) return found;
  }
  return items[0];
}

const code = (value: unknown): string | undefined => {
  const raw = typeof value === 'number' ? String(value) : str(value);
  return raw && /^\d{1,3}$/.test(raw) ? raw.padStart(3, '0') : raw;
};

/** The street address to show: a visiting address first, then any other with a street. */
function streetAddress(org: Obj): Obj | undefined {
  const addresses = list(org.addresses).filter((address) => isObject(address.streetAddress));
  const visiting = addresses.find((address) => address.type === 'Visiting' || address.type === 'Location');
  return (visiting ?? addresses[0])?.streetAddress as Obj | undefined;
}

function address(street: Obj | undefined): Obj | undefined {
  if (!street) return undefined;
  const name = preferred(list(street.street));
  const number = str(street.streetNumber);
  const postOffice = preferred(list(street.postOffice));
  const out: Obj = {};
  const line = [str(name?.value), number].filter(Boolean).join(' ');
  if (line) out.street = line;
  if (str(street.postalCode)) out.postalCode = str(street.postalCode);
  // PTV writes post offices in capitals ("HELSINKI"); residents read "Helsinki".
  const office = str(postOffice?.value);
  if (office) out.postOffice = office === office.toUpperCase() ? titleCase(office) : office;
  return Object.keys(out).length ? out : undefined;
}

const titleCase = (text: string): string =>
  text
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());

/** Coordinates in ETRS-TM35FIN, as PTV gives them: strings, `latitude` the northing and `longitude` the easting. */
function geo(street: Obj | undefined): Obj | undefined {
  if (!street) return undefined;
  const northing = Number(street.latitude);
  const easting = Number(street.longitude);
  if (street.latitude === undefined || street.latitude === null || street.latitude === '') return undefined;
  const point = tm35finToWgs84(northing, easting);
  // An unusable pair is passed on as it is, so validation drops and reports it.
  return point ?? { lat: street.latitude, lon: street.longitude };
}

function phone(org: Obj): string | undefined {
  const entry = preferred(list(org.phoneNumbers));
  const number = str(entry?.number);
  if (!entry || !number) return undefined;
  const prefix = str(entry.prefixNumber);
  return (prefix && !number.startsWith('+') ? `${prefix}${number.replace(/^0/, '')}` : number).replace(/[\s-]/g, '');
}

/** The codes of every municipality the organization names as its area. */
function areas(org: Obj): { code: string }[] {
  const codes = new Set<string>();
  for (const area of list(org.areas)) {
    if (area.type === 'Municipality' && code(area.code)) codes.add(code(area.code)!);
    for (const municipality of list(area.municipalities))
      if (code(municipality.code)) codes.add(code(municipality.code)!);
  }
  for (const municipality of list(org.areaMunicipalities))
    if (code(municipality.code)) codes.add(code(municipality.code)!);
  return [...codes].map((value) => ({ code: value }));
}

/** PTV's `modified` is UTC without an offset ("2020-03-04T14:07:04.840483"): the contract wants one. */
const utc = (value: unknown): unknown =>
  typeof value === 'string' && /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) ? `${value}Z` : value;

/**
 * The description with the organization's activities (its PTV services) after
 * it, one per line, in each language the description or the activities have.
 */
function describe(org: Obj, activities: readonly PtvActivity[]): Record<string, string> | undefined {
  const base = languageItems(org.organizationDescriptions, 'Description') ?? {};
  const languages = new Set([...Object.keys(base), ...activities.flatMap((activity) => Object.keys(activity.name))]);
  const out: Record<string, string> = {};
  for (const language of languages) {
    const lines = activities.map((activity) => {
      const name = activity.name[language] ?? activity.name.fi ?? Object.values(activity.name)[0]!;
      const summary = activity.summary?.[language];
      // Some services repeat their name as their summary: once is enough.
      return `• ${name}${summary && summary !== name ? ` – ${summary}` : ''}`;
    });
    const heading = ACTIVITIES[language];
    const block = lines.length && heading ? `${heading}:\n${lines.join('\n')}` : '';
    const text = [base[language], block].filter(Boolean).join('\n\n');
    if (text) out[language] = fitText(text, DESCRIPTION_MAX);
  }
  return Object.keys(out).length ? out : undefined;
}

/** The ids of the services the organization is responsible for or produces. */
export function serviceIds(org: unknown): string[] {
  if (!isObject(org)) return [];
  return list(org.services)
    .map((entry) => (isObject(entry.service) ? str(entry.service.id) : undefined))
    .filter((id): id is string => !!id);
}

/** The activities of an organization: its services, described when `known` has them, else by their names. */
export function activitiesOf(org: unknown, known: ReadonlyMap<string, PtvActivity>): PtvActivity[] {
  if (!isObject(org)) return [];
  const out: PtvActivity[] = [];
  for (const entry of list(org.services)) {
    const service = isObject(entry.service) ? entry.service : undefined;
    const id = str(service?.id);
    const described = id ? known.get(id) : undefined;
    const name = str(service?.name);
    if (described) out.push(described);
    else if (name) out.push({ name: { fi: name } });
  }
  return out;
}

/** Whether PTV's record is an association's (organization type `Organization`). */
export const isAssociation = (org: unknown): boolean => isObject(org) && org.organizationType === 'Organization';

/**
 * The organization as a raw contract association. `home` is the municipality
 * it was listed under, used when PTV names no municipality of its own.
 */
export function mapPtvOrganization(org: unknown, activities: readonly PtvActivity[], home: string): unknown {
  if (!isObject(org)) return org;
  const street = streetAddress(org);
  const municipalityCode =
    code(isObject(org.municipality) ? org.municipality.code : undefined) ??
    code(isObject(street?.municipality) ? (street!.municipality as Obj).code : undefined) ??
    home;
  const summary = languageItems(org.organizationDescriptions, 'Summary');
  const email = str(preferred(list(org.emails))?.value);
  const website = str(preferred(list(org.webPages))?.url);
  const contact: Obj = {};
  if (email) contact.email = email;
  const number = phone(org);
  if (number) contact.phone = number;
  if (website) contact.website = website;
  return {
    type: 'association',
    id: org.id,
    name: names(org),
    // PTV does not classify associations by purpose: every one is "other" until a feed says more.
    categories: ['other'],
    municipality: { code: municipalityCode },
    updatedAt: utc(org.modified),
    shortDescription:
      summary && Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, fitText(v, SHORT_MAX)])),
    description: describe(org, activities),
    areaServed: areas(org).filter((area) => area.code !== municipalityCode),
    address: address(street),
    geo: geo(street),
    contact: Object.keys(contact).length ? contact : undefined,
  };
}
