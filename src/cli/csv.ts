/**
 * Associations from a spreadsheet saved as CSV (UTF-8 with or without a byte
 * order mark; `,` or `;` between fields, as Excel writes in Finland), one row
 * an association. The columns are documented in the README and shown in
 * `templates/associations.csv`. The file is parsed by papaparse (quoted
 * fields, line breaks inside quotes), never by splitting lines.
 */
import Papa from 'papaparse';
import type { Converted, ConvertOptions } from './convert.js';

/** Columns holding LocalizedText, by prefix: `name_fi`, `name_sv`, `description_se` … */
const TEXT_COLUMNS: Record<string, string> = {
  name: 'name',
  short_description: 'shortDescription',
  description: 'description',
};

/** Columns holding lists of codes (separated by commas, semicolons, bars or spaces). */
const LIST_COLUMNS: Record<string, string> = {
  categories: 'categories',
  themes: 'themes',
  target_groups: 'targetGroups',
  languages: 'languages',
  accessibility: 'accessibility',
};

const PLAIN_COLUMNS: Record<string, string> = {
  id: 'id',
  registry_number: 'registryNumber',
  status: 'status',
  url: 'url',
};

const SOCIAL_COLUMNS = ['facebook', 'instagram', 'x', 'youtube', 'tiktok', 'linkedin', 'mastodon'];

const OTHER_COLUMNS = [
  'municipality',
  'area_served',
  'street',
  'postal_code',
  'post_office',
  'lat',
  'lon',
  'email',
  'phone',
  'website',
  'open_to_new_members',
  'join_url',
  'updated_at',
];

const TEXT_COLUMN = /^(name|short_description|description)_([a-z]{2,3}(?:-[a-z0-9]{1,8})*)$/i;

/** Whether `column` is one this converter reads. */
export function knownColumn(column: string): boolean {
  return (
    TEXT_COLUMN.test(column) ||
    column in LIST_COLUMNS ||
    column in PLAIN_COLUMNS ||
    SOCIAL_COLUMNS.includes(column) ||
    OTHER_COLUMNS.includes(column)
  );
}

const codes = (cell: string): string[] => cell.split(/[\s,;|]+/).filter(Boolean);

/** A number as a Finnish spreadsheet may write it (`64,9126`); other text is passed on for the reader to refuse. */
const decimal = (cell: string): number | string =>
  /^-?\d+(?:[.,]\d+)?$/.test(cell) ? Number(cell.replace(',', '.')) : cell;

/** `kyllä`, `ja`, `yes`, `true`, `x`, `1` → true; `ei`, `nej`, `no`, `false`, `0` → false. */
function yesNo(cell: string): boolean | string {
  const word = cell.toLowerCase();
  if (['kyllä', 'kylla', 'ja', 'yes', 'true', 'x', '1'].includes(word)) return true;
  if (['ei', 'nej', 'no', 'false', '0'].includes(word)) return false;
  return cell;
}

/** A date-time as the contract wants it; a date alone (2026-10-14 or 14.10.2026) is taken as that day, 00:00 UTC. */
function dateTime(cell: string): string {
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(cell);
  const iso = finnish ? `${finnish[3]}-${finnish[2]!.padStart(2, '0')}-${finnish[1]!.padStart(2, '0')}` : cell;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : cell;
}

/** One row as a raw association (blank cells left out); `municipality` fills a blank municipality cell. */
function rowToItem(row: Record<string, string>, municipality: string | undefined): Record<string, unknown> {
  const item: Record<string, unknown> = { type: 'association' };
  const cell = (column: string): string | undefined => row[column]?.trim() || undefined;
  for (const [column, value] of Object.entries(row)) {
    const text = TEXT_COLUMN.exec(column);
    if (text && value.trim()) {
      const field = TEXT_COLUMNS[text[1]!.toLowerCase()]!;
      item[field] = { ...(item[field] as object), [text[2]!.toLowerCase()]: value.trim() };
    }
  }
  for (const [column, field] of Object.entries(PLAIN_COLUMNS)) if (cell(column)) item[field] = cell(column);
  for (const [column, field] of Object.entries(LIST_COLUMNS)) if (cell(column)) item[field] = codes(cell(column)!);
  const home = cell('municipality') ?? municipality;
  if (home) item.municipality = { code: home };
  if (cell('area_served')) item.areaServed = codes(cell('area_served')!).map((code) => ({ code }));
  const address = { street: cell('street'), postalCode: cell('postal_code'), postOffice: cell('post_office') };
  if (Object.values(address).some(Boolean)) item.address = address;
  if (cell('lat') || cell('lon')) item.geo = { lat: decimal(cell('lat') ?? ''), lon: decimal(cell('lon') ?? '') };
  const social = SOCIAL_COLUMNS.filter((service) => cell(service)).map((service) => ({ service, url: cell(service) }));
  const contact = {
    email: cell('email'),
    phone: cell('phone'),
    website: cell('website'),
    ...(social.length ? { social } : {}),
  };
  if (Object.values(contact).some(Boolean)) item.contact = contact;
  const open = cell('open_to_new_members');
  if (open || cell('join_url')) item.membership = { openToNewMembers: open && yesNo(open), joinUrl: cell('join_url') };
  if (cell('updated_at')) item.updatedAt = dateTime(cell('updated_at')!);
  return item;
}

/**
 * The rows of a CSV text as raw associations, placed by spreadsheet row
 * (`row 2` is the first under the header). Rows the CSV parser could not read
 * and unknown columns are reported.
 */
export function associationsFromCsv(text: string, options: ConvertOptions): Converted {
  const content = text.replace(/^\uFEFF/, '');
  const header = content.slice(0, content.search(/\r?\n|$/));
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  const parsed = Papa.parse<Record<string, string>>(content, {
    header: true,
    delimiter,
    skipEmptyLines: 'greedy',
    transformHeader: (column) => column.trim().toLowerCase(),
  });
  const converted: Converted = { entries: [], rejected: [], notes: [] };
  const broken = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.row !== undefined) broken.set(error.row, `${error.message} (CSV)`);
    else converted.rejected.push({ place: 'file', reason: `${error.message} (CSV)` });
  }
  const unknown = (parsed.meta.fields ?? []).filter((column) => column && !knownColumn(column));
  if (unknown.length) converted.notes.push(`columns not read: ${unknown.join(', ')}`);
  parsed.data.forEach((row, index) => {
    // Papaparse counts data rows from 0; a spreadsheet shows the header as row 1.
    const place = `row ${index + 2}`;
    const problem = broken.get(index);
    if (problem) converted.rejected.push({ place, ...(row.id ? { id: row.id } : {}), reason: problem });
    else converted.entries.push({ place, raw: rowToItem(row, options.municipalities[0]) });
  });
  return converted;
}
