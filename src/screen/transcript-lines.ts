import type { Phase, Plan } from '../plan/phase.js';
import { phaseWord } from '../plan/phase-words.js';
import { formatClock, plural } from '../report/format-clock.js';
import { type Glyphs, withGlyphs } from '../report/glyphs.js';
import { stopRulesText } from '../safety/safety-words.js';
import type { SessionEvent } from '../session/session-event.js';
import { bindingsFor, keyLegend } from '../session/session-keys.js';
import { endSummary } from './end-summary.js';
import { methodReminder } from './help-panel.js';
import { modeTags } from './phase-style.js';
import { easedText } from './stop-rules-panel.js';
import { groupLabel, whereLabels } from './where-label.js';

// The screen for a screen reader: what happens, one plain line at a time,
// each written once and never redrawn. A phase is one line with its word,
// its label, its cue and its length; a group's announcement also says where
// the session stands.

export interface TranscriptContext {
  plan: Plan;
  glyphs: Glyphs;
  /** Keys can be read: the lines can say which to press. */
  interactive: boolean;
  /** A check-in follows: the parting words wait for its answer. */
  partingLater?: boolean;
}

export function eventLines(event: SessionEvent, context: TranscriptContext): string[] {
  const { plan, glyphs, interactive } = context;
  switch (event.type) {
    case 'start':
      return [
        `${plan.routine.title}: ${plural(event.phases, 'phase')}, ${formatClock(event.total_ms, 'round')}.`,
        interactive
          ? `Keys: ${withGlyphs(keyLegend('screen', false, ', '), glyphs)}.`
          : 'Keys are off (no terminal to read them from); Ctrl-C stops.',
      ];
    case 'phase':
      return [phaseLine(event.phase, context)];
    case 'pause':
      return [interactive ? 'Paused. Space goes on.' : 'Paused.'];
    case 'resume':
      return ['Going on.'];
    case 'pain': {
      const phase = plan.phases[event.index];
      const label = phase?.group ? groupLabel(plan, phase) : undefined;
      return [easedText(label), stopRulesText];
    }
    case 'end': {
      const summary = endSummary(plan, event, glyphs, context.partingLater);
      return [summary.headline, summary.groups, summary.farewell].filter(
        (line): line is string => line !== undefined,
      );
    }
    default:
      // A skip or a step back: the phase line that follows says where the session is.
      return [];
  }
}

/** "TENSE: Jaw. Bring your back teeth lightly together, and keep breathing. 5 seconds." */
export function phaseLine(phase: Phase, context: TranscriptContext): string {
  const { plan, glyphs } = context;
  const tag = phase.kind === 'tense' && phase.mode ? modeTags[phase.mode] : undefined;
  const word = tag ? `${phaseWord(phase)} (${tag})` : phaseWord(phase);
  const place =
    phase.kind === 'prepare' && phase.place
      ? withoutLabel(whereLabels(plan, phase.index, glyphs.separator)[0] ?? '', phase.label, glyphs)
      : '';
  const where = place ? ` (${place})` : '';
  const seconds = Math.round(phase.duration_ms / 1000);
  return `${word}: ${sentence(phase.label + where)} ${sentence(phase.cue)} ${plural(seconds, 'second')}.`;
}

/** The help, asked for with ?: the method, then each key and what it does. */
export function helpLines(glyphs: Glyphs): string[] {
  return [
    methodReminder,
    ...bindingsFor('screen').map(({ shown, help }) => `${withGlyphs(shown, glyphs)}: ${help}.`),
  ];
}

/** A label or cue as a sentence: ends with a full stop unless it has its own. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…:;]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "Jaw · round 2 of 2 · 3 of 4 groups" without the label the line already says. */
function withoutLabel(where: string, label: string, glyphs: Glyphs): string {
  if (where === label) return '';
  const prefix = `${label} ${glyphs.separator} `;
  const rest = where.startsWith(prefix) ? where.slice(prefix.length) : where;
  return rest.replaceAll(` ${glyphs.separator} `, ', ');
}
