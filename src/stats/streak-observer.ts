import type { SessionObserver } from '../session/session-observer.js';
import type { SessionRecord } from '../store/session-history.js';
import { dayKey } from './local-day.js';
import { practiceStats } from './practice-stats.js';
import { streakLine } from './streak-line.js';

// The one calm line about the streak, once everything else about the session
// is done (the screen's summary, the check-in), from the history just written.
export function createStreakObserver(
  loadSessions: () => SessionRecord[],
  write: (line: string) => void,
  now: () => Date = () => new Date(),
): SessionObserver {
  return {
    name: 'the streak line',
    onEnd(event) {
      const sessions = loadSessions();
      const moment = now();
      const today = dayKey(moment);
      const completedToday =
        event.completed ||
        sessions.some((s) => s.completed && dayKey(new Date(s.started_at)) === today);
      write(`${streakLine(practiceStats(sessions, moment).streak, completedToday)}\n`);
    },
  };
}
