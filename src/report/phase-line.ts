import type { Phase } from '../plan/phase.js';
import { phaseWords, phaseWordWidth } from '../plan/phase-words.js';
import { formatClock, formatSeconds } from './format-clock.js';

// One readable line per phase, shared by `pmr show` and the plain reporter:
// "0:35  TENSE        Shoulders   5s  Lift your shoulders gently toward your ears."

export interface PhaseLineLayout {
  labelWidth: number;
  /** The widest time in the session, so "9:55" and "10:05" line up. */
  clockWidth: number;
  /** Groups marked as hurting before: their tension lines carry a "*". */
  sensitive?: readonly string[];
  /** Truncate the line to this many columns (undefined: never). */
  width?: number;
}

export function phaseLineLayout(
  phases: readonly Phase[],
  width?: number,
  sensitive: readonly string[] = [],
): PhaseLineLayout {
  const layout = { labelWidth: 0, clockWidth: 0, width, sensitive };
  const widest = Math.max(0, ...phases.map((phase) => phaseLabel(phase, layout).length));
  const last = phases.at(-1);
  const end = last ? last.offset_ms + last.duration_ms : 0;
  return { ...layout, labelWidth: Math.min(26, widest), clockWidth: formatClock(end).length };
}

/** The label, with the way a gentler tension is done: "Shoulders (micro)*". */
export function phaseLabel(phase: Phase, layout: Pick<PhaseLineLayout, 'sensitive'>): string {
  if (phase.kind !== 'tense') return phase.label;
  const mode = phase.mode && phase.mode !== 'full' ? ` (${phase.mode})` : '';
  const mark = phase.group && layout.sensitive?.includes(phase.group) ? '*' : '';
  return `${phase.label}${mode}${mark}`;
}

export function formatPhaseLine(phase: Phase, layout: PhaseLineLayout): string {
  const label = clipText(phaseLabel(phase, layout), layout.labelWidth).padEnd(layout.labelWidth);
  const line = [
    formatClock(phase.offset_ms).padStart(layout.clockWidth),
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
