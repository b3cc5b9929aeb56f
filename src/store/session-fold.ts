import { localDayNumber } from '../stats/local-day-number.js';
import type { HistoryRecord } from './history-record.js';

// Joins history records into one row per session as they stream past, the way
// joinSessions does, but without keeping them all: a session is let go (as a
// row) once it has had no line for `idleLines` lines and every session
// started before it has been let go too. pmr writes a session's lines while
// it runs and its last check-in straight after its end, so nothing it writes
// comes that late; a hand-made line for a long-gone session is passed over
// as a line without a start is.

/** What stats need of a session, and where its lines are in the history. */
export interface SessionRow {
  /** Date.parse(started_at). */
  startMs: number;
  /** The local calendar day it started on (local-day-number.ts). */
  localDay: number;
  durationMs: number;
  completed: boolean;
  bedtime: boolean;
  /** Check-in ratings; -1 when not given. */
  before: number;
  after: number;
  /** Byte range of the history from the session's start line to the end of its last line. */
  startOffset: number;
  endOffset: number;
}

/** A session not yet let go, as kept between reads. */
export interface OpenSession extends Omit<SessionRow, 'localDay'> {
  id: string;
  finished: boolean;
  /** The line number of its last line. */
  lastLine: number;
}

/** Lines of quiet after which a session's row is taken as final. */
export const idleLines = 4000;

export class SessionFold {
  private readonly open = new Map<string, OpenSession>();

  constructor(private readonly emit: (row: SessionRow) => void) {}

  add(record: HistoryRecord, line: { start: number; end: number; number: number }): void {
    const known = this.open.get(record.id);
    if (record.type === 'start') {
      // A second start with the same id starts it over in its first place, as joinSessions does.
      this.open.set(record.id, {
        id: record.id,
        startMs: Date.parse(record.started_at),
        durationMs: 0,
        completed: false,
        bedtime: record.bedtime ?? false,
        before: -1,
        after: -1,
        startOffset: known?.startOffset ?? line.start,
        endOffset: line.end,
        finished: false,
        lastLine: line.number,
      });
      return;
    }
    if (!known) return;
    known.endOffset = line.end;
    known.lastLine = line.number;
    if (record.type === 'checkin') {
      if (record.moment === 'before') known.before = record.rating;
      else known.after = record.rating;
    } else if ((record.type === 'progress' || record.type === 'end') && !known.finished) {
      known.durationMs = record.elapsed_ms;
      if (record.type === 'end') {
        known.completed = record.completed;
        known.finished = true;
      }
    }
  }

  /** Lets go of the oldest sessions that have been quiet since `lineNumber - idleLines`. */
  settle(lineNumber: number): void {
    for (const [id, session] of this.open) {
      if (session.lastLine > lineNumber - idleLines) return;
      this.open.delete(id);
      this.emit(toRow(session));
    }
  }

  /** The sessions still open, oldest first, to carry over to the next read. */
  openSessions(): OpenSession[] {
    return [...this.open.values()].map((session) => ({ ...session }));
  }

  /** Takes up sessions carried over from an earlier read. */
  resume(sessions: readonly OpenSession[]): void {
    for (const session of sessions) this.open.set(session.id, { ...session });
  }

  /** Every session still open, as it stands now. */
  drain(): void {
    for (const session of this.open.values()) this.emit(toRow(session));
    this.open.clear();
  }
}

function toRow(session: OpenSession): SessionRow {
  const { startMs, durationMs, completed, bedtime, before, after, startOffset, endOffset } =
    session;
  return {
    startMs,
    localDay: localDayNumber(startMs),
    durationMs,
    completed,
    bedtime,
    before,
    after,
    startOffset,
    endOffset,
  };
}
