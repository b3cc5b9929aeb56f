import { Box, Text } from 'ink';
import { displayWidth } from '../report/display-width.js';
import { formatClock } from '../report/format-clock.js';
import { useGlyphs } from './glyphs-context.js';

interface HeaderProps {
  title: string;
  /** "step 2 of 8", "settling in", "closing". */
  where: string;
  sessionLeft: number;
  width: number;
}

// Routine title, where we are, and the time left. Two lines when narrow;
// measured in columns, as a title in Japanese takes two a character.
export function Header({ title, where, sessionLeft, width }: HeaderProps) {
  const glyphs = useGlyphs();
  const status = [where, `${formatClock(sessionLeft * 1000)} left`]
    .filter(Boolean)
    .join(` ${glyphs.separator} `);
  const together = displayWidth(title) + displayWidth(status) + 2 <= width;
  return (
    <Box flexDirection={together ? 'row' : 'column'} justifyContent="space-between" width={width}>
      <Text bold wrap="truncate-end">
        {title}
      </Text>
      <Text dimColor wrap="truncate-end">
        {status}
      </Text>
    </Box>
  );
}
