import { parseList } from '../internal/parse-list.js';
import { findMunicipality, municipalityName } from '../municipalities/index.js';
import { standInLang } from '../i18n/locales.js';

/**
 * What the iframe page (`embed.html?type=directory&feed=…&municipality=…&lang=sv`)
 * shows, read from its query string: pure, so it is tested without a page.
 */

export interface FrameOptions {
  /** The element's tag, e.g. `kumppani-directory`. */
  tag: string;
  /** The element's attributes, only those it declares; `feed` is an http(s) address. */
  attributes: Record<string, string>;
  lang: 'fi' | 'sv' | 'en';
  /** A `#rrggbb` accent colour, or undefined. */
  accent: string | undefined;
  /** The document's title: the listing, and the municipalities when named. */
  title: string;
  /** Why nothing can be shown, in the page's language; undefined when all is well. */
  problem: string | undefined;
}

const LISTINGS: Record<string, Record<FrameOptions['lang'], string>> = {
  directory: { fi: 'Yhdistykset', sv: 'Föreningar', en: 'Associations' },
  events: { fi: 'Yhdistysten tapahtumat', sv: 'Föreningarnas evenemang', en: 'Events of associations' },
  volunteering: { fi: 'Vapaaehtoistehtävät', sv: 'Frivilliguppdrag', en: 'Volunteer tasks' },
  card: { fi: 'Yhdistys', sv: 'Förening', en: 'Association' },
  premises: { fi: 'Tilat yhdistyksille', sv: 'Lokaler för föreningar', en: 'Spaces for associations' },
  contact: {
    fi: 'Kunnan yhteyshenkilö yhdistyksille',
    sv: 'Kommunens kontaktperson för föreningar',
    en: "The municipality's contact for associations",
  },
};

const PROBLEMS = {
  type: { fi: 'Tuntematon näkymä', sv: 'Okänd vy', en: 'Unknown view' },
  feed: {
    fi: 'Syötteen osoitteen on alettava https://',
    sv: 'Flödets adress måste börja med https://',
    en: 'The feed address must start with https://',
  },
} as const;

/** The feed's address when it is an absolute http(s) URL; javascript:, data: and the like are refused. */
export function webAddress(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the query string. `options` gives the attributes each tag declares
 * (the element's observedAttributes); other parameters are ignored.
 */
export function frameOptions(search: string, options: (tag: string) => readonly string[] | undefined): FrameOptions {
  const query = new URLSearchParams(search);
  const requested = query.get('lang');
  const primary = (requested ?? '').toLowerCase().split('-')[0];
  const lang = primary === 'sv' || primary === 'en' ? primary : standInLang(primary ?? '');
  const type = query.get('type') ?? 'directory';
  const tag = `kumppani-${type}`;
  const declared = /^[a-z]+$/.test(type) ? options(tag) : undefined;
  const accent = /^#[0-9a-f]{6}$/i.test(query.get('accent') ?? '') ? query.get('accent')! : undefined;
  const listing = LISTINGS[type]?.[lang] ?? LISTINGS.directory![lang];
  // A code or a name of Finland's municipalities reads as its name in the page's language (never
  // the code); another name, as given.
  const places = parseList(query.get('municipality')).flatMap((part) => {
    const code = findMunicipality(part)?.code;
    return code ? [municipalityName(code, lang)!] : /^\d+$/.test(part) ? [] : [part];
  });
  const title = places.length > 0 ? `${listing} – ${[...new Set(places)].join(', ')}` : listing;
  if (!declared) return { tag, attributes: {}, lang, accent, title, problem: PROBLEMS.type[lang] };

  const attributes: Record<string, string> = { lang };
  for (const name of declared) {
    const value = query.get(name);
    if (value !== null && name !== 'lang') attributes[name] = value;
  }
  const feed = webAddress(query.get('feed'));
  if (!feed) return { tag, attributes: {}, lang, accent, title, problem: PROBLEMS.feed[lang] };
  attributes.feed = feed;
  return { tag, attributes, lang, accent, title, problem: undefined };
}
