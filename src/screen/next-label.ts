import type { Phase } from '../plan/phase.js';

// "Next: Calves": the next group to work with, or what follows the last one,
// so nothing comes as a surprise.
export function nextLabel(phases: readonly Phase[], index: number): string | undefined {
  const current = phases[index];
  if (!current) return undefined;
  const later = phases.slice(index + 1);
  const nextGroup = later.find((phase) => phase.kind === 'tense' && phase.step !== current.step);
  if (nextGroup) return nextGroup.label;
  return later.find((phase) => phase.step === null && phase.label !== current.label)?.label;
}
