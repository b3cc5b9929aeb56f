import type { Plan } from '../../plan/phase.js';
import type { Display } from '../../report/display.js';
import { clipText } from '../../report/display-width.js';
import { formatClock, plural } from '../../report/format-clock.js';
import { leftOutLine } from '../../report/left-out-line.js';
import { formatPhaseLine, phaseLineLayout } from '../../report/phase-line.js';
import { terminalLine } from '../../report/terminal-text.js';
import { wrapText } from '../../report/wrap-text.js';

// `pmr show` without --json: the timeline as a table fitted to the terminal.

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
