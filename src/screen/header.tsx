import { Box, Text } from 'ink';
import { formatClock } from '../report/format-clock.js';

interface HeaderProps {
  title: string;
  /** "step 2 of 8", "settling in", "closing". */
  where: string;
  sessionLeft: number;
  width: number;
}

// Routine title, where we are, and the time left. Two lines when narrow.
export function Header({ title, where, sessionLeft, width }: HeaderProps) {
  const status = [where, `${formatClock(sessionLeft * 1000)} left`].filter(Boolean).join(' · ');
  const together = title.length + status.length + 2 <= width;
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
