import type { Plan } from '../plan/phase.js';
import type { SessionObserver } from '../session/session-observer.js';
import { formatClock, plural } from './format-clock.js';
import { formatPhaseLine, phaseLineLayout } from './phase-line.js';

// One readable line per phase, for logs, pipes and screen readers. No escape
// codes ever: these lines are meant to be read anywhere. Skips and backs say
// nothing of their own: the next phase line says where the session is.
export function createPlainReporter(plan: Plan, write: (text: string) => void): SessionObserver {
  const layout = phaseLineLayout(plan.phases);
  const line = (text: string) => write(`${text}\n`);
  return {
    name: 'the plain output',
    onStart: () =>
      line(
        `${plan.routine.title} · ${plural(plan.phases.length, 'phase')} · ${formatClock(plan.total_ms)}`,
      ),
    onPhase: (event) => line(formatPhaseLine(event.phase, layout)),
    onPause: (event) => line(`${formatClock(event.at_ms)}  paused`),
    onResume: (event) =>
      line(`${formatClock(event.at_ms)}  resumed after ${formatClock(event.paused_ms)}`),
    onEnd: (event) => {
      const how = event.completed ? 'Completed' : 'Stopped';
      line(
        `${how} · ${formatClock(event.elapsed_ms)} · ${plural(event.groups_done.length, 'group')}`,
      );
    },
  };
}
