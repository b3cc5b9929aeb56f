import type { Plan } from '../plan/phase.js';
import { groupLabel } from './where-label.js';

// What comes after this group, so nothing comes as a surprise: "Next:
// Calves", or "Jaw again" when the next round is the same group's; after
// the last group, what follows it ("Next: Whole body"), and at the very
// end, "Last one".

export function nextLabel(plan: Pick<Plan, 'phases'>, index: number): string {
  const { phases } = plan;
  const current = phases[index];
  if (!current) return 'Last one';
  const later = phases.slice(index + 1);
  const nextStep = later.find((phase) => phase.step !== null && phase.step !== current.step);
  if (nextStep) {
    const label = groupLabel(plan, nextStep);
    return current.group !== null && nextStep.group === current.group
      ? `${label} again`
      : `Next: ${label}`;
  }
  const after = later.find((phase) => phase.step === null && phase.label !== current.label);
  return after ? `Next: ${after.label}` : 'Last one';
}
