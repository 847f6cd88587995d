/**
 * One LIPAS sports site → a contract premise (§3.4). Reads the current API's
 * fields (v2, kebab-case: `lipas-id`, `location.city.city-code`, `owner`
 * codes such as `registered-association`) and, for the same place recorded
 * through the legacy API (v1, camelCase: `sportsPlaceId`, `cityCode`, owner
 * labels in Finnish), the legacy names of the same fields.
 */
import type { Geo, LocalizedText } from '../../feed/types.js';
import { tm35finToWgs84 } from '../tm35fin.js';

type Json = Record<string, unknown>;
type OwnerKind = 'municipality' | 'association' | 'parish' | 'company' | 'other';

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** A field by its current (kebab-case) name, else by the legacy API's camelCase one. */
const field = (object: unknown, name: string): unknown =>
  isObject(object) ? (object[name] ?? object[name.replace(/-(.)/g, (_, c: string) => c.toUpperCase())]) : undefined;

/** The legacy API's owner labels → the current API's owner codes. */
const LEGACY_OWNERS: Record<string, string> = {
  Kunta: 'city',
  Kuntayhtymä: 'municipal-consortium',
  'Rekisteröity yhdistys': 'registered-association',
  Yritys: 'company-ltd',
  'Kuntaenemmistöinen yritys': 'city-main-owner',
  Valtio: 'state',
  Säätiö: 'foundation',
};

/**
 * LIPAS owner codes → the contract's owner kinds, with LIPAS's own name where
 * the kind alone would hide who it is (the state, a foundation, a joint
 * municipal authority, a municipality-owned company).
 */
const OWNERS: Record<string, [OwnerKind, string?, string?, string?]> = {
  city: ['municipality'],
  'municipal-consortium': ['municipality', 'Kuntayhtymä', 'Samkommun', 'Joint municipal authority'],
  'registered-association': ['association'],
  'company-ltd': ['company'],
  'city-main-owner': ['company', 'Kuntaenemmistöinen yritys', 'Kommunägt bolag', 'Municipality-owned company'],
  state: ['other', 'Valtio', 'Staten', 'The state'],
  foundation: ['other', 'Säätiö', 'Stiftelse', 'Foundation'],
};

/** The owner as the contract has it; an unknown or missing owner is `other` without a name. */
export function lipasOwner(owner: unknown): { kind: OwnerKind; name?: LocalizedText } {
  const code = typeof owner === 'string' ? (LEGACY_OWNERS[owner] ?? owner) : '';
  const [kind, fi, sv, en] = (Object.hasOwn(OWNERS, code) && OWNERS[code]) || ['other'];
  return fi && sv && en ? { kind, name: { fi, sv, en } } : { kind };
}

/**
 * LIPAS's `www` is typed by hand, and often as `www.vuosaarenvenekerho.fi`: a web
 * address starting `www.` gets its `https://`, so the place keeps its link. Anything
 * else is passed on as it is, for the contract's checks.
 */
export function lipasWebsite(value: unknown): string | undefined {
  const typed = text(value)?.trim();
  return typed && /^www\.[^\s/]+\.[a-z]{2,}(\/\S*)?$/i.test(typed) ? `https://${typed}` : typed;
}

/** A Statistics Finland code as the contract writes it: LIPAS sends 91 for Helsinki's 091. */
export function padMunicipalityCode(code: unknown): string | undefined {
  const digits = typeof code === 'number' ? String(code) : typeof code === 'string' ? code.trim() : '';
  return /^\d{1,3}$/.test(digits) ? digits.padStart(3, '0') : undefined;
}

/**
 * The type's main category by the thousands of its code (LIPAS's own grouping):
 * 2000s are indoor sports places, 7000s service buildings, the rest outdoors.
 */
export function lipasSpaceType(typeCode: unknown): 'sports-hall' | 'outdoor' | 'other' {
  const code = num(typeCode);
  if (code === undefined) return 'other';
  if (code >= 2000 && code < 3000) return 'sports-hall';
  if (code >= 3000 && code < 4000) return 'other';
  return code >= 7000 ? 'other' : 'outdoor';
}

/** A first coordinate of a GeoJSON geometry (a point, a route's start, an area's first corner). */
function firstPosition(coordinates: unknown): [number, number] | undefined {
  let position = coordinates;
  while (Array.isArray(position) && Array.isArray(position[0])) position = position[0];
  if (!Array.isArray(position)) return undefined;
  const [lon, lat] = position.map(num);
  return lon !== undefined && lat !== undefined ? [lon, lat] : undefined;
}

/**
 * Where to put the pin: GeoJSON gives longitude first, the contract latitude
 * first; when only the plane coordinates (ETRS-TM35FIN) are there, they are converted.
 */
export function lipasGeo(location: unknown): Geo | undefined {
  if (!isObject(location)) return undefined;
  const features = isObject(location.geometries) ? location.geometries.features : undefined;
  const feature = Array.isArray(features) ? features.find(isObject) : undefined;
  const position = isObject(feature?.geometry) ? firstPosition(feature.geometry.coordinates) : undefined;
  if (position) return { lat: position[1], lon: position[0] };
  const plane = isObject(location.coordinates) ? location.coordinates.tm35fin : undefined;
  if (!isObject(plane)) return undefined;
  // The legacy API names the plane coordinates lat (northing) and lon (easting).
  const north = num(plane.lat);
  const east = num(plane.lon);
  return north !== undefined && east !== undefined ? tm35finToWgs84(north, east) : undefined;
}

/** LIPAS's time stamps: ISO 8601 in UTC (v2), or "2019-08-29 15:55:30.259" in UTC without a zone (v1). */
function timestamp(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  if (/[zZ]|[+-]\d\d:?\d\d$/.test(raw)) return raw;
  const iso = raw.replace(' ', 'T');
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(iso) ? `${iso}Z` : undefined;
}

/** The type's name in every language LIPAS gives it (`se` is its key for Swedish). */
export function lipasTypeName(name: unknown): LocalizedText | undefined {
  if (typeof name === 'string') return text(name) ? { fi: name.trim() } : undefined;
  if (!isObject(name)) return undefined;
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(name)) {
    const t = text(value);
    if (t) result[key === 'se' ? 'sv' : key] = t;
  }
  return Object.keys(result).length ? result : undefined;
}

/**
 * The premise a sports site is, in the contract's shape (validated by the
 * caller). `typeNames` gives each type code's name in fi, sv and en, shown as
 * the space's description line.
 */
export function mapLipasSite(site: unknown, typeNames: ReadonlyMap<number, LocalizedText>): unknown {
  if (!isObject(site)) return site;
  const id = num(site['lipas-id']) ?? num(site.sportsPlaceId);
  const location = site.location;
  const typeCode = num(field(site.type, 'type-code'));
  const localizedNames = field(site, 'name-localized');
  const typeName =
    typeCode === undefined ? undefined : (typeNames.get(typeCode) ?? lipasTypeName(field(site.type, 'name')));
  const info = text(site.comment) ?? text(field(site.properties, 'info-fi'));
  const description: Record<string, string> = { ...typeName };
  if (info) description.fi = typeName?.fi ? `${typeName.fi}\n\n${info}` : info;
  const booking = {
    url: text(field(site, 'reservations-link')),
    email: text(site.email),
    phone: text(field(site, 'phone-number')),
  };
  return {
    type: 'premise',
    id: id && `lipas:${id}`,
    name: { fi: text(site.name), sv: text(field(localizedNames, 'se')), en: text(field(localizedNames, 'en')) },
    owner: lipasOwner(site.owner),
    municipality: { code: padMunicipalityCode(field(field(location, 'city'), 'city-code')) },
    address: {
      street: text(field(location, 'address')),
      postalCode: text(field(location, 'postal-code')),
      postOffice: text(field(location, 'postal-office')),
    },
    geo: lipasGeo(location),
    spaceTypes: [lipasSpaceType(typeCode)],
    description: Object.keys(description).length ? description : undefined,
    pricing: site.freeUse === true ? { forAssociations: 'free' } : undefined,
    booking: booking.url || booking.email || booking.phone ? booking : undefined,
    url: lipasWebsite(site.www),
    updatedAt: timestamp(site['event-date'] ?? site.lastModified),
  };
}
