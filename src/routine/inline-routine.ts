import { UserError } from '../user-error.js';
import { catalog, catalogIds } from './catalog.js';
import { didYouMean } from './closest-match.js';
import { defaultPace } from './pace-bounds.js';
import type { Routine } from './routine.js';

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
    if (!catalog[id]) {
      throw new UserError(
        `unknown group "${id}"${didYouMean(id, catalogIds) || '.'} Groups: ${catalogIds.join(', ')}.`,
      );
    }
  }
  return {
    name: 'groups',
    title: 'Your sequence',
    summary: ids.map((id) => catalog[id]?.label).join(', '),
    position: 'sitting',
    mode: 'full',
    stopRules: false,
    breaths: 3,
    pace: { ...defaultPace },
    between: 'none',
    repeat: 1,
    groups: { ...catalog },
    steps: ids.map((group) => ({ group })),
    scan: true,
    closing: 'soften',
    source: { kind: 'inline', file: '' },
  };
}
