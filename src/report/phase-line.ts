import type { Phase } from '../plan/phase.js';
import { phaseWords, phaseWordWidth } from '../plan/phase-words.js';
import { formatClock, formatSeconds } from './format-clock.js';

// One readable line per phase, shared by `pmr show` and the plain reporter:
// "00:35  TENSE        Shoulders   5s  Lift your shoulders gently toward your ears."

export interface PhaseLineLayout {
  labelWidth: number;
  /** Truncate the line to this many columns (undefined: never). */
  width?: number;
}

export function phaseLineLayout(phases: readonly Phase[], width?: number): PhaseLineLayout {
  const labelWidth = Math.min(18, Math.max(0, ...phases.map((phase) => phase.label.length)));
  return { labelWidth, width };
}

export function formatPhaseLine(phase: Phase, layout: PhaseLineLayout): string {
  const label = clipText(phase.label, layout.labelWidth).padEnd(layout.labelWidth);
  const line = [
    formatClock(phase.offset_ms),
    phaseWords[phase.kind].padEnd(phaseWordWidth),
    label,
    formatSeconds(phase.duration_ms).padStart(6),
    phase.cue,
  ].join('  ');
  return layout.width === undefined ? line : clipText(line, layout.width);
}

/** Cut text to a number of columns, marking the cut with an ellipsis. */
export function clipText(text: string, width: number): string {
  if (width <= 0) return '';
  if (text.length <= width) return text;
  return `${text.slice(0, Math.max(0, width - 1))}…`;
}
