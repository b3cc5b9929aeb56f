import type { Plan } from '../plan/phase.js';
import type { SessionEvent } from '../session/session-event.js';
import { formatClock, plural } from './format-clock.js';
import { type Glyphs, unicodeGlyphs } from './glyphs.js';
import { formatPhaseLine, phaseLineLayout } from './phase-line.js';
import type { Reporter } from './reporter.js';
import { terminalLine } from './terminal-text.js';

// One readable line per phase, for logs, pipes and screen readers. No escape
// codes ever: these lines are meant to be read anywhere.
export function createPlainReporter(
  plan: Plan,
  write: (text: string) => void,
  glyphs: Glyphs = unicodeGlyphs,
): Reporter {
  const layout = phaseLineLayout(plan.phases, undefined, [], glyphs);
  const dot = ` ${glyphs.separator} `;
  return {
    onEvent(event) {
      const line = plainLine(event, plan);
      if (line !== undefined) write(`${line}\n`);
    },
  };

  /** A time in the phase lines' first column, lined up with theirs. */
  function clock(ms: number): string {
    return formatClock(ms).padStart(layout.clockWidth);
  }

  function plainLine(event: SessionEvent, current: Plan): string | undefined {
    switch (event.type) {
      case 'start':
        return [
          terminalLine(current.routine.title),
          plural(current.phases.length, 'phase'),
          formatClock(current.total_ms),
        ].join(dot);
      case 'phase':
        return formatPhaseLine(event.phase, layout);
      case 'pause':
        return `${clock(event.at_ms)}  paused`;
      case 'resume':
        return `${clock(event.at_ms)}  resumed after ${formatClock(event.paused_ms)}`;
      case 'skip':
      case 'back':
        return undefined; // the next phase line says where we are
      case 'end': {
        const how = event.completed ? 'Completed' : 'Stopped';
        return [how, formatClock(event.elapsed_ms), plural(event.groups_done.length, 'group')].join(
          dot,
        );
      }
    }
  }
}
