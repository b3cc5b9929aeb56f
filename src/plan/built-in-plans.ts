import { compiledFrom } from '../routine/read-routine.js';
import type { Routine } from '../routine/routine.js';
import type { Pacing } from './pacing.js';
import type { Plan } from './phase.js';

// Planning a routine takes milliseconds (tens, cold), mostly in timing every
// spoken line; `pmr show classic` and a session started with no flags plan a
// built-in routine at the pace nothing changes. Those plans are made when pmr
// is built, by planSession itself, and answered from there: only for a
// routine answered from the compiled built-ins, only at that pace (the build
// makes them with compileBuiltInPlans, in compile-built-ins.ts).

/** The pacing of a session with no flags and no preferences set. */
export const defaultPacing: Pacing = { sensitive: {} };

/** Built-in file name → its plan at the default pacing. */
export type CompiledPlans = Record<string, Plan>;

let plans: CompiledPlans | undefined;

/** The plan made at build time for this routine and pacing, if there is one. */
export async function builtInPlan(routine: Routine, pacing: Pacing): Promise<Plan | undefined> {
  const fileName = compiledFrom(routine);
  if (fileName === undefined || !isDefaultPacing(pacing)) return undefined;
  const { compiledPlans } = await import('./compiled-plans.js');
  if (compiledPlans === undefined) return undefined;
  plans ??= JSON.parse(compiledPlans) as CompiledPlans;
  return planFor(plans, fileName, routine);
}

/** The compiled plan for this file, as planSession gives it for this routine: a copy, naming its file. */
export function planFor(
  compiled: CompiledPlans,
  fileName: string,
  routine: Routine,
): Plan | undefined {
  const plan = Object.hasOwn(compiled, fileName) ? compiled[fileName] : undefined;
  if (!plan) return undefined;
  const copy = structuredClone(plan);
  return { ...copy, routine: { ...copy.routine, file: routine.source.file } };
}

/** Whether nothing (no flag, no preference, no group marked as hurting) changes the routine's own pace. */
export function isDefaultPacing(pacing: Pacing): boolean {
  const keys = Object.keys(pacing);
  return (
    keys.length === 1 &&
    keys[0] === 'sensitive' &&
    pacing.sensitive !== undefined &&
    Object.keys(pacing.sensitive).length === 0
  );
}
