import { readlinkSync } from 'node:fs';
import type { DayKey } from './local-day.js';

// Calendar days as numbers: the local date of a moment, counted in days from
// 1970-01-01. Consecutive calendar days are consecutive numbers, so streaks
// and weeks need no strings; a day's key is made only for days shown.

const dayMs = 86_400_000;

/** The local calendar day of `ms`, as a number. */
export function localDayNumber(ms: number): number {
  const date = new Date(ms);
  return calendarNumber(date.getFullYear(), date.getMonth(), date.getDate());
}

/** Day number of a calendar date (month from 0), for any year. */
function calendarNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return Math.round(date.getTime() / dayMs);
}

/** The first moment of a local day. */
export function localDayStart(key: DayKey): number {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

/** The key of a day number, as dayKey writes it. */
export function dayNumberKey(number: number): DayKey {
  const date = new Date(number * dayMs);
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${date.getUTCFullYear()}-${m}-${d}`;
}

/** The number of a day key. */
export function keyDayNumber(key: DayKey): number {
  const y = Number(key.slice(0, -6));
  return calendarNumber(y, Number(key.slice(-5, -3)) - 1, Number(key.slice(-2)));
}

let zone: { tz: string | undefined; identity: number } | undefined;

/**
 * A number that changes when the local time zone's rules may have: TZ, the
 * system zone, the time-zone data's version, and the offsets at moments
 * spread over two centuries. Day numbers stored under one are reused only
 * under the same.
 */
export function zoneIdentity(): number {
  if (zone && zone.tz === process.env.TZ) return zone.identity;
  let system = '';
  try {
    system = readlinkSync('/etc/localtime');
  } catch {
    // Not a link, or no such file: the offsets below still tell zones apart.
  }
  const parts = [process.env.TZ ?? '', system, process.versions.tz ?? ''];
  for (let year = 1900; year <= 2100; year += 8)
    for (const month of [0, 3, 6, 9])
      parts.push(String(new Date(year, month, 15, 12).getTimezoneOffset()));
  // FNV-1a over the parts.
  let hash = 0x811c9dc5;
  for (const char of parts.join('|')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  zone = { tz: process.env.TZ, identity: hash };
  return hash;
}
