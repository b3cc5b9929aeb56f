import { statSync } from 'node:fs';
import { catalogIds } from '../../routine/catalog.js';
import type { RoutineDirs } from '../../routine/routine-files.js';
import type { RoutineOnLine } from './complete-words.js';

// The groups `--only`, `--skip` and `--start-with` can name: those of the
// routine on the line (or of the default routine), in its order. When that
// routine cannot be read, every group in the catalog; completion never fails.

export async function groupsOnLine(
  routine: RoutineOnLine,
  dirs: RoutineDirs,
  defaultRoutine: string,
): Promise<readonly string[]> {
  if (routine.groups !== undefined) {
    const listed = routine.groups.split(',').map((id) => id.trim().toLowerCase());
    const known = [...new Set(listed.filter((id) => catalogIds.includes(id)))];
    return known.length > 0 ? known : catalogIds;
  }
  // The parser loads only now, so the other completions stay quick.
  const { isPathRef, loadRoutine } = await import('../../routine/find-routine.js');
  const ref = routine.ref ?? defaultRoutine;
  // Standard input is not there at Tab time, and a path that is not a plain
  // file (a FIFO, a device) could block the shell.
  if (ref === '-' || (isPathRef(ref) && !isPlainFile(ref))) return catalogIds;
  try {
    const loaded = await loadRoutine(ref, dirs);
    return [...new Set(loaded.steps.map((step) => step.group))];
  } catch {
    return catalogIds;
  }
}

function isPlainFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
