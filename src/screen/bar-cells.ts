import type { PhaseKind } from '../plan/phase.js';
import { unicodeGlyphs } from '../report/glyphs.js';

// How many cells of a bar are filled: a phase's bar fills as it goes (a
// breath has the pacer instead, pacer-cells.ts).
//
// Bar and pacer move in ticks counted back from the phase's end, like the
// countdown: once a second for most phases, so bar and countdown change in
// the same frame, and four times a second for breaths, which the eye follows.
// Fewer frames keep the idle CPU of a session low.

export function barTickMs(kind: PhaseKind): number {
  return kind === 'breathe-in' || kind === 'breathe-out' ? 250 : 1000;
}

/** Elapsed time as the bar shows it: whole ticks, counted back from the end. */
export function shownElapsed(kind: PhaseKind, elapsedMs: number, durationMs: number): number {
  const tick = barTickMs(kind);
  const remaining = Math.max(0, durationMs - elapsedMs);
  return Math.max(0, durationMs - Math.ceil(remaining / tick) * tick);
}

export function barCells(
  kind: PhaseKind,
  elapsedMs: number,
  durationMs: number,
  width: number,
): number {
  if (width <= 0 || durationMs <= 0) return 0;
  const progress = Math.min(1, shownElapsed(kind, elapsedMs, durationMs) / durationMs);
  return Math.round(progress * width);
}

/** Milliseconds until the bar's next tick. */
export function msUntilBarChange(
  kind: PhaseKind,
  elapsedMs: number,
  durationMs: number,
  width: number,
): number {
  if (width <= 0 || durationMs <= 0 || elapsedMs >= durationMs) return Number.POSITIVE_INFINITY;
  const tick = barTickMs(kind);
  const remaining = durationMs - elapsedMs;
  return remaining % tick || tick;
}

/** The cells a bar is drawn with: the glyph set's, or the dim look's shade. */
export interface BarGlyphs {
  barFilled: string;
  barEmpty: string;
}

export function barText(filled: number, width: number, glyphs: BarGlyphs = unicodeGlyphs): string {
  const cells = Math.min(width, Math.max(0, filled));
  return glyphs.barFilled.repeat(cells) + glyphs.barEmpty.repeat(width - cells);
}
