import { Box, Text } from 'ink';
import type { Plan } from '../plan/phase.js';
import { formatClock, plural } from '../report/format-clock.js';
import type { EndEvent } from '../session/session.js';
import { useGlyphs } from './glyphs-context.js';

interface EndSummaryProps {
  plan: Plan;
  end: EndEvent;
}

// How it went, in one glance, and a kind word to leave with.
export function EndSummary({ plan, end }: EndSummaryProps) {
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
      <Text>
        {end.completed
          ? 'Well done. Let the ease you found come with you.'
          : 'Thank you for taking this time. Come back whenever you like.'}
      </Text>
    </Box>
  );
}
