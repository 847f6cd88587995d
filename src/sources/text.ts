/**
 * Text as real APIs give it, made into the plain text of the contract. HTML is
 * never parsed by the browser (no DOMParser, which a Trusted Types policy would
 * refuse anyway): tags are read as text and dropped, block ends become line
 * breaks, and character references are decoded. The result is shown as text.
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  auml: 'ä',
  Auml: 'Ä',
  ouml: 'ö',
  Ouml: 'Ö',
  aring: 'å',
  Aring: 'Å',
  eacute: 'é',
  uuml: 'ü',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  euro: '€',
  shy: '',
};

/** Decodes `&amp;`, `&#228;`, `&#xE4;` and the named references above; others are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

const BLOCK_END = /<\/?(?:p|div|h[1-6]|ul|ol|table|section|article|blockquote|header|footer)\b[^>]*>/gi;
const LINE_BREAK = /<(?:br|\/tr)\b[^>]*>/gi;
const LIST_ITEM = /<li\b[^>]*>/gi;
/** Elements whose content is not text for a reader. */
const HIDDEN = /<(script|style|template|noscript|iframe|object)\b[\s\S]*?<\/\1\s*>/gi;
const LINK = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a\s*>/gi;

/**
 * Plain text from HTML: paragraphs separated by a blank line, `<br>` as a line
 * break, list items on lines of their own, a link as its text followed by its
 * address in brackets when the text does not already show it.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(HIDDEN, '')
    .replace(LINK, (_whole, a?: string, b?: string, c?: string, inner = '') => {
      const href = decodeEntities(a ?? b ?? c ?? '').trim();
      const label = inner.replace(/<[^>]*>/g, '').trim();
      const shown = decodeEntities(label);
      return /^https?:\/\//i.test(href) && !shown.includes(href.replace(/^https?:\/\//i, '').replace(/\/$/, ''))
        ? `${label} (${href})`
        : label;
    })
    .replace(BLOCK_END, '\n\n')
    .replace(LINE_BREAK, '\n')
    .replace(LIST_ITEM, '\n• ')
    .replace(/<[^>]*>/g, '');
  return tidy(decodeEntities(text));
}

/** White space tidied: runs of spaces to one, lines trimmed, at most one blank line between paragraphs. */
function tidy(text: string): string {
  return text
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whether a string holds markup worth converting (most API text fields are plain). */
export const looksLikeHtml = (text: string): boolean => /<[a-z/!][^>]*>|&(?:#\d+|#x[\da-f]+|[a-z]+);/i.test(text);

/**
 * A multilingual field as the contract's LocalizedText: only languages with a
 * non-blank string; `null`, `""` and non-strings are left out. `convert` turns
 * each value into plain text. Undefined when no language has text.
 */
export function localized(
  value: unknown,
  convert: (text: string) => string = (text) => text.trim(),
): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [lang, text] of Object.entries(value as Record<string, unknown>)) {
    if (typeof text !== 'string') continue;
    const plain = convert(text);
    if (plain) out[lang] = plain;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Text of at most `max` characters: cut at a word boundary with an ellipsis when longer. */
export function fitText(text: string, max: number): string {
  if ([...text].length <= max) return text;
  const cut = [...text].slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The first of the preferred languages that has text, then any other. */
export function firstText(text: Readonly<Record<string, string>> | undefined): string | undefined {
  if (!text) return undefined;
  return text.fi ?? text.sv ?? text.en ?? Object.values(text)[0];
}
