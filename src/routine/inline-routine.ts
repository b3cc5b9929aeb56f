import { UserError } from '../user-error.js';
import { catalog, catalogIds, findGroup } from './catalog.js';
import { didYouMean } from './closest-match.js';
import type { Routine } from './routine.js';
import { routineDefaults } from './routine-spec.js';

// `--groups jaw,shoulders,hands`: a sequence straight from the command line,
// catalog groups in exactly that order at the default pace.
export function routineFromGroups(spec: string): Routine {
  const ids = spec
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter((id) => id.length > 0);
  if (ids.length === 0) {
    throw new UserError(`--groups needs at least one group, like --groups jaw,shoulders`);
  }
  for (const id of ids) {
    if (!findGroup(catalog, id)) {
      throw new UserError(
        `unknown group "${id}"${didYouMean(id, catalogIds) || '.'} Groups: ${catalogIds.join(', ')}.`,
      );
    }
  }
  return {
    ...routineDefaults,
    pace: { ...routineDefaults.pace },
    prompts: [],
    name: 'groups',
    title: 'Your sequence',
    summary: ids.map((id) => findGroup(catalog, id)?.label).join(', '),
    groups: { ...catalog },
    steps: ids.map((group) => ({ group })),
    source: { kind: 'inline', file: '' },
  };
}
