import { catalog, findGroup } from '../routine/catalog.js';
import { didYouMean } from '../routine/closest-match.js';
import type { Routine, Step } from '../routine/routine.js';
import type { Pacing } from './pacing.js';
import { type PacingField, PlanError } from './plan-error.js';

// --only, --skip, --reverse and --start-with, applied to the routine's steps
// in that order. Every name is checked against this routine's groups.

export function orderSteps(routine: Routine, pacing: Pacing): Step[] {
  const present = [...new Set(routine.steps.map((step) => step.group))];
  const check = (field: PacingField, ids: readonly string[]) => {
    for (const id of ids) checkGroup(field, id, present, routine);
  };
  const only = pacing.only ?? [];
  const skip = pacing.skip ?? [];
  check('only', only);
  check('skip', skip);
  if (pacing.startWith !== undefined) check('startWith', [pacing.startWith]);
  const both = only.find((id) => skip.includes(id));
  if (both !== undefined) {
    throw new PlanError(
      ['only', 'skip'],
      (name) =>
        `${name('only')} and ${name('skip')} both name "${both}"; use one or the other for it.`,
    );
  }

  let steps = routine.steps.filter(
    (step) => (only.length === 0 || only.includes(step.group)) && !skip.includes(step.group),
  );
  if (steps.length === 0) {
    throw new PlanError(
      ['skip'],
      (name) =>
        `nothing left to do: ${name('skip')} removed every group. Keep at least one of: ${present.join(', ')}.`,
    );
  }
  if (pacing.reverse) steps = [...steps].reverse();
  if (pacing.startWith !== undefined) {
    const first = steps.findIndex((step) => step.group === pacing.startWith);
    if (first === -1) {
      const left = [...new Set(steps.map((step) => step.group))].join(', ');
      const group = pacing.startWith;
      throw new PlanError(
        ['startWith'],
        (name) =>
          `${name('startWith')} ${group}: that group was left out; start with one of: ${left}.`,
      );
    }
    steps = [...steps.slice(first), ...steps.slice(0, first)];
  }
  return steps;
}

function checkGroup(field: PacingField, id: string, present: string[], routine: Routine): void {
  if (present.includes(id)) return;
  const list = present.join(', ');
  if (findGroup(catalog, id) || findGroup(routine.groups, id)) {
    throw new PlanError(
      [field],
      (name) => `${name(field)} ${id}: "${id}" is not in this routine; its groups are: ${list}.`,
    );
  }
  const hint = didYouMean(id, present) || '.';
  throw new PlanError(
    [field],
    (name) => `${name(field)}: unknown group "${id}"${hint} This routine's groups: ${list}.`,
  );
}
