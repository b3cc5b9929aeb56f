import { Box, Text } from 'ink';
import type { Plan } from '../plan/phase.js';
import { formatClock, plural } from '../report/format-clock.js';
import type { EndEvent } from '../session/session.js';
import { useGlyphs } from './glyphs-context.js';
import { partingWords } from './parting-words.js';

interface EndSummaryProps {
  plan: Plan;
  end: EndEvent;
  /** Leave the parting words to the check-in that follows (they depend on its answer). */
  partingLater?: boolean;
}

// How it went, in one glance, and a kind word to leave with.
export function EndSummary({ plan, end, partingLater = false }: EndSummaryProps) {
  const labels = end.groups_done.map(
    (id) => plan.phases.find((phase) => phase.group === id)?.label ?? id,
  );
  const glyphs = useGlyphs();
  const how = end.completed ? `${glyphs.completed} Completed` : `${glyphs.stopped} Stopped`;
  const time = formatClock(end.elapsed_ms, 'round');
  return (
    <Box flexDirection="column">
      <Text bold>{[how, time, plural(labels.length, 'group')].join(` ${glyphs.separator} `)}</Text>
      {labels.length > 0 ? <Text dimColor>{labels.join(', ')}</Text> : null}
      {partingLater ? null : <Text>{partingWords({ completed: end.completed })}</Text>}
    </Box>
  );
}
