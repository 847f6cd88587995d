import type { FeedEvent, LocalizedText } from '../feed/types.js';
import { pickText } from '../i18n/locales.js';
import { TIME_ZONE, dayKey, pad, wallTime, type WallTime } from './helsinki.js';
import { encodeComponent, wellFormed } from '../internal/links.js';

/**
 * "Add to calendar" as an iCalendar file (RFC 5545) made in the browser.
 *
 * Decisions:
 * - Times are written as Helsinki wall time with a VTIMEZONE stating the EU rule,
 *   so calendars show the local time whatever zone the device is in.
 * - An event starting at 00:00 without an end becomes an all-day event
 *   (`DTSTART;VALUE=DATE`); any other event without an end gets no DTEND (the
 *   RFC then makes it end when it starts): no invented duration.
 * - DESCRIPTION is the description (else the short one), then the info URL, then
 *   the online address when LOCATION already holds a place.
 * - METHOD:PUBLISH goes without ORGANIZER: the feed has no calendar address for
 *   the organisers; calendar applications import such files as they are.
 */

const PRODUCT_ID = '-//kumppani//kumppani//EN';

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const STATUS = { scheduled: 'CONFIRMED', cancelled: 'CANCELLED', postponed: 'TENTATIVE' } as const;

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line
 * breaks as `\n`, other control characters (not allowed in TEXT) dropped.
 */
export function escapeText(value: string): string {
  return wellFormed(value)
    .replace(/\r\n?/g, '\n')
    .replace(/[\x00-\x08\x0B-\x1F\x7F]/g, '')
    .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/**
 * Folds a content line (RFC 5545 §3.1): at most 75 octets of UTF-8 a line, never
 * inside a character; each continuation starts with a space.
 */
export function foldLine(line: string): string {
  let out = '';
  let size = 0;
  for (const char of line) {
    const code = char.codePointAt(0) ?? 0;
    const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (size + bytes > 75) {
      out += '\r\n ';
      size = 1;
    }
    out += char;
    size += bytes;
  }
  return out;
}

const local = (t: WallTime): string =>
  `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;

export interface IcsOptions {
  /** The UI language; text is picked with the feed's fallback (`pickText`). */
  lang: string;
  /** For DTSTAMP: when the file is made. */
  now: Date;
  /** PRODID, a formal public identifier such as `-//City of Oulu//Events//FI`. */
  productId?: string;
}

/** A VCALENDAR with the event as its one VEVENT, lines ending in CRLF. */
export function eventToIcs(event: FeedEvent, options: IcsOptions): string {
  const text = (value: LocalizedText | undefined): string | undefined => pickText(value, options.lang)?.text;
  const { location } = event;
  const start = Date.parse(event.startTime);
  const end = Date.parse(event.endTime ?? '');
  const s = wallTime(start);
  const allDay = !event.endTime && s.hour + s.minute + s.second === 0;

  const postal = [location.address?.postalCode, location.address?.postOffice].filter(Boolean).join(' ');
  const municipality = text(location.municipality?.name);
  const place = [
    text(location.name),
    location.address?.street,
    postal,
    // "90100 Oulu, Oulu" says the same thing twice.
    municipality?.toLowerCase() === location.address?.postOffice?.toLowerCase() ? undefined : municipality,
  ].filter(Boolean);
  const description = [
    text(event.description) ?? text(event.shortDescription),
    event.infoUrl,
    place.length ? location.onlineUrl : undefined,
  ].filter(Boolean);
  const where = place.length ? place.join(', ') : location.onlineUrl;

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId ?? PRODUCT_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    // Percent-encoding keeps any feed id safe and leaves "@" only before the domain.
    `UID:${encodeComponent(event.id)}@kumppani`,
    `DTSTAMP:${options.now.toISOString().replace(/[-:]|\.\d+/g, '')}`,
    allDay ? `DTSTART;VALUE=DATE:${local(s).slice(0, 8)}` : `DTSTART;TZID=${TIME_ZONE}:${local(s)}`,
  ];
  if (!allDay && end >= start) lines.push(`DTEND;TZID=${TIME_ZONE}:${local(wallTime(end))}`);
  lines.push(`SUMMARY:${escapeText(text(event.name) ?? '')}`);
  if (description.length) lines.push(`DESCRIPTION:${escapeText(description.join('\n\n'))}`);
  if (where) lines.push(`LOCATION:${escapeText(where)}`);
  if (event.infoUrl) lines.push(`URL:${event.infoUrl}`);
  lines.push(`STATUS:${STATUS[event.eventStatus] ?? 'CONFIRMED'}`, 'END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A `data:` URL for an `<a download href>` link: no request is made. */
export function icsDataUrl(ics: string): string {
  return `data:text/calendar;charset=utf-8,${encodeComponent(ics)}`;
}

/** A safe ASCII file name: the Helsinki start date and the name, e.g. `2027-06-14-kesakonsertti.ics`. */
export function icsFileName(event: FeedEvent, lang = 'fi'): string {
  const start = Date.parse(event.startTime);
  const name = (pickText(event.name, lang)?.text ?? '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-|-$/g, '');
  return `${[Number.isNaN(start) ? '' : dayKey(start), name].filter(Boolean).join('-') || 'event'}.ics`;
}
