import type { LocalizedText } from '../feed/types.js';
import type { Strings } from './strings.js';
import { own } from '../internal/lookup.js';
import { fi } from './fi.js';
import { sv } from './sv.js';
import { en } from './en.js';

/** A UI language: its strings and the Intl locale used for dates, numbers and sorting. */
export interface Locale {
  /** The language tag the widget marks its UI with, e.g. "fi". */
  lang: string;
  /** A locale with a region, so Swedish formats the way Finland-Swedes expect. */
  intl: string;
  strings: Strings;
}

const locales = new Map<string, Locale>([
  ['fi', { lang: 'fi', intl: 'fi-FI', strings: fi }],
  ['sv', { lang: 'sv', intl: 'sv-FI', strings: sv }],
  ['en', { lang: 'en', intl: 'en-GB', strings: en }],
]);

export const DEFAULT_LANG = 'fi' as const;

/**
 * Adds a UI language (e.g. a Sámi bundle: `se`, `smn`, `sms`) without touching
 * the elements; widgets pick it up the next time they resolve their language.
 */
export function registerLocale(locale: Locale): void {
  locales.set(locale.lang.toLowerCase(), locale);
}

/**
 * Languages of Finland whose speakers read Finnish where their own is missing:
 * the Sámi languages, Karelian, Finnish Kalo Romani, Finnish Sign Language, and
 * Meänkieli and Kven.
 */
const READ_FINNISH = new Set(['se', 'smn', 'sms', 'sma', 'smj', 'krl', 'olo', 'rmf', 'rom', 'fse', 'fit', 'fkv']);

/**
 * The built-in language that stands in for one without its own texts: Finnish
 * for no language and for the languages of Finland above; English for any
 * other, which a newcomer or a visitor reads more often than Finnish.
 */
export function standInLang(tag: string): 'fi' | 'en' {
  const primary = tag.trim().toLowerCase().split('-')[0] ?? '';
  return primary === '' || primary === DEFAULT_LANG || READ_FINNISH.has(primary) ? DEFAULT_LANG : 'en';
}

/** The best registered locale for a language tag: exact, then its primary subtag, then its stand-in. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const wanted = (tag ?? '').trim().toLowerCase();
  const exact = locales.get(wanted) ?? locales.get(wanted.split('-')[0] ?? '');
  return exact ?? (locales.get(standInLang(wanted)) as Locale);
}

export function supportedLangs(): string[] {
  return [...locales.keys()];
}

/** Feed text picked for a UI language, with the language it is actually in. */
export interface PickedText {
  text: string;
  lang: string;
}

/** Contract §2 fallback: L → fi → sv → en → the first language the text has. */
export function pickText(text: LocalizedText | undefined, lang: string): PickedText | undefined {
  if (!text) return undefined;
  for (const candidate of [lang, 'fi', 'sv', 'en']) {
    const value = own(text, candidate);
    if (value) return { text: value, lang: candidate };
  }
  for (const [key, value] of Object.entries(text)) {
    if (value) return { text: value, lang: key };
  }
  return undefined;
}
