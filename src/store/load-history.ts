import { historyPath, readRecords } from './history-file.js';
import { joinSessions, type SessionRecord } from './session-history.js';

/** Every recorded session, newest first; unreadable lines are named in warnings. */
export function loadSessions(dataDir: string, warn: (line: string) => void): SessionRecord[] {
  const { records, problems } = readRecords(historyPath(dataDir));
  for (const problem of problems) warn(`pmr: ${problem}`);
  return joinSessions(records);
}
