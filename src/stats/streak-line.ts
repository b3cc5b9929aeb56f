import type { Streaks } from './streaks.js';

// The one calm line about the streak at the end of a session.
export function streakLine(streak: Streaks, completedToday: boolean): string {
  if (completedToday) {
    return streak.current <= 1
      ? 'Day one of a streak. Tomorrow, if you can.'
      : `${streak.current} days in a row. That steadiness is what counts.`;
  }
  return streak.current > 0
    ? `Your streak is ${streak.current} ${streak.current === 1 ? 'day' : 'days'}; a full session today adds one.`
    : 'A full session starts a streak, whenever you are ready.';
}
