import { builtInPlan } from '../../plan/built-in-plans.js';
import type { Pacing } from '../../plan/pacing.js';
import type { Plan } from '../../plan/phase.js';
import { PlanError } from '../../plan/plan-error.js';
import { loadRoutine, routineDirs } from '../../routine/find-routine.js';
import { routineFromGroups } from '../../routine/inline-routine.js';
import type { Routine } from '../../routine/routine.js';
import {
  chooseRoutine,
  resolveSettings,
  type SessionFlags,
  type SessionSettings,
} from '../../settings/session-settings.js';
import type { Preferences } from '../../store/preference-keys.js';
import { readPreferences } from '../../store/preferences.js';
import { UserError } from '../../user-error.js';
import type { CommandContext } from '../command-context.js';
import { planUsageError } from '../plan-usage-error.js';

// From a command line to a plan: read the preferences, choose and load the
// routine, resolve the settings (one pure step), and plan.

export interface PreparedSession {
  prefs: Preferences;
  routine: Routine;
  settings: SessionSettings;
  plan: Plan;
}

export async function prepareSession(
  ref: string | undefined,
  flags: SessionFlags,
  context: CommandContext,
): Promise<PreparedSession> {
  const { io, dirs } = context;
  const prefs = await readPreferences(dirs.config, context.warn);
  const choice = chooseRoutine(ref, flags, prefs);
  let routine: Routine;
  if (choice.kind === 'groups') routine = routineFromGroups(choice.groups);
  else {
    try {
      // Standard input is touched only when it holds the routine.
      const stdin = choice.ref === '-' ? io.stdin : undefined;
      routine = await loadRoutine(choice.ref, routineDirs(dirs.config), stdin);
    } catch (error) {
      if (!(error instanceof UserError) || choice.source !== 'preference') throw error;
      throw new UserError(
        `the default routine "${choice.ref}" (from your preferences) cannot be run: ${error.message} ` +
          'Name a routine, or run: pmr config unset routine',
        { exitCode: error.exitCode, details: error.details },
      );
    }
  }
  const settings = resolveSettings({
    flags,
    routine,
    prefs,
    terminal: { stdoutIsTTY: Boolean(io.stdout.isTTY), term: io.env.TERM },
    now: new Date(),
  });
  let plan: Plan;
  try {
    plan =
      (await builtInPlan(routine, settings.pacing)) ?? (await makePlan(routine, settings.pacing));
  } catch (error) {
    throw error instanceof PlanError ? planUsageError(error) : error;
  }
  return { prefs, routine, settings, plan };
}

/** The planner, loaded only when no plan made at build time fits: it is the largest part of show. */
async function makePlan(routine: Routine, pacing: Pacing): Promise<Plan> {
  const { planSession } = await import('../../plan/plan-session.js');
  return planSession(routine, pacing);
}
