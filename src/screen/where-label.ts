import type { Plan } from '../plan/phase.js';

// Where the session stands, for the header: a step number, or the part of
// the session around the steps.
export function whereLabel(plan: Plan, index: number): string {
  const phase = plan.phases[index];
  if (!phase) return '';
  if (phase.step !== null) return `step ${phase.step + 1} of ${plan.steps}`;
  const firstStep = plan.phases.findIndex((candidate) => candidate.step !== null);
  return firstStep === -1 || index < firstStep ? 'settling in' : 'closing';
}
