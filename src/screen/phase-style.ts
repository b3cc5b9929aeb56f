import type { PhaseKind } from '../plan/phase.js';
import { phaseWords } from '../plan/phase-words.js';
import type { Glyphs } from '../report/glyphs.js';
import type { TensionMode } from '../routine/routine.js';

// How each phase looks: a word and a symbol (from the glyph set) that differ
// from every other phase, and a colour on top for those who see it.
export interface PhaseStyle {
  word: string;
  color: string;
}

export const phaseStyles: Readonly<Record<PhaseKind, PhaseStyle>> = {
  setup: { word: phaseWords.setup, color: 'white' },
  'breathe-in': { word: phaseWords['breathe-in'], color: 'cyan' },
  'breathe-out': { word: phaseWords['breathe-out'], color: 'blue' },
  prepare: { word: phaseWords.prepare, color: 'white' },
  tense: { word: phaseWords.tense, color: 'yellow' },
  release: { word: phaseWords.release, color: 'green' },
  rest: { word: phaseWords.rest, color: 'gray' },
  scan: { word: phaseWords.scan, color: 'magenta' },
  closing: { word: phaseWords.closing, color: 'green' },
};

/** How each tension mode is done, in a few words under the cue. */
const modeHints: Readonly<Record<TensionMode, readonly [string, string]>> = {
  full: ['gentle effort', 'about 4 out of 10'],
  micro: ['barely there', 'about 2 out of 10'],
  imagery: ['no movement', 'only imagine it'],
};

/** The tag beside the banner when tension is gentler than usual (IMAGINE says it by itself). */
export const modeTags: Readonly<Record<TensionMode, string | undefined>> = {
  full: undefined,
  micro: 'micro',
  imagery: undefined,
};

/** A line under the cue that says how to do this phase. */
export function phaseHint(
  kind: PhaseKind,
  mode: TensionMode | null,
  glyphs: Glyphs,
): string | undefined {
  switch (kind) {
    case 'tense':
      return modeHints[mode ?? 'full'].join(` ${glyphs.separator} `);
    case 'release':
      return 'notice the difference as it lets go';
    case 'breathe-out':
      return 'slower out than in';
    default:
      return undefined;
  }
}
