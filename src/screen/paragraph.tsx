import { Box, Text } from 'ink';
import { memo } from 'react';
import { wrapText } from '../report/wrap-text.js';

interface ParagraphProps {
  text: string;
  /** Columns to wrap to. */
  width: number;
  bold?: boolean;
  dimColor?: boolean;
}

// A paragraph wrapped between words, by display width, one Text per line.
// Ink's own wrapping keeps the space it broke at, so a wrapped line would
// begin with one.
export const Paragraph = memo(function Paragraph({ text, width, bold, dimColor }: ParagraphProps) {
  return (
    <Box flexDirection="column">
      {wrapText(text, width).map((line, index) => (
        // Lines are positional: the same text always wraps the same way.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Text key={index} bold={bold} dimColor={dimColor}>
          {line}
        </Text>
      ))}
    </Box>
  );
});
