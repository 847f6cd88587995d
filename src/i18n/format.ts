import type { Locale } from './locales.js';
import { TIME_ZONE } from '../calendar/helsinki.js';
import { own } from '../internal/lookup.js';
import { intlLocale } from './intl-locale.js';

// Intl objects are costly to build and are used on every render: one per locale and kind.
const cache = new Map<string, object>();

function cached<T extends object>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function formatNumber(locale: Locale, value: number): string {
  const tag = intlLocale(locale, 'NumberFormat');
  return cached(`n:${tag}`, () => new Intl.NumberFormat(tag)).format(value);
}

/** A calendar date such as 14.10.2026 (fi, sv) or 14/10/2026 (en). */
export function formatDate(locale: Locale, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const tag = intlLocale(locale, 'DateTimeFormat');
  return cached(
    `d:${tag}`,
    () =>
      new Intl.DateTimeFormat(tag, {
        day: 'numeric',
        month: 'numeric',
        year: 'numeric',
        timeZone: TIME_ZONE,
      }),
  ).format(date);
}

/** A clock time such as 12.30 (fi) or 12:30 (en). */
export function formatTime(locale: Locale, epochMs: number): string {
  const tag = intlLocale(locale, 'DateTimeFormat');
  return cached(
    `t:${tag}`,
    () => new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone: TIME_ZONE }),
  ).format(new Date(epochMs));
}

/** Sorts names the way the language does (å, ä, ö last in Finnish and Swedish), numbers by value. */
export function collator(locale: Locale): Intl.Collator {
  const tag = intlLocale(locale, 'Collator');
  return cached(`c:${tag}`, () => new Intl.Collator(tag, { numeric: true, sensitivity: 'base' }));
}

/**
 * Creates the language's Intl objects the first cards need (a collator, language
 * names): each takes tens of milliseconds on a phone the first time, better
 * spent while the feed downloads than in the task that shows the cards.
 */
export function warmUpIntl(locale: Locale): void {
  collator(locale);
  languageName(locale, 'fi');
}

// Every card names its languages on every render: each name is looked up once.
const languageNames = new Map<string, string>();

/** "suomi", "ruotsi" … in the UI language, with the bundle's own names for codes Intl lacks. */
export function languageName(locale: Locale, code: string): string {
  // The code comes from the feed or the address: "constructor" must not find Object.
  const bundled = own(locale.strings.languageNames, code);
  if (bundled) return bundled;
  const key = `${locale.intl} ${code}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    name = code;
    try {
      const tag = intlLocale(locale, 'DisplayNames');
      const names = cached(`l:${tag}`, () => new Intl.DisplayNames(tag, { type: 'language' }));
      name = names.of(code) ?? code;
    } catch {
      // Not a valid language tag: show the code as the feed gave it.
    }
    languageNames.set(key, name);
  }
  return name;
}
