import type { PhaseKind } from '../plan/phase.js';

// How many cells of a bar are filled. A breath's bar fills on the way in and
// empties on the way out; every other phase fills as it goes.
export function barCells(
  kind: PhaseKind,
  elapsedMs: number,
  durationMs: number,
  width: number,
): number {
  if (width <= 0 || durationMs <= 0) return 0;
  const progress = Math.min(1, Math.max(0, elapsedMs / durationMs));
  const fraction = kind === 'breathe-out' ? 1 - progress : progress;
  return Math.round(fraction * width);
}

/** Milliseconds until the bar would show a different number of cells. */
export function msUntilBarChange(elapsedMs: number, durationMs: number, width: number): number {
  if (width <= 0 || durationMs <= 0) return Number.POSITIVE_INFINITY;
  const cell = durationMs / width;
  // Cells change at the half-cell points because barCells rounds.
  const next = (Math.floor(elapsedMs / cell - 0.5) + 1.5) * cell;
  return Math.max(1, Math.ceil(next - elapsedMs));
}

export function barText(filled: number, width: number): string {
  const cells = Math.min(width, Math.max(0, filled));
  return '█'.repeat(cells) + '░'.repeat(width - cells);
}
