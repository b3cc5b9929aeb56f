import type { PhaseKind } from '../plan/phase.js';
import { formatClock } from '../report/format-clock.js';
import { type BarGlyphs, barText } from './bar-cells.js';
import { isBreath, pacerText } from './pacer-cells.js';

// The texts that change as time passes, shared by the frame Ink draws and
// the cells rewritten in place between frames, so both always agree.

/** Whole seconds left in the phase, right-aligned in four cells: "  9s", " 12s". */
export function countdownText(countdown: number): string {
  return `${countdown}s`.padStart(4);
}

/** Time left in the session, for the header: "2:10 left". */
export function clockText(sessionLeftSeconds: number): string {
  return `${formatClock(sessionLeftSeconds * 1000)} left`;
}

/** The bar, or during breaths the pacer. */
export function progressText(kind: PhaseKind, cells: number, width: number, glyphs: BarGlyphs) {
  return isBreath(kind) ? pacerText(cells, width, glyphs) : barText(cells, width, glyphs);
}
