import type { PhaseKind } from '../plan/phase.js';
import { type BarGlyphs, shownElapsed } from './bar-cells.js';

// The breath pacer: a line from the middle of the row that widens through
// the in-breath and narrows through the out-breath. It follows a breath's
// own shape, slow at the turns and quicker between (half a cosine), and
// moves in the bar's ticks, four a second. It grows by two cells at a time,
// one each side, so it stays centred without a wobble.

export function isBreath(kind: PhaseKind): kind is 'breathe-in' | 'breathe-out' {
  return kind === 'breathe-in' || kind === 'breathe-out';
}

/** How open the breath is, 0 (empty) to 1 (full), at this tick. */
export function breathOpenness(kind: PhaseKind, elapsedMs: number, durationMs: number): number {
  if (durationMs <= 0) return kind === 'breathe-out' ? 0 : 1;
  const progress = Math.min(1, shownElapsed(kind, elapsedMs, durationMs) / durationMs);
  const eased = (1 - Math.cos(Math.PI * progress)) / 2;
  return kind === 'breathe-out' ? 1 - eased : eased;
}

/** Filled cells of a pacer this wide: always an even number, so the line sits centred. */
export function pacerCells(
  kind: PhaseKind,
  elapsedMs: number,
  durationMs: number,
  width: number,
): number {
  if (width <= 0) return 0;
  const half = Math.floor(width / 2);
  return 2 * Math.round(breathOpenness(kind, elapsedMs, durationMs) * half);
}

/** The pacer as text, the full width: track, the line in the middle, track. */
export function pacerText(filled: number, width: number, glyphs: BarGlyphs): string {
  const cells = Math.min(width, Math.max(0, filled));
  const left = Math.floor((width - cells) / 2);
  return (
    glyphs.barEmpty.repeat(left) +
    glyphs.barFilled.repeat(cells) +
    glyphs.barEmpty.repeat(width - cells - left)
  );
}
