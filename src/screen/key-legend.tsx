import { Box, Text } from 'ink';
import { memo } from 'react';
import { displayWidth } from '../report/display-width.js';
import { type Glyphs, withGlyphs } from '../report/glyphs.js';
import { keyLegend } from '../session/session-keys.js';
import { useGlyphs } from './glyphs-context.js';

interface KeyLegendProps {
  interactive: boolean;
  paused: boolean;
  width: number;
  /** Faded (the dim look, a while after the last key): its rows stay, blank. */
  shown: boolean;
}

// The keys, in view (when input is not a terminal, it says so instead).
// Wrapped between keys, never between a key and its word.
export const KeyLegend = memo(function KeyLegend({
  interactive,
  paused,
  width,
  shown,
}: KeyLegendProps) {
  const glyphs = useGlyphs();
  return (
    <Box flexDirection="column">
      {keyLegendLines(interactive, paused, width, glyphs).map((line) => (
        <Text key={line} dimColor>
          {shown ? line : ' '}
        </Text>
      ))}
    </Box>
  );
});

export function keyLegendLines(
  interactive: boolean,
  paused: boolean,
  width: number,
  glyphs: Glyphs,
): string[] {
  const items = interactive
    ? keyLegend('screen', paused, '\n').split('\n')
    : ['keys off (no terminal to read them from)', 'Ctrl-C stops'];
  const dot = ` ${glyphs.separator} `;
  const lines: string[] = [];
  for (const item of items.map((text) => withGlyphs(text, glyphs))) {
    const last = lines.at(-1);
    if (last !== undefined && displayWidth(last + dot + item) <= width) {
      lines[lines.length - 1] = last + dot + item;
    } else {
      lines.push(item);
    }
  }
  return lines;
}
