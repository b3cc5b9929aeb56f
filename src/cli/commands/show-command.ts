import type { Plan } from '../../plan/phase.js';
import { phaseToJson } from '../../plan/phase-json.js';
import { jsonText } from '../../report/json-text.js';
import { pacingSources, type SessionFlags, type Sourced } from '../../settings/session-settings.js';
import type { CommandContext } from '../command-context.js';
import { prepareSession } from './prepare-session.js';

// `pmr show`: the timeline as JSON, or as a table fitted to the terminal
// (plan-table.ts, loaded only for the table).

export function planToJson(plan: Plan, settings?: Record<string, Sourced<unknown>>): unknown {
  return {
    routine: plan.routine,
    total_ms: plan.total_ms,
    steps: plan.steps,
    phases: plan.phases.map(phaseToJson),
    speech_wpm: plan.speech_wpm,
    left_out: plan.left_out,
    sensitive: plan.sensitive,
    ...(settings ? { settings } : {}),
  };
}

/** `pmr show`: the plan a session would run, as a table or JSON. */
export async function showPlan(
  ref: string | undefined,
  flags: SessionFlags & { json?: boolean },
  context: CommandContext,
): Promise<string> {
  const { plan, settings } = await prepareSession(ref, flags, context);
  if (flags.json) return `${jsonText(planToJson(plan, pacingSources(settings)), 2)}\n`;
  const { formatPlanTable } = await import('./plan-table.js');
  return formatPlanTable(plan, context.display, settings.pacing.minutes ?? null);
}
