import type { PhaseKind } from './phase.js';

// The word that names each phase everywhere it is shown: screen, plain lines,
// `pmr show`. Words differ from each other so colour is never needed to tell
// phases apart.
export const phaseWords: Readonly<Record<PhaseKind, string>> = {
  setup: 'SETTLE',
  'breathe-in': 'BREATHE IN',
  'breathe-out': 'BREATHE OUT',
  tense: 'TENSE',
  release: 'RELEASE',
  rest: 'REST',
  scan: 'SCAN',
  closing: 'CLOSE',
};

export const phaseWordWidth = Math.max(...Object.values(phaseWords).map((word) => word.length));
