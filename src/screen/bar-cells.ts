import type { PhaseKind } from '../plan/phase.js';
import { type Glyphs, unicodeGlyphs } from '../report/glyphs.js';

// How many cells of a bar are filled. A breath's bar fills on the way in and
// empties on the way out; every other phase fills as it goes.
//
// The bar moves in ticks counted back from the phase's end, like the
// countdown: once a second for most phases, so bar and countdown change in
// the same frame, and four times a second for breaths, which the eye follows.
// Fewer frames keep the idle CPU of a session low.

export function barTickMs(kind: PhaseKind): number {
  return kind === 'breathe-in' || kind === 'breathe-out' ? 250 : 1000;
}

/** Elapsed time as the bar shows it: whole ticks, counted back from the end. */
function shownElapsed(kind: PhaseKind, elapsedMs: number, durationMs: number): number {
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
  const fraction = kind === 'breathe-out' ? 1 - progress : progress;
  return Math.round(fraction * width);
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

export function barText(filled: number, width: number, glyphs: Glyphs = unicodeGlyphs): string {
  const cells = Math.min(width, Math.max(0, filled));
  return glyphs.barFilled.repeat(cells) + glyphs.barEmpty.repeat(width - cells);
}
