import type { SessionRow } from '../store/session-fold.js';
import { dayKey } from './local-day.js';
import { dayNumberKey, keyDayNumber, localDayStart } from './local-day-number.js';

// The current streak, read from the newest rows back and no further than it
// reaches: each row carries the latest start of any row up to it, so once
// that is before the day the streak still needs, nothing older can add to it.
// The same number as practiceStats(...).streak.current.

export interface RecentStreak {
  current: number;
  /** A completed session (of any length) started today. */
  completedToday: boolean;
}

export function recentStreak(
  forEachRowBackward: (visit: (row: SessionRow, latestStart: number) => boolean) => void,
  now: Date,
): RecentStreak {
  const todayKey = dayKey(now);
  const today = keyDayNumber(todayKey);
  const days = new Set<number>();
  let completedToday = false;
  // The earliest day the streak could still reach back to, and when it begins.
  let needed = today - 1;
  let neededFrom = localDayStart(dayNumberKey(needed));
  forEachRowBackward((row, latestStart) => {
    if (latestStart < neededFrom) return false;
    if (!row.completed) return true;
    const day = row.localDay;
    if (day === today) completedToday = true;
    if (row.durationMs > 0 && !days.has(day)) {
      days.add(day);
      const { earliest } = chain(days, today);
      const next = (earliest ?? today) - 1;
      if (next < needed) {
        needed = next;
        neededFrom = localDayStart(dayNumberKey(needed));
      }
    }
    return true;
  });
  return { current: chain(days, today).length, completedToday };
}

/** The run of days back from today (or yesterday, while today is open). */
function chain(days: ReadonlySet<number>, today: number): { length: number; earliest?: number } {
  let day = days.has(today) ? today : today - 1;
  let length = 0;
  let earliest: number | undefined;
  while (days.has(day)) {
    length++;
    earliest = day;
    day--;
  }
  return { length, earliest };
}
