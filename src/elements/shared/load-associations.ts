import type { FeedData } from '../../feed/types.js';
import { parseList } from '../../internal/parse-list.js';
import { sourceFormat, unsupportedFormat } from '../../sources/format.js';
import { loadPtv } from '../../sources/ptv/index.js';

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
  if (known === 'ptv') return loadPtv(url, { municipalities: parseList(municipality), signal });
  return Promise.reject(unsupportedFormat(format, 'associations', url));
}

/** What decides what `loadAssociations` reads beside the address: the format, and PTV's municipalities. */
export function associationsVariant(format: string | undefined, municipality: string | undefined): string {
  return sourceFormat(format) === 'ptv' ? `ptv ${municipality ?? ''}` : (format ?? '');
}
