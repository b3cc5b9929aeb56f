import { loadRoutine, routineDirs } from '../routine/find-routine.js';
import { routineFromGroups } from '../routine/inline-routine.js';
import type { Routine } from '../routine/routine.js';
import { UserError } from '../user-error.js';

export interface RoutineContext {
  home: string;
  stdin: NodeJS.ReadableStream;
}

export const defaultRoutine = 'classic';

// A routine comes from a name, a path, stdin ('-') or straight from --groups.
export async function routineFromArgs(
  ref: string | undefined,
  groups: string | undefined,
  context: RoutineContext,
): Promise<Routine> {
  if (groups !== undefined) {
    if (ref !== undefined) {
      throw new UserError(`give a routine or --groups, not both (got "${ref}" and --groups).`);
    }
    return routineFromGroups(groups);
  }
  return loadRoutine(ref ?? defaultRoutine, routineDirs(context.home), context.stdin);
}
