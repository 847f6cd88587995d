/** Plain-text reports of the `kumppani-feed` commands (`--json` prints the objects themselves). */
import type { ConvertResult } from './convert.js';
import type { FeedStats } from './stats.js';
import type { Place, ValidationReport } from './validate.js';

const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** `page 2 data[41].contact.website (id "x:1")`; the page only when the feed has several. */
function where(place: Place, pages: number): string {
  const page = pages > 1 ? `page ${place.page} ` : '';
  const id = place.id ? ` (id "${place.id}")` : '';
  return `${page}${place.path}${id}`;
}

function section(title: string, lines: string[]): string {
  return lines.length ? `\n${title}\n${lines.map((line) => `  ${line}\n`).join('')}` : '';
}

export function formatValidation(report: ValidationReport): string {
  const { items, pages } = report;
  const head =
    `Feed ${report.source}: version ${report.feedVersion}, ${plural(pages, 'page')}\n` +
    `Items: ${items.total.toLocaleString('en')} read, ${items.valid.toLocaleString('en')} valid, ` +
    `${items.total - items.valid - items.otherTypes} invalid, ${items.otherTypes} of types the widgets do not show\n`;
  const stopped = report.pagingStopped
    ? [`stopped following meta.next (${report.pagingStopped.reason}) at ${report.pagingStopped.url}`]
    : [];
  const summary =
    `\nResult: ${plural(report.invalidItems.length, 'invalid item')}, ` +
    `${plural(report.droppedFields.length, 'dropped field')}, ${plural(report.envelope.length, 'envelope problem')}, ` +
    `${plural(report.warnings.length, 'warning')}${stopped.length ? ', paging stopped' : ''}\n`;
  return (
    head +
    section(
      'Invalid items (the widgets skip them):',
      report.invalidItems.map((f) => `${where(f, pages)}: ${f.reason}`),
    ) +
    section(
      'Dropped fields (the widgets show the item without them):',
      report.droppedFields.map((f) => `${where(f, pages)}: ${f.reason}`),
    ) +
    section(
      'Envelope (the contract asks for these):',
      report.envelope.map((f) => `${where(f, pages)}: ${f.reason}`),
    ) +
    section('Paging:', stopped) +
    section(
      'Warnings:',
      report.warnings.map((w) => `${where(w, pages)}: ${w.message}`),
    ) +
    summary
  );
}

const counts = (record: Record<string, number>): string[] =>
  Object.entries(record).map(([key, count]) => `${key}: ${count.toLocaleString('en')}`);

export function formatStats(stats: FeedStats): string {
  return (
    `Feed ${stats.source}: ${plural(stats.pages, 'page')}, ${stats.invalid} invalid items, ` +
    `${stats.otherTypes} of other types\n` +
    section('Items by type:', counts(stats.types)) +
    section('By municipality:', counts(stats.municipalities)) +
    section('By category:', counts(stats.categories)) +
    section('By language:', counts(stats.languages)) +
    section(
      'Updated longest ago:',
      stats.oldest.map((o) => `${o.updatedAt} ${o.type} ${o.id}`),
    )
  );
}

export function formatConversion(result: ConvertResult, out?: string): string {
  const count = (result.feed.data as unknown[]).length;
  const id = (entry: { id?: string }): string => (entry.id ? ` (id "${entry.id}")` : '');
  return (
    `${plural(count, 'item')} written${out ? ` to ${out}` : ''}\n` +
    section(
      'Not converted (they would not be valid items):',
      result.invalid.map((r) => `${r.place}${id(r)}: ${r.reason}`),
    ) +
    section(
      'Fields left out:',
      result.dropped.map((d) => `${d.place}${id(d)} ${d.field}: ${d.reason}`),
    ) +
    section('Notes:', result.notes)
  );
}
