import type { SessionObserver } from '../session/session-observer.js';
import type { RecentStreak } from './recent-streak.js';
import { streakLine } from './streak-line.js';

// The one calm line about the streak, once everything else about the session
// is done (the screen's summary, the check-in), from the history just written.
export function createStreakObserver(
  readStreak: (now: Date) => RecentStreak,
  write: (line: string) => void,
  now: () => Date = () => new Date(),
): SessionObserver {
  return {
    name: 'the streak line',
    onEnd(event) {
      const { current, completedToday } = readStreak(now());
      write(`${streakLine(current, event.completed || completedToday)}\n`);
    },
  };
}
