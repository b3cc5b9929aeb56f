import type { Phase } from '../plan/phase.js';

// What is said at each phase: written for listening with the eyes closed,
// so the group comes first and each instruction ends with a settling word.

export function spokenWords(phase: Phase): string {
  const cue = phase.cue.replace(/[.!]+$/, '');
  switch (phase.kind) {
    case 'tense':
      return phase.mode === 'imagery'
        ? `${phase.label}. ${cue}.`
        : `${phase.label}. ${cue}... and hold.`;
    case 'release':
      return `And release. ${cue}.`;
    case 'breathe-in':
      return 'Breathe in.';
    case 'breathe-out':
      return 'And out, slowly.';
    case 'rest':
      return 'Rest.';
    default:
      return `${cue}.`;
  }
}
