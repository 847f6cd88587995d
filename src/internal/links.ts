/**
 * Every link the widgets build from outside text: search URLs, `mailto:` and
 * `tel:`. None of them can throw, whatever the text holds, and none lets the text
 * reach past the part of the link it belongs to.
 */
import { telHref } from '../feed/schemas.js';

const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/**
 * The text with each lone surrogate (half of an emoji cut off) replaced by U+FFFD,
 * as `String.prototype.toWellFormed` does: `encodeURIComponent` throws on one.
 */
export function wellFormed(text: string): string {
  return text.replace(SURROGATES, (char) => (char.length > 1 ? char : '\uFFFD'));
}

/** `encodeURIComponent` that cannot throw. */
export function encodeComponent(text: string): string {
  return encodeURIComponent(wellFormed(text));
}

/** `base` with the given query parameters; absent values are left out. */
export function urlWithQuery(base: string, params: Readonly<Record<string, string | undefined>>): string {
  const query = Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${encodeComponent(name)}=${encodeComponent(value)}`)
    .join('&');
  return query ? `${base}?${query}` : base;
}

const ONE_ADDRESS = /^([^@]+)@([^@]+)$/;
/** A domain of letters, digits, hyphens and dots: safe to hand to the URL parser for its punycode form. */
const PLAIN_DOMAIN = /^[\p{L}\p{N}](?:[\p{L}\p{N}.-]*[\p{L}\p{N}])?$/u;

/**
 * The `mailto:` link to exactly one address, or undefined when `address` is not
 * one `local@domain`. In a `mailto:` URI `?` starts header fields, `&` and `=`
 * separate them and `,` separates addresses (RFC 6068 §2), and a local part may
 * legally hold all of them: it is percent-encoded, so an address such as
 * `info?bcc=spy@evil.example` can never add a recipient or a header field.
 */
export function mailtoHref(address: string): string | undefined {
  const match = ONE_ADDRESS.exec(address.trim());
  if (!match) return undefined;
  const [, local = '', domain = ''] = match;
  return `mailto:${encodeComponent(local)}@${asciiDomain(domain)}`;
}

/** An internationalised domain in its ASCII (punycode) form, as RFC 6068 asks; anything else encoded. */
function asciiDomain(domain: string): string {
  if (PLAIN_DOMAIN.test(domain)) {
    try {
      const host = new URL(`http://${domain}/`).hostname;
      if (/^[a-z0-9.-]+$/.test(host)) return host;
    } catch {
      // Not a host name the URL parser takes: encoded as text below.
    }
  }
  return encodeComponent(domain);
}

export { telHref };

/**
 * The link for a contact value: `mailto:` for an e-mail address, `tel:` for a
 * phone number. The one place templates get these links from.
 */
export function contactHref(kind: 'email' | 'phone', value: string): string | undefined {
  return kind === 'email' ? mailtoHref(value) : telHref(value);
}
