import { Box, Text } from 'ink';
import type { Plan } from '../plan/phase.js';
import { formatClock, plural } from '../report/format-clock.js';
import type { Glyphs } from '../report/glyphs.js';
import type { EndEvent } from '../session/session.js';
import { useGlyphs } from './glyphs-context.js';
import { partingWords } from './parting-words.js';
import { usePalette } from './use-palette.js';

interface EndSummaryProps {
  plan: Plan;
  end: EndEvent;
  /** A check-in follows: the parting words wait for its answer. */
  partingLater?: boolean;
}

// How it went, in one glance, and a kind word to leave with.
export function EndSummary({ plan, end, partingLater = false }: EndSummaryProps) {
  const glyphs = useGlyphs();
  const palette = usePalette();
  const summary = endSummary(plan, end, glyphs, partingLater);
  return (
    <Box flexDirection="column">
      <Text bold={palette.strong} dimColor={palette.faint}>
        {summary.headline}
      </Text>
      {summary.groups ? <Text dimColor>{summary.groups}</Text> : null}
      {summary.farewell ? <Text dimColor={palette.faint}>{summary.farewell}</Text> : null}
    </Box>
  );
}

export interface EndSummaryText {
  /** "✓ Completed · 4:10 · 3 groups" */
  headline: string;
  /** The groups done, by name; undefined when none. */
  groups: string | undefined;
  /** The parting words; undefined when a check-in follows and they wait for it. */
  farewell: string | undefined;
}

export function endSummary(
  plan: Plan,
  end: EndEvent,
  glyphs: Glyphs,
  partingLater = false,
): EndSummaryText {
  const labels = end.groups_done.map(
    (id) => plan.phases.find((phase) => phase.group === id)?.label ?? id,
  );
  const how = end.completed ? `${glyphs.completed} Completed` : `${glyphs.stopped} Stopped`;
  const time = formatClock(end.elapsed_ms, 'round');
  return {
    headline: [how, time, plural(labels.length, 'group')].join(` ${glyphs.separator} `),
    groups: labels.length > 0 ? labels.join(', ') : undefined,
    farewell: partingLater ? undefined : partingWords({ completed: end.completed }),
  };
}
