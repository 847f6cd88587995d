/** Small helpers of the demo feed generator: padding, templates, ASCII slugs and Finnish local time. */
import type { Random } from './random.js';
import type { Tpl } from './kinds.js';

export const DAY = 86_400_000;
export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
export const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

export function render<C>(tpl: Tpl<C>, ctx: C): string {
  return typeof tpl === 'string' ? tpl : tpl(ctx);
}

export function nth<T>(items: readonly T[], index: number): T {
  if (items.length === 0) throw new Error('empty template list');
  return items[index % items.length] as T;
}

/** Lower-case ASCII for domains and e-mail addresses ("Ähtävän" → "ahtavan"). */
export function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** 00:00 UTC of the last Sunday of a month (0-based month). */
function lastSundayUtc(year: number, month: number): number {
  const last = Date.UTC(year, month + 1, 0);
  return last - new Date(last).getUTCDay() * DAY;
}

/** Finland's UTC offset in hours at an instant: EEST from the last Sunday of March to that of October. */
function helsinkiOffset(utcMs: number): 2 | 3 {
  const year = new Date(utcMs).getUTCFullYear();
  const start = lastSundayUtc(year, 2) + 3_600_000;
  const end = lastSundayUtc(year, 9) + 3_600_000;
  return utcMs >= start && utcMs < end ? 3 : 2;
}

/** The instant of a Finnish wall-clock time. */
export function localToUtc(year: number, month: number, day: number, hour: number, minute: number): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const guess = wall - 2 * 3_600_000;
  return wall - helsinkiOffset(guess) * 3_600_000;
}

/** ISO 8601 in Finnish local time with its offset, e.g. "2024-06-03T18:30:00+03:00". */
export function isoLocal(utcMs: number): string {
  const offset = helsinkiOffset(utcMs);
  const d = new Date(utcMs + offset * 3_600_000);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+0${offset}:00`
  );
}

/** A random working-hours instant on a random day in [fromMs, toMs). */
export function randomInstant(rng: Random, fromMs: number, toMs: number): number {
  const days = Math.max(1, Math.floor((toMs - fromMs) / DAY));
  const d = new Date(fromMs + rng.int(0, days - 1) * DAY);
  return localToUtc(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), rng.int(7, 21), rng.int(0, 11) * 5);
}

/** Splits `total` by weight with the largest-remainder method. */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  }
  return counts;
}
