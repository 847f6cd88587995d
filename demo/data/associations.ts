/** What the demo feed's associations are built from: the built record, names with their suffix and number, the showcase names, and links. */
import type { Random } from './random.js';
import type { PlaceRef } from './association-texts.js';
import type { LocalizedText } from './feed-model.js';
import { ascii, pad } from './helpers.js';
import type { Kind, VenueKey } from './kinds.js';
import type { NameLang } from './places.js';

export interface Built {
  id: string;
  createdMs: number;
  /** The association's page on the service, without its number. */
  pagePrefix: string;
  kind: Kind;
  ref: PlaceRef;
  langs: readonly NameLang[];
  venue: VenueKey;
  status: 'active' | 'inactive' | 'dissolved';
  name: LocalizedText;
  item: Record<string, unknown>;
}

export function withSuffix(name: string, lang: NameLang): string {
  if (lang === 'fi') return / ry$/.test(name) ? name : `${name} ry`;
  if (lang === 'sv') return / rf$/.test(name) ? name : `${name} rf`;
  return name;
}

export function slugFor(name: string, ref: PlaceRef): string {
  const words = ascii(name.replace(/ (ry|rf)$/, ''))
    .split(' ')
    .filter(Boolean);
  const joined = words.join('');
  if (joined.length <= 32) return joined;
  const initials = words.map((w) => w[0] ?? '').join('');
  const place = ascii(ref.place.fi?.nom ?? ref.place.sv?.nom ?? ref.muni.en).replace(/ /g, '');
  return `${initials}-${place}`;
}

export function registryNumber(rng: Random, founded: number): string {
  const approx = Math.round(((Math.max(founded, 1919) - 1919) / (2025 - 1919)) * 225);
  const first = Math.min(230, Math.max(1, approx + rng.int(-4, 4)));
  return `${first}.${pad(rng.int(0, 999), 3)}`;
}

/**
 * Names a Finn expects to see: built first in their municipality (while the
 * requested count allows), the rest of the feed is drawn at random.
 */
export const SHOWCASE: readonly {
  code: string;
  kind: string;
  place?: string;
  variant: number;
  langs: readonly NameLang[];
}[] = [
  { code: '244', kind: 'sports-general', variant: 0, langs: ['fi'] },
  { code: '564', kind: 'male-choir', variant: 0, langs: ['fi'] },
  { code: '564', kind: 'visually-impaired', variant: 0, langs: ['fi'] },
  { code: '425', kind: 'pensioners', variant: 0, langs: ['fi'] },
  { code: '494', kind: 'village', variant: 0, langs: ['fi'] },
  { code: '598', kind: 'sports-general', variant: 0, langs: ['sv', 'fi'] },
  { code: '599', kind: 'pensioners', variant: 0, langs: ['sv'] },
  { code: '893', kind: 'male-choir', variant: 0, langs: ['sv'] },
  { code: '272', kind: 'volleyball', variant: 0, langs: ['fi'] },
  { code: '148', kind: 'sami-association', variant: 0, langs: ['fi', 'se'] },
  { code: '890', kind: 'sami-association', variant: 0, langs: ['se', 'fi'] },
  { code: '893', kind: 'village', place: 'jeppo', variant: 0, langs: ['sv'] },
  { code: '599', kind: 'village', place: 'kallby', variant: 0, langs: ['sv', 'fi'] },
];

/** A kind at a place, named in some languages: what an association can be built from. */
export interface Candidate {
  kind: Kind;
  ref: PlaceRef;
  langs: readonly NameLang[];
  combo: string;
  /**
   * By name variant: the names, made when first needed, and the lowest number
   * a numbered duplicate of them may still get (1: the names as they are), so
   * the 50th duplicate does not try 2 to 50 first.
   */
  variants: ({ names: LocalizedText; next: number } | undefined)[];
}

/** "Oulun Kuoro ry" as "Oulun Kuoro 3 ry". */
export function numberedName(names: LocalizedText, n: number): LocalizedText {
  return Object.fromEntries(Object.entries(names).map(([l, x]) => [l, x.replace(/( ry| rf)?$/, ` ${n}$1`)]));
}

/** One association of a kind per place: no "Kellon Kyläseura" beside "Kellon Kyläyhdistys". */
export function combo(kind: Kind, ref: PlaceRef): string {
  return `${kind.key}|${ref.muni.code}|${ref.place.key}`;
}

export function socialUrl(service: string, handle: string): string {
  switch (service) {
    case 'youtube':
      return `https://youtube.example/@${handle}`;
    case 'tiktok':
      return `https://tiktok.example/@${handle}`;
    case 'mastodon':
      return `https://mastodon.example/@${handle}`;
    case 'linkedin':
      return `https://linkedin.example/company/${handle}`;
    default:
      return `https://${service}.example/${handle}`;
  }
}
