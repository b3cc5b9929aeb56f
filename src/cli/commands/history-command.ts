import type { Display } from '../../report/display.js';
import { clipText, padEnd, padStart, widest } from '../../report/display-width.js';
import { formatClock } from '../../report/format-clock.js';
import type { Glyphs } from '../../report/glyphs.js';
import { terminalLine } from '../../report/terminal-text.js';
import { addDays, dayKey } from '../../stats/local-day.js';
import type { SessionOutcome, SessionRecord } from '../../store/session-history.js';

// `pmr history`: newest first, one line a session, or JSON for scripts.

type OutcomeMark = 'completed' | 'stopped' | 'failed' | 'running';

const outcomeWords: Record<SessionOutcome, readonly [OutcomeMark, string]> = {
  completed: ['completed', 'completed'],
  quit: ['stopped', 'stopped'],
  interrupted: ['stopped', 'Ctrl-C'],
  terminated: ['stopped', 'signal'],
  closed: ['stopped', 'output closed'],
  error: ['failed', 'error'],
  unfinished: ['failed', 'cut off'],
  running: ['running', 'running'],
};

function outcomeText(outcome: SessionOutcome, glyphs: Glyphs): string {
  const [mark, words] = outcomeWords[outcome];
  return `${glyphs[mark]} ${words}`;
}

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
    bedtime: session.bedtime,
    checkin: session.checkin,
    pain: session.pain,
  }));
}

export function formatHistory(
  sessions: readonly SessionRecord[],
  display: Display,
  now: Date,
): string {
  if (sessions.length === 0) {
    return 'No sessions yet. `pmr work` is a gentle five-minute start.\n';
  }
  const { width, glyphs } = display;
  // A routine's name comes from the history file, which may have been edited
  // by hand: made safe, then measured in columns.
  const routines = sessions.map((session) => terminalLine(session.routine));
  const routineWidth = Math.min(12, widest(routines));
  // Rounded like the end-of-session summary, so both say the same time.
  const durations = sessions.map((session) => formatClock(session.duration_ms, 'round'));
  const durationWidth = widest(durations);
  const lines = sessions.map((session, index) => {
    const when = formatWhen(new Date(session.started_at), now);
    const { before, after } = session.checkin;
    const tension =
      before !== undefined && after !== undefined ? `  ${before}${glyphs.arrow}${after}` : '';
    const line = [
      when.padEnd(12),
      padEnd(clipText(routines[index] ?? '', routineWidth, glyphs.ellipsis), routineWidth),
      padStart(durations[index] ?? '', durationWidth),
      `${outcomeText(session.outcome, glyphs)}${tension}`,
    ].join('  ');
    return width === undefined ? line : clipText(line, width, glyphs.ellipsis);
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
