/**
 * Every link the widgets build from outside text: search URLs, `mailto:` and
 * `tel:`. None of them can throw, whatever the text holds, and none lets the text
 * reach past the part of the link it belongs to.
 */
import { telHref } from '../feed/schemas.js';

/** With the `u` flag a surrogate pair is one code point, so only a lone half matches. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/**
 * The text with each lone surrogate (half of an emoji cut off) replaced by U+FFFD,
 * as `String.prototype.toWellFormed` does: `encodeURIComponent` throws on one.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** `encodeURIComponent` that cannot throw: every URL part made from outside text goes through it. */
export function encodeComponent(text: string): string {
  return encodeURIComponent(wellFormed(text));
}

const ONE_ADDRESS = /^([^@]+)@([^@]+)$/;

/**
 * The `mailto:` link to exactly one address, or undefined when `address` is not
 * one `local@domain`. In a `mailto:` URI `?` starts header fields, `&` and `=`
 * separate them and `,` separates addresses (RFC 6068 §2), and a local part may
 * legally hold all of them: both parts are percent-encoded, so an address such as
 * `info?bcc=spy@evil.example` can never add a recipient or a header field. (A
 * non-ASCII domain goes as percent-encoded UTF-8, which §2 allows.)
 */
export function mailtoHref(address: string): string | undefined {
  const match = ONE_ADDRESS.exec(address.trim());
  return match ? `mailto:${encodeComponent(match[1]!)}@${encodeComponent(match[2]!)}` : undefined;
}

export { telHref };

/**
 * The link for a contact value: `mailto:` for an e-mail address, `tel:` for a
 * phone number. The one place templates get these links from.
 */
export function contactHref(kind: 'email' | 'phone', value: string): string | undefined {
  return kind === 'email' ? mailtoHref(value) : telHref(value);
}
