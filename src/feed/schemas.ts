/**
 * Value schemas for contract v1 (§2) in zod, and the reasons a webmaster reads
 * when a value is rejected. A check that JSON Schema can state (a pattern, a
 * range) is written as that zod check, so the published schema carries it;
 * what it cannot (the URL parser, characters counted as a reader counts them)
 * is a refinement beside it, and `json-schema.ts` states it for producers.
 *
 * Strings are checked as given and then trimmed, so patterns allow the white
 * space around a value that the widget ignores.
 */
import * as z from './zod.js';
import { hasVisibleText } from './visible.js';

type Issue = z.core.$ZodRawIssue;

/**
 * Messages for issues whose check carries none of its own: a missing, null or
 * blank value is `required` (the reader drops it silently where it is optional),
 * a value of another JSON type is `expected …`.
 */
export function messageOf(issue: Issue): string | undefined {
  const input = issue.input;
  if (input == null || (typeof input === 'string' && !input.trim())) return 'required';
  if (issue.code === 'invalid_type') {
    if (issue.expected === 'array') return 'expected a list';
    if (issue.expected === 'object' || issue.expected === 'record')
      return Array.isArray(input) ? 'expected an object, not a list' : 'expected an object';
    return `expected a ${issue.expected}`;
  }
  if (issue.code === 'invalid_value') return `not one of ${issue.values.join(', ')}`;
  return undefined;
}

/** Characters as a reader counts them (an emoji is one): code points, counted without copying the text. */
export function textLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

/** Whether a text has more than `max` characters; most texts are shorter in UTF-16 units already. */
export const longerThan = (text: string, max: number): boolean => text.length > max && textLength(text) > max;

/** `^…$` around `pattern`, allowing white space on either side (the value is trimmed after the check). */
const padded = (pattern: string, flags?: string): RegExp => new RegExp(`^\\s*(?:${pattern})\\s*$`, flags);

/** A blank string counts as absent: `required`, and no other check runs on it. */
const present = z.refine<string>((text) => !!text.trim(), { error: 'required', abort: true });

/** A string of only invisible characters (zero-width, bidi controls) would show as nothing: `blank`. */
const visible = z.refine<string>(hasVisibleText, { error: 'blank', abort: true });

/** A string passed through `checks`, then trimmed. */
const text = (...checks: z.core.$ZodCheck<string>[]) => z.string().check(present, visible, ...checks, z.trim());

const pattern = (source: string, message: string, flags?: string) => z.regex(padded(source, flags), message);

/** Factories give one instance per set of arguments, so `json-schema.ts` can recognise them. */
function memo<A extends (string | number)[], T>(make: (...args: A) => T): (...args: A) => T {
  const made = new Map<string, T>();
  return (...args) => {
    const key = args.join(' ');
    if (!made.has(key)) made.set(key, make(...args));
    return made.get(key)!;
  };
}

// ---------------------------------------------------------------------------
// Text

/** Language tags as keys of LocalizedText: `fi`, `sv`, `se`, `fse`, `zh-Hant`, `sr-Latn-RS`… */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * LocalizedText: keys that are not language tags and blank or non-string
 * values are ignored; values are trimmed; at least one value must remain and
 * none may exceed `max` characters.
 */
export const localizedText = memo((max: number) =>
  z.pipe(
    z.looseObject({}),
    z.transform((input: Record<string, unknown>, payload): Readonly<Record<string, string>> => {
      const out: Record<string, string> = {};
      for (const key of Object.keys(input)) {
        const value = input[key];
        if (!LANGUAGE_TAG.test(key) || typeof value !== 'string' || !hasVisibleText(value)) continue;
        if (longerThan(value, max)) {
          payload.issues.push({ code: 'custom', input: value, path: [key], message: `longer than ${max} characters` });
        }
        out[key] = value.trim();
      }
      if (!payload.issues.length && !Object.keys(out).length) {
        payload.issues.push({ code: 'custom', input, message: 'no text in any language' });
      }
      return out;
    }),
  ),
);

/** A plain, non-blank string of at most `max` characters, trimmed. */
export const plainText = memo((max: number) =>
  text(z.refine<string>((value) => !longerThan(value, max), `longer than ${max} characters`)),
);

/** The item id: a non-blank string. */
export const itemId = plainText(200);

/**
 * A list of codes (categories, themes, target groups, accessibility,
 * languages): string entries are trimmed and de-duplicated, anything else is
 * left out. `min` entries must remain; `noun` names them in the message.
 */
export const codeList = memo((min: number, noun: string) =>
  z.pipe(
    z.array(z.unknown()),
    z.transform((input: unknown[], payload): string[] => {
      const codes = new Set<string>();
      for (const entry of input) if (typeof entry === 'string' && hasVisibleText(entry)) codes.add(entry.trim());
      if (codes.size < min) payload.issues.push({ code: 'custom', input, message: `at least ${min} ${noun} needed` });
      return [...codes];
    }),
  ),
);

// ---------------------------------------------------------------------------
// Links, addresses, numbers

/**
 * An http(s) URL that `URL` leaves exactly as it is: a lower-case host name
 * ending in a letter label (never an IP address to normalise), no port, no
 * user, a path, and only characters that need no percent-encoding.
 */
const CANONICAL_HTTP_URL =
  /^https?:\/\/(?:(?!xn--)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}\/[\w!$&()*+,\-./:;=?@~%#]*$/;
/** A "." or ".." path segment (also percent-encoded), which `URL` resolves. */
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:[/?#]|$)/i;

/**
 * The absolute http(s) URL in `value`, normalised (`URL.href`), or undefined.
 * Relative URLs, other schemes (`javascript:`, `data:`, `vbscript:` …) and URLs
 * with a user name or password (`https://bank.example@evil.example/`) are refused.
 */
export function httpHref(value: unknown, httpsOnly = false): string | undefined {
  if (typeof value !== 'string') return undefined;
  // A national feed holds half a million links; most are already in the form `URL`
  // would give them, and checking that is much cheaper than parsing them.
  if (CANONICAL_HTTP_URL.test(value) && !DOT_SEGMENT.test(value)) {
    return httpsOnly && !value.startsWith('https:') ? undefined : value;
  }
  return parsedHttpHref(value, httpsOnly);
}

/** `httpHref` by the URL parser alone: what its shortcut must always agree with. */
export function parsedHttpHref(value: string, httpsOnly = false): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  const schemeOk = url.protocol === 'https:' || (!httpsOnly && url.protocol === 'http:');
  if (!schemeOk || !url.hostname || url.username || url.password) return undefined;
  return url.href;
}

/**
 * The shape JSON Schema can check (scheme, a host without user or password);
 * the URL parser decides the rest. Schemes in any case, as `URL` reads them.
 */
const URL_SHAPE = (https: boolean) =>
  `[hH][tT][tT][pP]${https ? '[sS]' : '[sS]?'}://[^\\s/?#\\\\@\\[\\]<>^|%]+(?:[/?#\\\\]\\S*)?`;

function urlSchema(httpsOnly: boolean) {
  const message = httpsOnly ? 'not an https URL' : 'not an http(s) URL';
  return z.pipe(
    z.string().check(present, pattern(URL_SHAPE(httpsOnly), message)),
    z.transform((input: string, payload): string => {
      const href = httpHref(input, httpsOnly);
      if (href === undefined) payload.issues.push({ code: 'custom', input, message });
      return href ?? '';
    }),
  );
}

/** An absolute http: or https: URL, normalised. */
export const httpUrl = urlSchema(false);
/** An absolute https: URL (images: a page served over https must not load http images). */
export const httpsUrl = urlSchema(true);

/**
 * One plain address: no display name, no `mailto:`, no spaces or `<>`; the
 * domain has at least two labels (letters of any script are allowed).
 */
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
export const email = text(
  z.refine<string>((value) => !longerThan(value, 254), 'longer than 254 characters'),
  pattern(`[^\\s@<>()[\\]\\\\,;:"]+@${LABEL}(?:\\.${LABEL})+`, 'not a plain e-mail address', 'u'),
);

/**
 * Digits with an optional leading `+`; spaces, dashes and parentheses between
 * them; 5–15 digits (a trunk "(0)" after the country code counts as one).
 */
const PHONE = '\\+?(?:[\\s()-]*\\d){5,15}[\\s()-]*';

/**
 * A phone number the widget can show and dial: kept as written (trimmed);
 * `telHref` makes the link.
 */
export const phone = text(pattern(PHONE, 'not a phone number (5–15 digits, optional leading +)'));

const PHONE_PATTERN = padded(PHONE);

/**
 * The `tel:` link for a phone number as the feed gave it, e.g.
 * `+358 40 123 4567` → `tel:+358401234567`, `040-123 4567` → `tel:0401234567`;
 * undefined when it is not a phone number.
 */
export function telHref(phoneNumber: unknown): string | undefined {
  if (typeof phoneNumber !== 'string' || !PHONE_PATTERN.test(phoneNumber)) return undefined;
  // "+358 (0)40 …": the "(0)" is the national trunk prefix, not dialled from abroad.
  const text = phoneNumber.trim().replace(/^(\+[\d\s-]+?)\s*\(0\)/, '$1');
  const digits = text.replace(/\D/g, '');
  if (text.startsWith('+')) return `tel:+${digits}`;
  // "00" is the international call prefix in Finland and most of Europe.
  if (digits.startsWith('00') && digits.length > 6) return `tel:+${digits.slice(2)}`;
  return `tel:${digits}`;
}

/**
 * `YYYY-MM-DD` on a day that exists (no 30 February; 29 February in leap
 * years of the Gregorian calendar), as one pattern JSON Schema can carry too.
 */
const DATE =
  '\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
  '|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29';

/**
 * ISO 8601 date-time with `Z` or a `±hh:mm` offset; seconds and fractions are
 * optional. The date must exist.
 */
export const dateTime = text(
  pattern(
    `(?:${DATE})T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)`,
    'not a date-time with offset (e.g. 2026-10-14T12:30:00+03:00)',
  ),
);

/** A calendar date `YYYY-MM-DD` that exists. */
export const date = text(pattern(DATE, 'not a date (YYYY-MM-DD)'));

/** Statistics Finland municipality number: three digits, e.g. "091". */
export const municipalityCode = text(pattern('\\d{3}', 'invalid format (3 digits expected)'));

/** PRH register number, e.g. "123.456" or "42". */
export const registryNumber = text(pattern('\\d{1,3}(?:\\.\\d{3})?', 'invalid format (e.g. 123.456)'));

export const postalCode = text(pattern('\\d{5}', 'invalid format (5 digits expected)'));

/** One of a fixed list of values (compared exactly); the message lists them. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values);

/** A whole number ≥ 0 (ages, `meta.count`). */
export const count = z
  .number()
  .check(
    z.gte(0, 'not a whole number ≥ 0'),
    z.lte(Number.MAX_SAFE_INTEGER, 'not a whole number ≥ 0'),
    z.multipleOf(1, 'not a whole number ≥ 0'),
  );

/** A whole number ≥ 1 (a premise's capacity). */
export const positiveCount = z
  .number()
  .check(
    z.gte(1, 'not a whole number ≥ 1'),
    z.lte(Number.MAX_SAFE_INTEGER, 'not a whole number ≥ 1'),
    z.multipleOf(1, 'not a whole number ≥ 1'),
  );

const coordinate = (limit: number) => z.number().check(z.gte(-limit, 'out of range'), z.lte(limit, 'out of range'));

/** WGS84 coordinates as `{lat, lon}` numbers; the GeoJSON `[lon, lat]` array is refused. */
export const geo = z.object(
  { lat: coordinate(90), lon: coordinate(180) },
  {
    error: (issue) =>
      Array.isArray(issue.input) ? 'expected {"lat", "lon"}, not a [lon, lat] array' : messageOf(issue),
  },
);

// ---------------------------------------------------------------------------
// Envelope

/** `MAJOR.MINOR`, e.g. "1.0". */
export const feedVersion = z.string().check(z.regex(/^\d+\.\d+$/, 'not MAJOR.MINOR (e.g. "1.0")'));
