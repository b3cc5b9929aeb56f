import { Box, Text } from 'ink';
import { displayWidth, padEnd } from '../report/display-width.js';
import { useGlyphs } from './glyphs-context.js';
import { type HeaderLayout, statusText } from './header-layout.js';
import { usePalette } from './use-palette.js';

interface HeaderProps {
  title: string;
  /** Side by side or on two rows, and the wording of where the session stands. */
  layout: HeaderLayout;
  /** "2:10 left" */
  clock: string;
  width: number;
  /** The clock can fade (the dim look, when no key has been pressed for a while). */
  clockShown: boolean;
}

// Routine title, where we are, and the time left. Two lines when narrow;
// measured in columns, as a title in Japanese takes two a character. A
// faded clock keeps its place, in blanks, so nothing on the row moves.
export function Header({ title, layout, clock, width, clockShown }: HeaderProps) {
  const glyphs = useGlyphs();
  const palette = usePalette();
  const status = statusText(layout.where, clock, glyphs.separator);
  return (
    <Box
      flexDirection={layout.together ? 'row' : 'column'}
      justifyContent="space-between"
      width={width}
    >
      <Text bold={palette.strong} dimColor={palette.faint} wrap="truncate-end">
        {title}
      </Text>
      <Text dimColor wrap="truncate-end">
        {clockShown ? status : padEnd(layout.where, displayWidth(status))}
      </Text>
    </Box>
  );
}
