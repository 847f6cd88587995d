/**
 * `kumppani-feed convert --from <format>`: writes a contract feed from
 * another source. Each format is one function that turns its input into raw,
 * contract-shaped items; every item then goes through the widgets' own reader
 * (`readItem`), so what the feed holds is exactly what a widget shows, and an
 * input record that cannot become a valid item is reported like an invalid
 * feed item.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readItem } from '../feed/normalize.js';
import { associationsFromCsv } from './csv.js';
import { associationsFromPtv, eventsFromLinkedEvents, premisesFromLipas } from './convert-sources.js';

export interface ConvertOptions {
  /** `--municipality`: Statistics Finland codes; a format may use them to fill in or to filter. */
  municipalities: string[];
}

/** What a format made of its input. */
export interface Converted {
  /** Raw items, each with where it came from (`row 5`, `event helsinki:123`). */
  entries: { place: string; raw: unknown }[];
  /** Input records that could not be made into items at all. */
  rejected: Rejected[];
  /** Things worth saying that are not errors (columns not read …). */
  notes: string[];
}

export interface Rejected {
  place: string;
  id?: string;
  reason: string;
}

/** One input format: its input (a file or URL as given) → raw items. */
export type Converter = (input: string, options: ConvertOptions) => Promise<Converted>;

async function readText(input: string): Promise<string> {
  if (/^https?:\/\//i.test(input)) {
    const response = await fetch(input, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  }
  return readFile(input, 'utf8');
}

/** The formats `--from` accepts. A new one is one entry here. */
export const CONVERTERS: Record<string, Converter> = {
  csv: async (input, options) => associationsFromCsv(await readText(input), options),
  linkedevents: eventsFromLinkedEvents,
  lipas: premisesFromLipas,
  ptv: associationsFromPtv,
};

export interface ConvertResult {
  feed: Record<string, unknown>;
  /** Records that are not in the feed, and why. */
  invalid: Rejected[];
  /** Fields left out of items that are in the feed. */
  dropped: (Rejected & { field: string })[];
  notes: string[];
}

/** Converts `input` from `format` into one feed page holding every valid item. */
export async function convert(format: string, input: string, options: ConvertOptions): Promise<ConvertResult> {
  const converter = CONVERTERS[format];
  if (!converter) throw new Error(`unknown format "${format}" (one of ${Object.keys(CONVERTERS).join(', ')})`);
  const converted = await converter(input, options);
  const data: unknown[] = [];
  const invalid = [...converted.rejected];
  const dropped: ConvertResult['dropped'] = [];
  const ids = new Set<string>();
  for (const { place, raw } of converted.entries) {
    const result = readItem(raw);
    if (result.kind === 'skipped') {
      invalid.push({ place, ...(result.id ? { id: result.id } : {}), reason: result.reason });
    } else if (result.kind === 'item') {
      if (ids.has(`${result.item.type} ${result.item.id}`)) {
        invalid.push({ place, id: result.item.id, reason: 'duplicate id' });
        continue;
      }
      ids.add(`${result.item.type} ${result.item.id}`);
      // The item as the widget read it: dropped fields are left out, texts trimmed, links normalised.
      data.push(result.item);
      for (const { field, reason } of result.dropped) dropped.push({ place, id: result.item.id, field, reason });
    }
  }
  const feed = {
    feedVersion: '1.1',
    generatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    source: { name: { fi: basename(input) } },
    meta: { count: data.length, next: null },
    data,
  };
  return { feed, invalid, dropped, notes: converted.notes };
}
