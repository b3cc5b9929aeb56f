import type { PhaseKind } from '../plan/phase.js';
import { phaseWords } from '../plan/phase-words.js';
import type { TensionMode } from '../routine/routine.js';

// How each phase looks: a word and a symbol that differ from every other
// phase, and a colour on top for those who see it.
export interface PhaseStyle {
  word: string;
  symbol: string;
  color: string;
}

export const phaseStyles: Readonly<Record<PhaseKind, PhaseStyle>> = {
  setup: { word: phaseWords.setup, symbol: '○', color: 'white' },
  'breathe-in': { word: phaseWords['breathe-in'], symbol: '↑', color: 'cyan' },
  'breathe-out': { word: phaseWords['breathe-out'], symbol: '↓', color: 'blue' },
  tense: { word: phaseWords.tense, symbol: '▲', color: 'yellow' },
  release: { word: phaseWords.release, symbol: '▼', color: 'green' },
  rest: { word: phaseWords.rest, symbol: '·', color: 'gray' },
  scan: { word: phaseWords.scan, symbol: '◇', color: 'magenta' },
  closing: { word: phaseWords.closing, symbol: '●', color: 'green' },
};

/** How each tension mode is done, in a few words under the cue. */
export const modeHints: Readonly<Record<TensionMode, string>> = {
  full: 'gentle effort · about 4 out of 10',
  micro: 'barely there · about 2 out of 10',
  imagery: 'no movement · only imagine it',
};

/** The tag beside the banner when tension is gentler than usual. */
export const modeTags: Readonly<Record<TensionMode, string | undefined>> = {
  full: undefined,
  micro: 'micro',
  imagery: 'imagine',
};

/** A line under the cue that says how to do this phase. */
export function phaseHint(kind: PhaseKind, mode: TensionMode | null = 'full'): string | undefined {
  switch (kind) {
    case 'tense':
      return modeHints[mode ?? 'full'];
    case 'release':
      return 'notice the difference as it lets go';
    case 'breathe-out':
      return 'slower out than in';
    default:
      return undefined;
  }
}
