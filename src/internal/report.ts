/**
 * What a widget tells the webmaster's console about invalid data: plain text
 * first, so it can be read and copied, then the objects for inspection.
 */
import type { DroppedField, SkippedItem } from '../feed/types.js';
import { emit } from './events.js';

function lines(entries: ReadonlyArray<{ id: string; reason: string; field?: string }>): string {
  return entries.map((entry) => `\n  ${entry.id}${entry.field ? ` ${entry.field}` : ''}: ${entry.reason}`).join('');
}

/** Warns once about the invalid items and fields of the data read from `url`; nothing when there are none. */
export function warnInvalid(url: string, skipped: readonly SkippedItem[], dropped: readonly DroppedField[]): void {
  if (skipped.length > 0) {
    console.warn(`kumppani: ${skipped.length} invalid item(s) in ${url} were left out:${lines(skipped)}`, skipped);
  }
  if (dropped.length > 0) {
    console.warn(`kumppani: ${dropped.length} invalid field(s) in ${url} were ignored:${lines(dropped)}`, dropped);
  }
}

/**
 * A page of a server's search answer with invalid items or fields: the console, and
 * `kumppani-invalid` for the page's scripts (`kumppani-load` means the feed loaded).
 */
export function reportInvalidAnswer(
  host: HTMLElement,
  url: string,
  skipped: readonly SkippedItem[],
  dropped: readonly DroppedField[],
): void {
  if (skipped.length + dropped.length === 0) return;
  warnInvalid(url, skipped, dropped);
  emit(host, 'kumppani-invalid', { url, skipped: [...skipped], dropped: [...dropped] });
}
