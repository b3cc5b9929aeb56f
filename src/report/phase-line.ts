import type { Phase } from '../plan/phase.js';
import { phaseWord, phaseWordWidth } from '../plan/phase-words.js';
import { clipText, padEnd, padStart, widest } from './display-width.js';
import { formatClock, formatSeconds } from './format-clock.js';
import { type Glyphs, unicodeGlyphs } from './glyphs.js';
import { terminalLine } from './terminal-text.js';

// One readable line per phase, shared by `pmr show` and the plain reporter:
// "0:35  TENSE        Shoulders   5s  Lift your shoulders gently toward your ears."

export interface PhaseLineLayout {
  /** Columns of the label column. */
  labelWidth: number;
  /** The widest time in the session, so "9:55" and "10:05" line up. */
  clockWidth: number;
  /** Groups marked as hurting before: their tension lines carry a "*". */
  sensitive?: readonly string[];
  /** Truncate the line to this many columns (undefined: never). */
  width?: number;
  /** The ellipsis that marks a cut. */
  glyphs?: Glyphs;
}

export function phaseLineLayout(
  phases: readonly Phase[],
  width?: number,
  sensitive: readonly string[] = [],
  glyphs: Glyphs = unicodeGlyphs,
): PhaseLineLayout {
  const layout = { labelWidth: 0, clockWidth: 0, width, sensitive, glyphs };
  const labels = widest(phases.map((phase) => terminalLine(phaseLabel(phase, layout))));
  const last = phases.at(-1);
  const end = last ? last.offset_ms + last.duration_ms : 0;
  return { ...layout, labelWidth: Math.min(26, labels), clockWidth: formatClock(end).length };
}

/** The label, with the way a gentler tension is done: "Shoulders (micro)*". */
export function phaseLabel(phase: Phase, layout: Pick<PhaseLineLayout, 'sensitive'>): string {
  if (phase.kind !== 'tense') return phase.label;
  const mode = phase.mode && phase.mode !== 'full' ? ` (${phase.mode})` : '';
  const mark = phase.group && layout.sensitive?.includes(phase.group) ? '*' : '';
  return `${phase.label}${mode}${mark}`;
}

export function formatPhaseLine(phase: Phase, layout: PhaseLineLayout): string {
  const ellipsis = (layout.glyphs ?? unicodeGlyphs).ellipsis;
  const label = terminalLine(phaseLabel(phase, layout));
  const line = [
    padStart(formatClock(phase.offset_ms), layout.clockWidth),
    phaseWord(phase).padEnd(phaseWordWidth),
    padEnd(clipText(label, layout.labelWidth, ellipsis), layout.labelWidth),
    formatSeconds(phase.duration_ms).padStart(6),
    terminalLine(phase.cue),
  ].join('  ');
  return layout.width === undefined ? line : clipText(line, layout.width, ellipsis);
}
