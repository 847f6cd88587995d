import { FeedError, type FeedData } from '../../feed/types.js';
import { parseList } from '../../internal/parse-list.js';
import { sourceFormat, unsupportedFormat } from '../../sources/format.js';

/** Reads spaces from a real API's root URL for the page's municipalities. */
export type PremisesReader = (
  url: string,
  options: { municipalities: readonly string[]; signal: AbortSignal },
) => Promise<FeedData>;

/** The adapters the loaded code carries: the LIPAS adapter registers itself where it is imported (`kumppani-all.js`, the npm package). */
const readers = new Map<string, PremisesReader>();

export function registerPremisesReader(format: 'lipas', reader: PremisesReader): void {
  readers.set(format, reader);
}

/**
 * Spaces from a source other than a contract feed, by the `format` attribute:
 * LIPAS is read per municipality of the page's scope. Undefined for a contract
 * feed, which the feed controller reads itself.
 */
export function loadPremises(
  format: string | undefined,
  url: string,
  municipality: string | undefined,
  signal: AbortSignal,
): Promise<FeedData> | undefined {
  const known = sourceFormat(format);
  if (known === 'kumppani') return undefined;
  const reader = known && readers.get(known);
  if (reader) return reader(url, { municipalities: parseList(municipality), signal });
  if (known === 'lipas') {
    return Promise.reject(
      new FeedError('format', 'format="lipas" needs the LIPAS adapter, which kumppani-all.js carries', url),
    );
  }
  return Promise.reject(unsupportedFormat(format, 'premises', url));
}
