import { loadRoutine, routineDirs } from '../routine/find-routine.js';
import { routineFromGroups } from '../routine/inline-routine.js';
import type { Routine } from '../routine/routine.js';
import { defaultRoutine } from '../store/preference-keys.js';
import { UserError } from '../user-error.js';

export interface RoutineContext {
  home: string;
  stdin: NodeJS.ReadableStream;
  /** The routine to run when none is named (the `routine` preference). */
  fallback?: string;
}

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
  const dirs = routineDirs(context.home);
  if (ref !== undefined || context.fallback === undefined) {
    return loadRoutine(ref ?? defaultRoutine, dirs, context.stdin);
  }
  try {
    return await loadRoutine(context.fallback, dirs, context.stdin);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UserError(
      `the default routine "${context.fallback}" (from your preferences) cannot be run: ${error.message} ` +
        'Name a routine, or run: pmr config unset routine',
      { exitCode: error.exitCode, details: error.details },
    );
  }
}
