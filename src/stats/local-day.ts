// Calendar days in the person's own time zone. A day is "YYYY-MM-DD"; steps
// between days go through the calendar (new Date(y, m, d + n)), never by
// adding 24 hours, so days stay whole across daylight-saving changes.

export type DayKey = string;

export function dayKey(date: Date): DayKey {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The day `n` calendar days after `key` (n may be negative). */
export function addDays(key: DayKey, n: number): DayKey {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return dayKey(new Date(y, m - 1, d + n));
}

/** Whole calendar days from a to b. */
export function daysBetween(a: DayKey, b: DayKey): number {
  const utc = (key: DayKey) => {
    const [y, m, d] = key.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

/** Monday of the week that holds `key`. */
export function weekStart(key: DayKey): DayKey {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(y, m - 1, d).getDay() + 6) % 7; // Monday = 0
  return addDays(key, -weekday);
}

export const weekdayNames = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
