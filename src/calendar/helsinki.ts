/**
 * Helsinki wall-clock arithmetic. Finland follows the EU summer-time rule:
 * +03:00 from the last Sunday of March to the last Sunday of October (the switch
 * at 01:00 UTC), +02:00 otherwise. The calendar file's VTIMEZONE states the same
 * rule, so the times written there and the times the lists show always agree,
 * whatever time zone the visitor's device is in.
 */

/** Finnish municipalities live in one time zone; dates read the same for every visitor. */
export const TIME_ZONE = 'Europe/Helsinki';

const MINUTE = 60_000;

/** Day of the month of the last Sunday of a month (0–11). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Minutes Helsinki is ahead of UTC at an instant: 180 in summer, 120 in winter. */
export function helsinkiOffset(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const summer = ms >= Date.UTC(year, 2, lastSunday(year, 2), 1) && ms < Date.UTC(year, 9, lastSunday(year, 9), 1);
  return summer ? 180 : 120;
}

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
}

/** What a clock in Helsinki shows at an instant. */
export function wallTime(ms: number): WallTime {
  const d = new Date(ms + helsinkiOffset(ms) * MINUTE);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: (d.getUTCDay() + 6) % 7,
  };
}

export const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** The Helsinki calendar date of an instant, as `YYYY-MM-DD`. */
export function dayKey(ms: number): string {
  const t = wallTime(ms);
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
}

/**
 * The instant a Helsinki day begins. Month and day may overflow (month 13, day 0)
 * as with `Date.UTC`. Midnight is never inside a switch, which happens at 03/04.
 */
export function helsinkiMidnight(year: number, month: number, day: number): number {
  const utcMidnight = Date.UTC(year, month - 1, day);
  return utcMidnight - helsinkiOffset(utcMidnight) * MINUTE;
}

/** `[year, month, day]` of a `YYYY-MM-DD` key (NaNs when it is not one). */
export function splitKey(key: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
}

/** The instant the Helsinki day `key` (plus `addDays`) begins. */
export function dayStart(key: string, addDays = 0): number {
  const [year, month, day] = splitKey(key);
  return helsinkiMidnight(year, month, day + addDays);
}
