/**
 * What a producer wants to hear about items a widget still shows: codes the
 * taxonomy does not label, municipality codes Statistics Finland does not
 * have, entries not updated for two years, personal data without consent,
 * `http:` links, and missing Swedish texts in bilingual municipalities.
 */
import type { FeedItem, LocalizedText, Taxonomy, TaxonomyKind } from '../feed/types.js';
import { BILINGUAL_MUNICIPALITIES_2026, MUNICIPALITY_CODES_2026 } from './municipality-codes.js';

export type WarningKind =
  'unknown-code' | 'municipality-code' | 'old-update' | 'personal-data' | 'http-link' | 'swedish';

export interface ItemWarning {
  kind: WarningKind;
  /** The field concerned, from the item (`categories`, `contactPersons[0]`). */
  field: string;
  message: string;
}

type Obj = Record<string, unknown>;

const TWO_YEARS_MS = 2 * 365.25 * 24 * 60 * 60 * 1000;

const CODE_FIELDS: readonly (readonly [field: string, kind: TaxonomyKind])[] = [
  ['categories', 'categories'],
  ['targetGroups', 'targetGroups'],
  ['themes', 'themes'],
  ['accessibility', 'accessibility'],
];

/** Texts whose Swedish version a bilingual municipality's residents expect. */
const TEXT_FIELDS = ['name', 'title', 'role', 'shortDescription', 'description'];

function municipalities(item: FeedItem): [field: string, code: string][] {
  const found: [string, string][] = [];
  const record = item as unknown as Obj;
  const home = record.municipality as { code: string } | undefined;
  if (home) found.push(['municipality', home.code]);
  if (item.type === 'association') item.areaServed.forEach((area, i) => found.push([`areaServed[${i}]`, area.code]));
  if (item.type === 'event' && item.location.municipality) {
    found.push(['location.municipality', item.location.municipality.code]);
  }
  return found;
}

/** Contact entries in the raw item that carry a name, e-mail or phone without `consent: true`. */
function personalWithoutConsent(raw: Obj, item: FeedItem): string[] {
  const personal = (entry: unknown): boolean => {
    const person = entry as Obj | null;
    return !!person && person.consent !== true && ['name', 'email', 'phone'].some((key) => person[key] != null);
  };
  if (item.type === 'contactPoint') return raw.consent !== true && raw.name != null ? ['name'] : [];
  const field = item.type === 'association' ? 'contactPersons' : item.type === 'volunteerTask' ? 'contact' : '';
  const value = field ? raw[field] : undefined;
  if (Array.isArray(value)) return value.flatMap((entry, i) => (personal(entry) ? [`${field}[${i}]`] : []));
  return value && personal(value) ? [field] : [];
}

/** Every `http:` link in the item (links are normalised, so the scheme is lower case). */
function httpLinks(value: unknown, path: string, found: string[]): string[] {
  if (typeof value === 'string') {
    if (value.startsWith('http:')) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((entry, i) => httpLinks(entry, `${path}[${i}]`, found));
  } else if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) httpLinks(entry, path ? `${path}.${key}` : key, found);
  }
  return found;
}

/** The warnings for one item the widget keeps; `raw` is the item as the feed gave it. */
export function itemWarnings(item: FeedItem, raw: Obj, taxonomy: Taxonomy, now: number): ItemWarning[] {
  const warnings: ItemWarning[] = [];
  const record = item as unknown as Obj;
  for (const [field, kind] of CODE_FIELDS) {
    const codes = record[field];
    if (!Array.isArray(codes)) continue;
    const unknown = codes.filter((code: string) => !taxonomy[kind].has(code));
    if (unknown.length) {
      const message = `not in the taxonomy (${unknown.join(', ')}): a widget hides these ${field}`;
      warnings.push({ kind: 'unknown-code', field, message });
    }
  }
  for (const [field, code] of municipalities(item)) {
    if (!MUNICIPALITY_CODES_2026.has(code)) {
      warnings.push({
        kind: 'municipality-code',
        field,
        message: `${code} is not a Statistics Finland municipality code (2026)`,
      });
    }
  }
  const updatedAt = record.updatedAt as string | undefined;
  if (updatedAt && now - Date.parse(updatedAt) > TWO_YEARS_MS) {
    warnings.push({ kind: 'old-update', field: 'updatedAt', message: `not updated for over two years (${updatedAt})` });
  }
  for (const field of personalWithoutConsent(raw, item)) {
    const message = 'personal data (name, e-mail or phone) without "consent": true; a widget does not show it';
    warnings.push({ kind: 'personal-data', field, message });
  }
  for (const field of httpLinks(item, '', [])) {
    warnings.push({ kind: 'http-link', field, message: 'an http: link; use https:' });
  }
  const bilingual = municipalities(item).find(([, code]) => BILINGUAL_MUNICIPALITIES_2026.has(code));
  if (bilingual) {
    for (const field of TEXT_FIELDS) {
      const text = record[field] as LocalizedText | undefined;
      if (text && !text.sv) {
        const message = `no Swedish text (sv), though municipality ${bilingual[1]} is bilingual`;
        warnings.push({ kind: 'swedish', field, message });
      }
    }
  }
  return warnings;
}
