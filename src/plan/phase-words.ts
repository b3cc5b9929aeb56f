import type { Phase, PhaseKind } from './phase.js';

// The word that names each phase everywhere it is shown: screen, plain lines,
// `pmr show`. Words differ from each other so colour is never needed to tell
// phases apart.
export const phaseWords: Readonly<Record<PhaseKind, string>> = {
  setup: 'SETTLE',
  'breathe-in': 'BREATHE IN',
  'breathe-out': 'BREATHE OUT',
  prepare: 'NEXT',
  tense: 'TENSE',
  release: 'RELEASE',
  rest: 'REST',
  scan: 'SCAN',
  closing: 'CLOSE',
};

/** A tension that is only imagined is never called TENSE. */
export const imagineWord = 'IMAGINE';

/** The word for this phase: its kind's, or IMAGINE for a tension done in imagery. */
export function phaseWord(phase: Pick<Phase, 'kind' | 'mode'>): string {
  return phase.kind === 'tense' && phase.mode === 'imagery' ? imagineWord : phaseWords[phase.kind];
}

export const phaseWordWidth = Math.max(
  ...[...Object.values(phaseWords), imagineWord].map((word) => word.length),
);
