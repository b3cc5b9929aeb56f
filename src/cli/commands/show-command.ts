import type { Plan } from '../../plan/phase.js';
import { phaseToJson } from '../../plan/phase-json.js';
import { formatClock, plural } from '../../report/format-clock.js';
import { clipText, formatPhaseLine, phaseLineLayout } from '../../report/phase-line.js';
import { pacingSources, type SessionFlags, type Sourced } from '../../settings/session-settings.js';
import type { CommandContext } from '../command-context.js';
import { prepareSession } from './prepare-session.js';

// `pmr show`: the timeline as a table fitted to the terminal, or as JSON.

export function planToJson(plan: Plan, settings?: Record<string, Sourced<unknown>>): unknown {
  return {
    routine: plan.routine,
    total_ms: plan.total_ms,
    steps: plan.steps,
    phases: plan.phases.map(phaseToJson),
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
  return flags.json
    ? `${JSON.stringify(planToJson(plan, pacingSources(settings)), null, 2)}\n`
    : formatPlanTable(plan, context.width);
}

export function formatPlanTable(plan: Plan, width: number | undefined): string {
  const cut = (line: string) => (width === undefined ? line : clipText(line, width));
  const lines = [cut(`${plan.routine.title} (${plan.routine.name}) · ${plan.routine.source}`)];
  const layout = phaseLineLayout(plan.phases, width, plan.sensitive);
  if (plan.routine.summary) lines.push(cut(plan.routine.summary));
  lines.push('');
  for (const phase of plan.phases) lines.push(formatPhaseLine(phase, layout));
  lines.push('');
  const counts = `${plural(plan.steps, 'step')} · ${plural(plan.phases.length, 'phase')}`;
  lines.push(cut(`Total ${formatClock(plan.total_ms)} · ${counts}`));
  if (plan.sensitive.length > 0) {
    lines.push(cut('* marked as hurting before, so kept gentler;'));
    lines.push(cut('  pmr config unset sensitive clears it'));
  }
  return `${lines.join('\n')}\n`;
}
