import { catalog } from '../routine/catalog.js';
import { didYouMean } from '../routine/closest-match.js';
import type { Routine, Step } from '../routine/routine.js';
import { UserError } from '../user-error.js';
import type { Pacing } from './pacing.js';

// --only, --skip, --reverse and --start-with, applied to the routine's steps
// in that order. Every name is checked against this routine's groups.

export function orderSteps(routine: Routine, pacing: Pacing): Step[] {
  const present = [...new Set(routine.steps.map((step) => step.group))];
  const check = (flag: string, ids: readonly string[]) => {
    for (const id of ids) checkGroup(flag, id, present, routine);
  };
  const only = pacing.only ?? [];
  const skip = pacing.skip ?? [];
  check('--only', only);
  check('--skip', skip);
  if (pacing.startWith !== undefined) check('--start-with', [pacing.startWith]);
  const both = only.find((id) => skip.includes(id));
  if (both !== undefined) {
    throw new UserError(`--only and --skip both name "${both}"; use one or the other for it.`);
  }

  let steps = routine.steps.filter(
    (step) => (only.length === 0 || only.includes(step.group)) && !skip.includes(step.group),
  );
  if (steps.length === 0) {
    throw new UserError(
      `nothing left to do: --skip removed every group. Keep at least one of: ${present.join(', ')}.`,
    );
  }
  if (pacing.reverse) steps = [...steps].reverse();
  if (pacing.startWith !== undefined) {
    const first = steps.findIndex((step) => step.group === pacing.startWith);
    if (first === -1) {
      const left = [...new Set(steps.map((step) => step.group))].join(', ');
      throw new UserError(
        `--start-with ${pacing.startWith}: that group was left out; start with one of: ${left}.`,
      );
    }
    steps = [...steps.slice(first), ...steps.slice(0, first)];
  }
  return steps;
}

function checkGroup(flag: string, id: string, present: string[], routine: Routine): void {
  if (present.includes(id)) return;
  const list = present.join(', ');
  if (catalog[id] || routine.groups[id]) {
    throw new UserError(`${flag} ${id}: "${id}" is not in this routine; its groups are: ${list}.`);
  }
  const hint = didYouMean(id, present) || '.';
  throw new UserError(`${flag}: unknown group "${id}"${hint} This routine's groups: ${list}.`);
}
