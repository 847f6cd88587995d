import { mergeTaxonomy } from '../feed/taxonomy.js';
import { FeedError, type FeedData, type LocalizedText } from '../feed/types.js';
import { findMunicipality } from '../municipalities/index.js';

export type SourceFormat = 'kumppani' | 'linkedevents' | 'ptv' | 'lipas';
export type SourceKind = 'associations' | 'events' | 'tasks' | 'premises';

export const SOURCE_FORMATS: readonly SourceFormat[] = ['kumppani', 'linkedevents', 'ptv', 'lipas'];

/** What each format gives, in words for the webmaster's console. */
const GIVES: Record<SourceFormat, string> = {
  kumppani: 'associations, events, volunteer tasks and premises',
  linkedevents: 'events and volunteer tasks',
  ptv: 'associations',
  lipas: 'premises',
};

/** The `format` attribute's value, or undefined for one this version does not read. */
export function sourceFormat(value: string | null | undefined): SourceFormat | undefined {
  const format = (value ?? 'kumppani').trim().toLowerCase() || 'kumppani';
  return SOURCE_FORMATS.find((known) => known === format);
}

/** Why a `format` cannot give a list of `kind`, as the error the webmaster reads in the console. */
export function unsupportedFormat(format: string | undefined, kind: SourceKind, url: string): FeedError {
  const known = sourceFormat(format);
  const message = known
    ? `format="${known}" gives ${GIVES[known]}, not ${kind}`
    : `format="${format ?? ''}" is not one kumppani reads (${SOURCE_FORMATS.join(', ')})`;
  return new FeedError('format', message, url);
}

/**
 * What a queried source shows beside its answers before any has come: its name
 * for the attribution and the default labels. Its items come query by query.
 */
export function queriedFeedData(url: string, name: LocalizedText): FeedData {
  return {
    url,
    feedVersion: '1.0',
    source: { name },
    taxonomy: mergeTaxonomy(),
    associations: [],
    events: [],
    tasks: [],
    premises: [],
    contactPoints: [],
    otherItems: 0,
    skipped: [],
    dropped: [],
    receivedAt: Date.now(),
  };
}

/**
 * The Statistics Finland codes a source read per municipality (PTV, LIPAS) is asked
 * about, from the codes and names the page gives, each once. A FeedError names the
 * source when none is a municipality of Finland.
 */
export function askedMunicipalities(source: string, entries: readonly string[], url: string): string[] {
  const codes = [...new Set(entries.map((entry) => findMunicipality(entry)?.code))].filter(
    (code): code is string => !!code,
  );
  if (!codes.length) {
    throw new FeedError('format', `${source} is read by municipality: name one in the municipality attribute`, url);
  }
  return codes;
}
