import type { HistoryRecord, StartRecord } from './history-record.js';

// Joins a file's records into one entry per session, newest first. A session
// with a start but no end was killed (or is still running elsewhere): it
// counts for as far as its last progress line shows.

export type SessionOutcome =
  | 'completed'
  | 'quit'
  | 'interrupted'
  | 'terminated'
  | 'closed'
  | 'error'
  | 'unfinished'
  | 'running';

export interface SessionRecord {
  id: string;
  routine: string;
  title: string;
  started_at: string;
  flags: Record<string, unknown>;
  /** Run from a bedtime routine. */
  bedtime: boolean;
  planned_ms: number;
  duration_ms: number;
  phases_done: number;
  groups_done: string[];
  completed: boolean;
  outcome: SessionOutcome;
  checkin: { before?: number; after?: number };
  /** Each time x (this hurts) was pressed. */
  pain: Array<{ at_ms: number; group: string | null }>;
}

export interface JoinOptions {
  /** Whether a process still runs (a session without an end may be in progress). */
  isAlive?: (pid: number) => boolean;
  now?: Date;
}

/** A session still running after this long is taken to be a dead one whose pid was reused. */
const longestPlausibleSessionMs = 12 * 60 * 60 * 1000;

export function joinSessions(records: HistoryRecord[], options: JoinOptions = {}): SessionRecord[] {
  const isAlive = options.isAlive ?? processIsAlive;
  const now = options.now ?? new Date();
  const sessions = new Map<string, SessionRecord>();
  const starts = new Map<string, StartRecord>();
  for (const record of records) {
    if (record.type === 'start') {
      starts.set(record.id, record);
      sessions.set(record.id, {
        id: record.id,
        routine: record.routine,
        title: record.title,
        started_at: record.started_at,
        flags: record.flags,
        bedtime: record.bedtime ?? false,
        planned_ms: record.planned_ms,
        duration_ms: 0,
        phases_done: 0,
        groups_done: [],
        completed: false,
        outcome: 'unfinished',
        checkin: {},
        pain: [],
      });
      continue;
    }
    // Lines of a session whose start line was lost cannot be placed in time.
    const session = sessions.get(record.id);
    if (!session) continue;
    if (record.type === 'checkin') session.checkin[record.moment] = record.rating;
    else if (record.type === 'pain')
      session.pain.push({ at_ms: record.at_ms, group: record.group });
    else if (session.outcome === 'unfinished') {
      session.duration_ms = record.elapsed_ms;
      session.phases_done = record.phases_done;
      session.groups_done = record.groups_done;
      if (record.type === 'end') {
        session.completed = record.completed;
        session.outcome = record.reason;
      }
    }
  }
  for (const session of sessions.values()) {
    const start = starts.get(session.id);
    if (session.outcome !== 'unfinished' || !start) continue;
    const age = now.getTime() - Date.parse(start.started_at);
    if (age < longestPlausibleSessionMs && isAlive(start.pid)) session.outcome = 'running';
  }
  return [...sessions.values()].sort((a, b) => Date.parse(b.started_at) - Date.parse(a.started_at));
}

function processIsAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
