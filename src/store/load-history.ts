import { withHistoryRows } from './history-summary.js';
import { newestSessions } from './newest-sessions.js';
import type { SessionRecord } from './session-history.js';

/**
 * The newest `limit` sessions (all of them without one), newest first, read
 * through the summary so only those sessions' own lines are parsed.
 * Unreadable lines are named in warnings.
 */
export function loadSessions(
  dataDir: string,
  warn: (line: string) => void,
  limit = Number.POSITIVE_INFINITY,
): SessionRecord[] {
  return withHistoryRows(dataDir, warn, (view) => newestSessions(view, limit));
}
