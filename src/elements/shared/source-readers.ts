import { FeedError, type FeedData } from '../../feed/types.js';
import { parseList } from '../../internal/parse-list.js';
import { sourceFormat, unsupportedFormat, type SourceKind } from '../../sources/format.js';

/** Reads a real API's root URL for the page's municipalities. */
export type SourceReader = (
  url: string,
  options: { municipalities: readonly string[]; signal: AbortSignal },
) => Promise<FeedData>;

/** The sources read per municipality through an adapter: what each gives, and its name for the webmaster. */
const ADAPTERS = {
  ptv: { kind: 'associations', name: 'PTV' },
  lipas: { kind: 'premises', name: 'LIPAS' },
} as const;

export type AdapterFormat = keyof typeof ADAPTERS;

/**
 * The adapters the loaded code carries: `kumppani-all.js` registers PTV and
 * LIPAS, `kumppani.js` (the directory alone) PTV; a module bundled from the
 * elements' own files registers those it imports.
 */
const readers = new Map<AdapterFormat, SourceReader>();

export function registerReader(format: AdapterFormat, reader: SourceReader): void {
  readers.set(format, reader);
}

const adapterFormat = (format: string | undefined): AdapterFormat | undefined => {
  const known = sourceFormat(format);
  return known === 'ptv' || known === 'lipas' ? known : undefined;
};

/**
 * Items of `kind` from a source other than a contract feed, by the `format`
 * attribute: PTV and LIPAS are read per municipality of the page's scope.
 * Undefined for a contract feed, which the feed controller reads itself.
 */
export function loadFromSource(
  kind: SourceKind,
  format: string | undefined,
  url: string,
  municipality: string | undefined,
  signal: AbortSignal,
): Promise<FeedData> | undefined {
  if (sourceFormat(format) === 'kumppani') return undefined;
  const adapter = adapterFormat(format);
  if (!adapter || ADAPTERS[adapter].kind !== kind) return Promise.reject(unsupportedFormat(format, kind, url));
  const reader = readers.get(adapter);
  if (reader) return reader(url, { municipalities: parseList(municipality), signal });
  const missing = `format="${adapter}" needs the ${ADAPTERS[adapter].name} adapter, which kumppani-all.js carries`;
  return Promise.reject(new FeedError('format', missing, url));
}

/** What decides what `loadFromSource` reads beside the address: the format, and the municipalities an adapter asks about. */
export function sourceVariant(format: string | undefined, municipality: string | undefined): string {
  const adapter = adapterFormat(format);
  return adapter ? `${adapter} ${municipality ?? ''}` : (format ?? '');
}
