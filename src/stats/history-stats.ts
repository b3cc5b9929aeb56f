import { withHistoryRows } from '../store/history-summary.js';
import type { PracticeStats } from './practice-stats.js';
import { practiceStatsFromRows } from './practice-stats-from-rows.js';
import { type RecentStreak, recentStreak } from './recent-streak.js';

// Stats straight from the history's summary rows: `pmr stats` reads each row
// once; the streak line at a session's end reads back only as far as the
// streak goes. Unreadable lines are named in warnings.

export function loadPracticeStats(
  dataDir: string,
  warn: (line: string) => void,
  now: Date,
): PracticeStats {
  return withHistoryRows(dataDir, warn, (view) => practiceStatsFromRows(view, now));
}

export function loadRecentStreak(
  dataDir: string,
  warn: (line: string) => void,
  now: Date,
): RecentStreak {
  return withHistoryRows(dataDir, warn, (view) => recentStreak(view.forEachRowBackward, now));
}
