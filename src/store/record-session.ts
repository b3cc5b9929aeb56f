import { randomUUID } from 'node:crypto';
import type { Session } from '../session/session.js';
import { appendRecord } from './history-file.js';
import type { HistoryRecord } from './history-record.js';

// Writes a session into the history as it happens: a start line, a short
// progress line as each group is released, check-ins, and an end line. A
// session killed at any moment keeps everything up to its last line. A
// history that cannot be written never stops the session: one warning.

export interface SessionRecorder {
  readonly id: string;
  checkIn(moment: 'before' | 'after', rating: number): void;
  /** Stops following the session (its end line is written when it ends). */
  detach(): void;
}

export interface RecorderOptions {
  file: string;
  flags: Record<string, unknown>;
  warn: (line: string) => void;
  now?: () => Date;
}

export function recordSession(session: Session, options: RecorderOptions): SessionRecorder {
  const id = randomUUID();
  const now = options.now ?? (() => new Date());
  const { plan } = session;
  let broken = false;
  let started = false;
  const waiting: HistoryRecord[] = [];
  const write = (record: HistoryRecord) => {
    if (broken) return;
    try {
      appendRecord(options.file, record);
    } catch (error) {
      broken = true;
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      options.warn(
        `pmr: could not write the history at ${options.file} (${reason}); this session is not recorded.`,
      );
    }
  };
  const groups = new Set(plan.phases.flatMap((phase) => (phase.group ? [phase.group] : []))).size;

  // As the engine counts them: phases reached, groups whose release began.
  const reached = new Set<number>();
  const groupsDone: string[] = [];
  const unsubscribe = session.subscribe((event) => {
    if (event.type === 'phase') {
      reached.add(event.phase.index);
      const { kind, group } = event.phase;
      if (kind === 'release' && group && !groupsDone.includes(group)) groupsDone.push(group);
    }
    if (event.type === 'start') {
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
      });
      started = true;
      for (const record of waiting.splice(0)) write(record);
    } else if (
      event.type === 'phase' &&
      ['release', 'scan', 'closing'].includes(event.phase.kind)
    ) {
      const state = session.state();
      write({
        v: 1,
        id,
        type: 'progress',
        elapsed_ms: Math.round(state.elapsedMs),
        phases_done: reached.size,
        groups_done: [...groupsDone],
      });
    } else if (event.type === 'pain') {
      write({ v: 1, id, type: 'pain', at_ms: Math.round(event.at_ms), group: event.group });
    } else if (event.type === 'end') {
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
    }
  });

  return {
    id,
    checkIn(moment, rating) {
      const record: HistoryRecord = { v: 1, id, type: 'checkin', moment, rating };
      if (started) write(record);
      else waiting.push(record);
    },
    detach: unsubscribe,
  };
}
