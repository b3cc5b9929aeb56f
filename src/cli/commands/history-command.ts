import { formatClock } from '../../report/format-clock.js';
import { clipText } from '../../report/phase-line.js';
import { addDays, dayKey } from '../../stats/local-day.js';
import type { SessionOutcome, SessionRecord } from '../../store/session-history.js';

// `pmr history`: newest first, one line a session, or JSON for scripts.

const outcomeWords: Record<SessionOutcome, string> = {
  completed: '✓ completed',
  quit: '■ stopped',
  interrupted: '■ Ctrl-C',
  terminated: '■ signal',
  error: '✗ error',
  unfinished: '✗ cut off',
  running: '▶ running',
};

export function historyToJson(sessions: readonly SessionRecord[]): unknown {
  return sessions.map((session) => ({
    id: session.id,
    routine: session.routine,
    title: session.title,
    started_at: session.started_at,
    completed: session.completed,
    outcome: session.outcome,
    duration_ms: session.duration_ms,
    planned_ms: session.planned_ms,
    phases_done: session.phases_done,
    groups_done: session.groups_done,
    flags: session.flags,
    checkin: session.checkin,
    pain: session.pain,
  }));
}

export function formatHistory(
  sessions: readonly SessionRecord[],
  width: number | undefined,
  now: Date,
): string {
  if (sessions.length === 0) {
    return 'No sessions yet. `pmr work` is a gentle five-minute start.\n';
  }
  const routineWidth = Math.min(12, Math.max(...sessions.map((s) => s.routine.length)));
  // Rounded like the end-of-session summary, so both say the same time.
  const durations = sessions.map((session) => formatClock(session.duration_ms, 'round'));
  const durationWidth = durations.reduce((widest, text) => Math.max(widest, text.length), 0);
  const lines = sessions.map((session, index) => {
    const when = formatWhen(new Date(session.started_at), now);
    const { before, after } = session.checkin;
    const tension = before !== undefined && after !== undefined ? `  ${before}→${after}` : '';
    const line = [
      when.padEnd(12),
      clipText(session.routine, routineWidth).padEnd(routineWidth),
      (durations[index] ?? '').padStart(durationWidth),
      `${outcomeWords[session.outcome]}${tension}`,
    ].join('  ');
    return width === undefined ? line : clipText(line, width);
  });
  return `${lines.join('\n')}\n`;
}

/** "today 08:12", "yesterday 22:01", "Mon 18 Nov" style, in local time. */
export function formatWhen(date: Date, now: Date): string {
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  const day = dayKey(date);
  const today = dayKey(now);
  if (day === today) return `today ${time}`;
  if (day === addDays(today, -1)) return `yday  ${time}`;
  const month = date.toLocaleString('en-GB', { month: 'short' });
  return `${String(date.getDate()).padStart(2, ' ')} ${month} ${time}`;
}
