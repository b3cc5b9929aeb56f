import { addDays, type DayKey } from './local-day.js';

export interface Streaks {
  /** Days in a row up to today, or up to yesterday if today has no session yet. */
  current: number;
  best: number;
}

// A streak is consecutive calendar days with at least one completed session.
export function streaks(days: ReadonlySet<DayKey>, today: DayKey): Streaks {
  return {
    current: currentStreak(days, today),
    best: bestStreak(Float64Array.from([...days].sort(), dayNumber)),
  };
}

/** Days in a row up to today, or up to yesterday if today has no session yet. */
export function currentStreak(days: ReadonlySet<DayKey>, today: DayKey): number {
  let current = 0;
  let day = days.has(today) ? today : addDays(today, -1);
  while (days.has(day)) {
    current++;
    day = addDays(day, -1);
  }
  return current;
}

/**
 * The longest run of consecutive days, given in order as numbers (days since
 * 1970-01-01, as daysBetween counts them). Years of practice are thousands
 * of days, so no strings are split here.
 */
export function bestStreak(numbers: Float64Array): number {
  let best = 0;
  let run = 0;
  let previous: number | undefined;
  for (const number of numbers) {
    if (number === previous) continue;
    run = previous !== undefined && Math.round(number - previous) === 1 ? run + 1 : 1;
    best = Math.max(best, run);
    previous = number;
  }
  return best;
}

/** Days since 1970-01-01 of a "YYYY-MM-DD" key, as daysBetween counts them. */
function dayNumber(key: DayKey): number {
  const y = Number(key.slice(0, -6));
  return Date.UTC(y, Number(key.slice(-5, -3)) - 1, Number(key.slice(-2))) / 86_400_000;
}
