import type { Phase, Plan } from '../plan/phase.js';

// Where the session stands, for the header, in the person's terms: the
// group, its round when groups repeat, and how far through the groups
// ("Jaw · round 2 of 2 · 3 of 4 groups"); or the part of the session around
// the groups. Wordings go from the fullest to the shortest, so a narrow
// header takes the first that fits.

export function whereLabels(plan: Plan, index: number, separator: string): string[] {
  const phase = plan.phases[index];
  if (!phase) return [''];
  const dot = ` ${separator} `;
  const { place } = phase;
  if (place) {
    const label = groupLabel(plan, phase);
    const rounds = place.rounds > 1;
    // One group alone needs no count of groups.
    const groups = place.groups > 1;
    const full = [
      label,
      ...(rounds ? [`round ${place.round} of ${place.rounds}`] : []),
      ...(groups ? [`${place.group} of ${place.groups} groups`] : []),
    ];
    const short = [
      ...(rounds ? [`round ${place.round}/${place.rounds}`] : []),
      ...(groups ? [`group ${place.group}/${place.groups}`] : []),
    ];
    const forms = [full, [label, ...short], short, short.slice(-1), [label]];
    return unique(forms.filter((form) => form.length > 0).map((form) => form.join(dot)));
  }
  if (phase.step !== null) return [`step ${phase.step + 1} of ${plan.steps}`];
  const firstStep = plan.phases.findIndex((candidate) => candidate.step !== null);
  return [firstStep === -1 || index < firstStep ? 'settling in' : 'closing'];
}

/**
 * The name of a phase's group as its announcement and tension show it; a
 * breath or rest after a group carries the group's id, not its name.
 */
export function groupLabel(
  plan: Pick<Plan, 'phases'>,
  phase: Pick<Phase, 'group' | 'label'>,
): string {
  if (!phase.group) return phase.label;
  const named = plan.phases.find(
    (candidate) =>
      candidate.group === phase.group &&
      (candidate.kind === 'tense' || candidate.kind === 'prepare'),
  );
  return named?.label ?? phase.label;
}

function unique(texts: string[]): string[] {
  return [...new Set(texts)];
}
