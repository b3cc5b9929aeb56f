import { addDays, type DayKey, daysBetween } from './local-day.js';

export interface Streaks {
  /** Days in a row up to today, or up to yesterday if today has no session yet. */
  current: number;
  best: number;
}

// A streak is consecutive calendar days with at least one completed session.
export function streaks(days: ReadonlySet<DayKey>, today: DayKey): Streaks {
  let current = 0;
  let day = days.has(today) ? today : addDays(today, -1);
  while (days.has(day)) {
    current++;
    day = addDays(day, -1);
  }
  let best = 0;
  let run = 0;
  let previous: DayKey | undefined;
  for (const key of [...days].sort()) {
    run = previous !== undefined && daysBetween(previous, key) === 1 ? run + 1 : 1;
    best = Math.max(best, run);
    previous = key;
  }
  return { current, best };
}
