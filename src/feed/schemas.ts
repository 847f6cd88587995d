/**
 * Value schemas for contract v1 and the reasons a webmaster reads when a value
 * is rejected. Every check carries its own short English message (see
 * `validate.ts` for the building blocks).
 */
import * as v from './validate.js';
import type { Output, Schema } from './validate.js';
import type { LocalizedText } from './types.js';
import { hasVisibleText } from './visible.js';

export type { Output, Schema };

/** A validation outcome with one readable reason. */
export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Runs a schema and turns its issues into one readable line (at most three
 * distinct reasons). Paths start at `field` when given:
 * `check(localizedText(150), 42, 'name')` gives the reason `name: expected an object`.
 */
export function check<S extends Schema>(schema: S, input: unknown, field = ''): Checked<Output<S>> {
  const result = v.parse(schema, input);
  if ('value' in result) return { ok: true, value: result.value as Output<S> };
  const reasons = result.issues.map(({ path, message }) => {
    const at = field && path ? `${field}.${path}` : field || path;
    return at ? `${at}: ${message}` : message;
  });
  return { ok: false, reason: [...new Set(reasons)].slice(0, 3).join('; ') };
}

// ---------------------------------------------------------------------------
// Text

/** Language tags as keys of LocalizedText: `fi`, `sv`, `se`, `fse`, `zh-Hant`, `sr-Latn-RS`… */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * LocalizedText: keys that are not language tags and blank or non-string
 * values are ignored; values are trimmed; at least one value must remain and
 * none may exceed `max` characters.
 */
export function localizedText(max: number): Schema<LocalizedText> {
  return v.pipe(v.record(), (input, issues) => {
    const out: Record<string, string> = {};
    const mark = issues.length;
    for (const key of Object.keys(input)) {
      const value = input[key];
      if (!LANGUAGE_TAG.test(key) || typeof value !== 'string') continue;
      const text = value.trim();
      if (!hasVisibleText(text)) continue;
      if (v.longerThan(text, max)) issues.push({ path: key, message: `longer than ${max} characters` });
      out[key] = text;
    }
    if (issues.length === mark && !Object.keys(out).length) issues.push({ message: 'no text in any language' });
    return out;
  });
}

/** A plain string of at most `max` characters, trimmed, with something visible in it. */
export function plainText(max: number): Schema<string> {
  return v.string(v.trim, v.refine(hasVisibleText, 'blank'), v.maxLength(max, `longer than ${max} characters`));
}

/** The item id: a non-blank string. */
export const itemId = plainText(200);

/**
 * A list of codes (categories, themes, target groups, accessibility,
 * languages): string entries are trimmed and de-duplicated, anything else
 * (and a code that shows nothing) is left out. `min` entries must remain.
 */
export function codeList(min = 0, noun = 'code'): Schema<string[]> {
  return v.pipe(v.array, (input, issues) => {
    const codes = new Set<string>();
    for (const entry of input) {
      if (typeof entry !== 'string') continue;
      const code = entry.trim();
      if (hasVisibleText(code)) codes.add(code);
    }
    if (codes.size < min) issues.push({ message: `at least ${min} ${noun} needed` });
    return [...codes];
  });
}

// ---------------------------------------------------------------------------
// Formats

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

function urlSchema(httpsOnly: boolean): Schema<string> {
  const message = httpsOnly ? 'not an https URL' : 'not an http(s) URL';
  return v.pipe(v.string(), (input, issues) => {
    const href = httpHref(input, httpsOnly);
    if (href === undefined) issues.push({ message });
    return href ?? '';
  });
}

/** An absolute http: or https: URL. */
export const httpUrl = urlSchema(false);
/** An absolute https: URL (images: a page served over https must not load http images). */
export const httpsUrl = urlSchema(true);

/**
 * One plain address: no display name, no `mailto:`, no spaces or `<>`; the
 * domain has at least two labels (letters of any script are allowed).
 */
const EMAIL =
  /^[^\s@<>()[\]\\,;:"]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u;

export const email = v.string(
  v.trim,
  v.maxLength(254, 'longer than 254 characters'),
  v.regex(EMAIL, 'not a plain e-mail address'),
);

/** Digits with an optional leading `+`; spaces, dashes and parentheses are allowed. */
const PHONE = /^\+?[\d\s()-]+$/;

function phoneDigits(phone: string): string | undefined {
  // "+358 (0)40 …": the "(0)" is the national trunk prefix, not dialled from abroad.
  const text = phone.trim().replace(/^(\+[\d\s-]+?)\s*\(0\)/, '$1');
  if (!PHONE.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  if (digits.length < 5 || digits.length > 15) return undefined;
  if (text.startsWith('+')) return `+${digits}`;
  // "00" is the international call prefix in Finland and most of Europe.
  if (digits.startsWith('00') && digits.length > 6) return `+${digits.slice(2)}`;
  return digits;
}

/**
 * A phone number the widget can show and dial: kept as written (trimmed);
 * `telHref` makes the link.
 */
export const phone = v.string(
  v.trim,
  v.refine((text) => phoneDigits(text) !== undefined, 'not a phone number (5–15 digits, optional leading +)'),
);

/**
 * The `tel:` link for a phone number as the feed gave it, e.g.
 * `+358 40 123 4567` → `tel:+358401234567`, `040-123 4567` → `tel:0401234567`;
 * undefined when it is not a phone number.
 */
export function telHref(phoneNumber: unknown): string | undefined {
  if (typeof phoneNumber !== 'string') return undefined;
  const digits = phoneDigits(phoneNumber);
  return digits === undefined ? undefined : `tel:${digits}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD`, capturing year, month and day. */
const DATE = '(\\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])';

/** A string matching `pattern` (which starts with DATE) on a day that exists: no 30 February. */
function calendar(pattern: RegExp, message: string): Schema<string> {
  return v.string(
    v.trim,
    v.refine((text) => {
      const match = pattern.exec(text);
      return !!match && Number(match[3]) <= daysInMonth(Number(match[1]), Number(match[2]));
    }, message),
  );
}

/**
 * ISO 8601 date-time with `Z` or a `±hh:mm` offset; seconds and fractions are
 * optional. The date must exist (no 30 February).
 */
export const dateTime = calendar(
  new RegExp(`^${DATE}T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$`),
  'not a date-time with offset (e.g. 2026-10-14T12:30:00+03:00)',
);

/** A calendar date `YYYY-MM-DD` that exists. */
export const date = calendar(new RegExp(`^${DATE}$`), 'not a date (YYYY-MM-DD)');

/** Statistics Finland municipality number: three digits, e.g. "091". */
export const municipalityCode = v.string(v.trim, v.regex(/^\d{3}$/, 'invalid format (3 digits expected)'));

/** PRH register number, e.g. "123.456" or "42". */
export const registryNumber = v.string(v.trim, v.regex(/^\d{1,3}(?:\.\d{3})?$/, 'invalid format (e.g. 123.456)'));

export const postalCode = v.string(v.trim, v.regex(/^\d{5}$/, 'invalid format (5 digits expected)'));

/** One of a fixed list of values, with the list in the message. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  v.picklist(values, `not one of ${values.join(', ')}`);

export const status = oneOf(['active', 'inactive', 'dissolved']);

export const boolean = v.boolean;

/** A whole number ≥ 0 (ages, `meta.count`). */
export const count = v.custom((input, issues): number => {
  if (!Number.isSafeInteger(input) || (input as number) < 0) {
    issues.push({ message: typeof input === 'number' ? 'not a whole number ≥ 0' : 'expected a number' });
  }
  return input as number;
});

/** Any JSON object (not a list); its fields are read one by one. */
export const object = v.record();

/** Any list; its entries are read one by one. */
export const list = v.array;

/** WGS84 coordinates as `{lat, lon}` numbers; the GeoJSON `[lon, lat]` array is refused. */
export const geo = v.pipe(
  v.record('expected {"lat", "lon"}, not a [lon, lat] array'),
  (input, issues): { lat: number; lon: number } => {
    const axis = (key: 'lat' | 'lon', limit: number): number => {
      const value = input[key];
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        const message = value === undefined || value === null ? 'required' : 'expected a number';
        issues.push({ path: key, message });
      } else if (Math.abs(value) > limit) {
        issues.push({ path: key, message: 'out of range' });
      }
      return value as number;
    };
    return { lat: axis('lat', 90), lon: axis('lon', 180) };
  },
);

// ---------------------------------------------------------------------------
// Envelope

/** `MAJOR.MINOR`, e.g. "1.0". */
export const feedVersion = v.string(v.regex(/^\d+\.\d+$/, 'not MAJOR.MINOR (e.g. "1.0")'));

/** `meta.query`: parameter names. */
export const queryNames = codeList(0);
