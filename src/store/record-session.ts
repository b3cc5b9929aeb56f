import { randomUUID } from 'node:crypto';
import type { Plan } from '../plan/phase.js';
import type { SessionObserver } from '../session/session-observer.js';
import { appendRecord } from './history-file.js';
import type { HistoryRecord } from './history-record.js';

// Writes a session into the history as it happens: a start line, a short
// progress line as each group is released, check-ins, pain marks and an end
// line, with the counts the engine gives in its events. A session killed at
// any moment keeps everything up to its last line. A history that cannot be
// written never stops the session: one line says where the problem is.

export interface HistoryRecorder extends SessionObserver {
  readonly id: string;
  /** A check-in rating: one before is kept until the start line is written. */
  checkIn(moment: 'before' | 'after', rating: number): void;
}

export interface RecorderOptions {
  file: string;
  flags: Record<string, unknown>;
  /** A routine for winding down before sleep, counted as such by stats. */
  bedtime: boolean;
  warn: (line: string) => void;
  now?: () => Date;
}

/** Phases that mark progress worth keeping if the session is cut off there. */
const progressKinds = new Set(['release', 'scan', 'closing']);

export function createHistoryRecorder(plan: Plan, options: RecorderOptions): HistoryRecorder {
  const id = randomUUID();
  const now = options.now ?? (() => new Date());
  let broken = false;
  let started = false;
  const waiting: HistoryRecord[] = [];
  const write = (record: HistoryRecord) => {
    if (broken) return;
    try {
      appendRecord(options.file, record);
    } catch (error) {
      broken = true;
      options.warn(cannotWrite(options.file, error as NodeJS.ErrnoException, started));
    }
  };
  const groups = new Set(plan.phases.flatMap((phase) => (phase.group ? [phase.group] : []))).size;

  return {
    name: 'the history',
    id,
    onStart() {
      write({
        v: 1,
        id,
        type: 'start',
        started_at: now().toISOString(),
        pid: process.pid,
        routine: plan.routine.name,
        title: plan.routine.title,
        flags: options.flags,
        planned_ms: plan.total_ms,
        groups,
        ...(options.bedtime ? { bedtime: true } : {}),
      });
      started = true;
      for (const record of waiting.splice(0)) write(record);
    },
    onPhase({ phase, progress }) {
      if (!progressKinds.has(phase.kind)) return;
      write({
        v: 1,
        id,
        type: 'progress',
        ...progress,
        elapsed_ms: Math.round(progress.elapsed_ms),
      });
    },
    onPain(event) {
      write({ v: 1, id, type: 'pain', at_ms: Math.round(event.at_ms), group: event.group });
    },
    onEnd(event) {
      // A session stopped before it began has nothing to record.
      if (!started) return;
      write({
        v: 1,
        id,
        type: 'end',
        ended_at: now().toISOString(),
        completed: event.completed,
        reason: event.reason,
        elapsed_ms: Math.round(event.elapsed_ms),
        phases_done: event.phases_done,
        groups_done: event.groups_done,
      });
    },
    checkIn(moment, rating) {
      const record: HistoryRecord = { v: 1, id, type: 'checkin', moment, rating };
      if (started) write(record);
      else waiting.push(record);
    },
  };
}

/** One line: what went wrong with the history file, where, and what to do. */
function cannotWrite(file: string, error: NodeJS.ErrnoException, started: boolean): string {
  const fix: Record<string, string> = {
    ENOSPC: 'the disk is full; free some space',
    EDQUOT: 'your disk quota is used up; free some space',
    EISDIR: 'a folder stands where the file should be; move it aside',
    ENOTDIR: 'part of its path is a file, not a folder; move it aside',
    EACCES: 'pmr may not write there; check its permissions',
    EPERM: 'pmr may not write there; check its permissions',
    EROFS: 'it is on a read-only disk',
  };
  const code = error.code ?? 'an error';
  const what = started
    ? 'the rest of this session is not recorded'
    : 'this session is not recorded';
  return `pmr: cannot write the history at ${file} (${code}: ${fix[code] ?? error.message}); ${what}, and earlier sessions are untouched.`;
}
