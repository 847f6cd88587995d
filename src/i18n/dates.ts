import { standInLang, type Locale } from './locales.js';
import { dayKey, dayStart, pad, splitKey } from '../calendar/helsinki.js';

/**
 * The date words of one language. Dates and times are put together here rather
 * than by Intl, whose output differs from the Helsinki Design System style
 * (sv-FI writes "lör", fi-FI "klo" inside times) and between browser versions.
 */
export interface DateWords {
  today: string;
  tomorrow: string;
  /** Monday first. */
  weekdays: readonly string[];
  /** "14.6.2027", or "14.6." without a year. */
  date: (day: number, month: number, year?: number) => string;
  /** "12.30"; `hour` is 24 for an end at midnight. */
  time: (hour: number, minute: number) => string;
  /** A span of dates: "1.3.–31.5.2027". */
  range: (from: string, to: string) => string;
  /** A date with a time, for events over several days: "14.6. klo 18.00". */
  at: (date: string, time: string) => string;
  /** A volunteer task without an end. */
  ongoing: string;
  from: (date: string) => string;
  until: (date: string) => string;
}

const numeric = (day: number, month: number, year?: number): string => `${day}.${month}.${year ?? ''}`;
const dotted = (hour: number, minute: number): string => `${hour}.${pad(minute)}`;
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

const words = new Map<string, DateWords>([
  [
    'fi',
    {
      today: 'Tänään',
      tomorrow: 'Huomenna',
      weekdays: ['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'],
      date: numeric,
      time: dotted,
      range: (from, to) => `${from}–${to}`,
      at: (date, time) => `${date} klo ${time}`,
      ongoing: 'Jatkuva',
      from: (date) => `${date} alkaen`,
      until: (date) => `${date} asti`,
    },
  ],
  [
    'sv',
    {
      today: 'I dag',
      tomorrow: 'I morgon',
      weekdays: ['må', 'ti', 'on', 'to', 'fr', 'lö', 'sö'],
      date: numeric,
      time: dotted,
      range: (from, to) => `${from}–${to}`,
      at: (date, time) => `${date} kl. ${time}`,
      ongoing: 'Fortlöpande',
      from: (date) => `Från ${date}`,
      until: (date) => `Till ${date}`,
    },
  ],
  [
    'en',
    {
      today: 'Today',
      tomorrow: 'Tomorrow',
      weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
      date: (day, month, year) => `${day} ${MONTHS[month - 1] ?? ''}${year === undefined ? '' : ` ${year}`}`,
      time: (hour, minute) => `${pad(hour % 24)}:${pad(minute)}`,
      range: (from, to) => `${from} – ${to}`,
      at: (date, time) => `${date}, ${time}`,
      ongoing: 'Ongoing',
      from: (date) => `From ${date}`,
      until: (date) => `Until ${date}`,
    },
  ],
]);

/** Adds or replaces a language's date words (e.g. Sámi), like `registerLocale`. */
export function registerDateWords(lang: string, table: DateWords): void {
  words.set(lang.toLowerCase(), table);
}

/** The date words for a language tag: exact, then its primary subtag, then its stand-in's. */
export function dateWords(lang: string): DateWords {
  const tag = lang.toLowerCase();
  return words.get(tag) ?? words.get(tag.split('-')[0] ?? '') ?? (words.get(standInLang(tag)) as DateWords);
}

/** A `YYYY-MM-DD` date in the locale's style: "14.6.2027", "14 June 2027"; "14.6." without the year. */
export function dateText(key: string, locale: Locale, withYear = true): string {
  const [year, month, day] = splitKey(key);
  return dateWords(locale.lang).date(day, month, withYear ? year : undefined);
}

/** A day heading: "Tänään", "Huomenna", then "la 14.6.2027" / "lö 14.6.2027" / "Sat 14 June 2027". */
export function dayHeading(key: string, locale: Locale, now: Date): string {
  const w = dateWords(locale.lang);
  const today = dayKey(now.getTime());
  if (key === today) return w.today;
  if (key === dayKey(dayStart(today, 1))) return w.tomorrow;
  const [year, month, day] = splitKey(key);
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  return `${w.weekdays[weekday] ?? ''} ${w.date(day, month, year)}`;
}
