import { FeedError, type FeedData } from '../../feed/types.js';
import { parseList } from '../../internal/parse-list.js';
import { sourceFormat, unsupportedFormat } from '../../sources/format.js';

/** Reads associations from a real API's root URL for the page's municipalities. */
export type AssociationReader = (
  url: string,
  options: { municipalities: readonly string[]; signal: AbortSignal },
) => Promise<FeedData>;

/**
 * The adapters the loaded file carries: `kumppani.js` holds the directory for
 * contract feeds alone, `kumppani-all.js` registers PTV too, so a page that
 * does not read PTV does not download its adapter.
 */
const readers = new Map<string, AssociationReader>();

export function registerAssociationReader(format: 'ptv', reader: AssociationReader): void {
  readers.set(format, reader);
}

/**
 * Associations from a source other than a contract feed, by the `format`
 * attribute: PTV is read per municipality of the page's scope. Undefined for a
 * contract feed, which the feed controller reads itself.
 */
export function loadAssociations(
  format: string | undefined,
  url: string,
  municipality: string | undefined,
  signal: AbortSignal,
): Promise<FeedData> | undefined {
  const known = sourceFormat(format);
  if (known === 'kumppani') return undefined;
  const reader = known && readers.get(known);
  if (reader) return reader(url, { municipalities: parseList(municipality), signal });
  if (known === 'ptv') {
    const missing = 'format="ptv" needs kumppani-all.js, which carries the PTV adapter (this page loaded kumppani.js)';
    return Promise.reject(new FeedError('format', missing, url));
  }
  return Promise.reject(unsupportedFormat(format, 'associations', url));
}

/** What decides what `loadAssociations` reads beside the address: the format, and PTV's municipalities. */
export function associationsVariant(format: string | undefined, municipality: string | undefined): string {
  return sourceFormat(format) === 'ptv' ? `ptv ${municipality ?? ''}` : (format ?? '');
}
