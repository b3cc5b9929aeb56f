import type { Plan } from '../../plan/phase.js';
import { phaseToJson } from '../../plan/phase-json.js';
import type { Display } from '../../report/display.js';
import { clipText } from '../../report/display-width.js';
import { formatClock, plural } from '../../report/format-clock.js';
import { jsonText } from '../../report/json-text.js';
import { leftOutLine } from '../../report/left-out-line.js';
import { formatPhaseLine, phaseLineLayout } from '../../report/phase-line.js';
import { terminalLine } from '../../report/terminal-text.js';
import { wrapText } from '../../report/wrap-text.js';
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
  return flags.json
    ? `${jsonText(planToJson(plan, pacingSources(settings)), 2)}\n`
    : formatPlanTable(plan, context.display, settings.pacing.minutes ?? null);
}

export function formatPlanTable(
  plan: Plan,
  display: Display,
  minutes: number | null = null,
): string {
  const { width, glyphs } = display;
  const dot = ` ${glyphs.separator} `;
  const cut = (line: string) =>
    width === undefined ? line : clipText(line, width, glyphs.ellipsis);
  const { routine } = plan;
  const lines = [
    cut(`${terminalLine(routine.title)} (${terminalLine(routine.name)})${dot}${routine.source}`),
  ];
  const layout = phaseLineLayout(plan.phases, width, plan.sensitive, glyphs);
  if (routine.summary) lines.push(cut(terminalLine(routine.summary)));
  lines.push('');
  for (const phase of plan.phases) lines.push(formatPhaseLine(phase, layout));
  lines.push('');
  const counts = [plural(plan.steps, 'step'), plural(plan.phases.length, 'phase')].join(dot);
  lines.push(cut(`Total ${formatClock(plan.total_ms)}${dot}${counts}`));
  const leftOut = leftOutLine(plan.left_out, minutes);
  if (leftOut) {
    const sentence = `${leftOut.charAt(0).toUpperCase()}${leftOut.slice(1)}`;
    lines.push(...wrapText(sentence, width ?? Number.POSITIVE_INFINITY));
  }
  if (plan.sensitive.length > 0) {
    lines.push(cut('* marked as hurting before, so kept gentler;'));
    lines.push(cut('  pmr config unset sensitive clears it'));
  }
  return `${lines.join('\n')}\n`;
}
