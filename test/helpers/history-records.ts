import { appendRecord } from '../../src/store/history-file.js';
import type { EndRecord } from '../../src/store/history-record.js';

export interface RecordedSession {
  id: string;
  /** When it started and ended (ISO 8601). */
  at: string;
  reason?: EndRecord['reason'];
  elapsed_ms?: number;
  groups_done?: string[];
}

/** A whole `work` session in a history file, as pmr writes one: start, check-ins, end. */
export function appendWorkSession(file: string, session: RecordedSession): void {
  const { id, at, reason = 'completed' } = session;
  appendRecord(file, {
    v: 1,
    id,
    type: 'start',
    started_at: at,
    pid: 1,
    routine: 'work',
    title: 'Five-minute reset',
    flags: {},
    planned_ms: 290_000,
    groups: 4,
  });
  appendRecord(file, { v: 1, id, type: 'checkin', moment: 'before', rating: 6 });
  appendRecord(file, {
    v: 1,
    id,
    type: 'end',
    ended_at: at,
    completed: reason === 'completed',
    reason,
    elapsed_ms: session.elapsed_ms ?? 290_000,
    phases_done: 20,
    groups_done: session.groups_done ?? ['jaw', 'shoulders', 'hands', 'lower-back'],
  });
  appendRecord(file, { v: 1, id, type: 'checkin', moment: 'after', rating: 2 });
}
