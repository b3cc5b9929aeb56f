import type { Plan } from '../plan/phase.js';
import type { SessionObserver } from '../session/session-observer.js';
import { formatClock, plural } from './format-clock.js';
import { type Glyphs, unicodeGlyphs } from './glyphs.js';
import { formatPhaseLine, phaseLineLayout } from './phase-line.js';
import { terminalLine } from './terminal-text.js';

// One readable line per phase, for logs, pipes and screen readers. No escape
// codes ever: these lines are meant to be read anywhere. Skips and backs say
// nothing of their own: the next phase line says where the session is.
export function createPlainReporter(
  plan: Plan,
  write: (text: string) => void,
  glyphs: Glyphs = unicodeGlyphs,
): SessionObserver {
  const layout = phaseLineLayout(plan.phases, undefined, [], glyphs);
  const dot = ` ${glyphs.separator} `;
  const line = (...parts: string[]) => write(`${parts.join(dot)}\n`);
  /** A time in the phase lines' first column, lined up with theirs. */
  const clock = (ms: number) => formatClock(ms).padStart(layout.clockWidth);
  return {
    name: 'the plain output',
    onStart: () =>
      line(
        terminalLine(plan.routine.title),
        plural(plan.phases.length, 'phase'),
        formatClock(plan.total_ms),
      ),
    onPhase: (event) => line(formatPhaseLine(event.phase, layout)),
    onPause: (event) => line(`${clock(event.at_ms)}  paused`),
    onResume: (event) =>
      line(`${clock(event.at_ms)}  resumed after ${formatClock(event.paused_ms)}`),
    onEnd: (event) =>
      line(
        event.completed ? 'Completed' : 'Stopped',
        formatClock(event.elapsed_ms),
        plural(event.groups_done.length, 'group'),
      ),
  };
}
