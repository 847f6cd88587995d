import type { Locale } from './locales.js';
import { TIME_ZONE } from '../calendar/helsinki.js';
import { own } from '../internal/lookup.js';

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
  return cached(`n:${locale.intl}`, () => new Intl.NumberFormat(locale.intl)).format(value);
}

/** A calendar date such as 14.10.2026 (fi, sv) or 14/10/2026 (en). */
export function formatDate(locale: Locale, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return cached(
    `d:${locale.intl}`,
    () =>
      new Intl.DateTimeFormat(locale.intl, {
        day: 'numeric',
        month: 'numeric',
        year: 'numeric',
        timeZone: TIME_ZONE,
      }),
  ).format(date);
}

/** A clock time such as 12.30 (fi) or 12:30 (en). */
export function formatTime(locale: Locale, epochMs: number): string {
  return cached(
    `t:${locale.intl}`,
    () => new Intl.DateTimeFormat(locale.intl, { hour: 'numeric', minute: '2-digit', timeZone: TIME_ZONE }),
  ).format(new Date(epochMs));
}

/** Sorts names the way the language does (å, ä, ö last in Finnish and Swedish), numbers by value. */
export function collator(locale: Locale): Intl.Collator {
  return cached(`c:${locale.intl}`, () => new Intl.Collator(locale.intl, { numeric: true, sensitivity: 'base' }));
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
      const names = cached(`l:${locale.intl}`, () => new Intl.DisplayNames(locale.intl, { type: 'language' }));
      name = names.of(code) ?? code;
    } catch {
      // Not a valid language tag: show the code as the feed gave it.
    }
    languageNames.set(key, name);
  }
  return name;
}
