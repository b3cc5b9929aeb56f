import { Box, Text } from 'ink';
import { memo } from 'react';
import { withGlyphs } from '../report/glyphs.js';
import { wrapText } from '../report/wrap-text.js';
import { bindingsFor } from '../session/session-keys.js';
import { useGlyphs } from './glyphs-context.js';
import { Paragraph } from './paragraph.js';
import { usePalette } from './use-palette.js';

export const methodReminder =
  'Tense gently, about 4 out of 10, never to the point of pain. Then let go and notice the difference.';
const keyColumn = 10;

// A short reminder of the method and the keys, shown in place of the cue
// while the session goes on behind it.
export const HelpPanel = memo(function HelpPanel({ width }: { width: number }) {
  const glyphs = useGlyphs();
  const palette = usePalette();
  return (
    <Box flexDirection="column">
      <Paragraph text={methodReminder} width={width} dimColor={palette.faint} />
      {bindingsFor('screen').map(({ action, shown, help }) => (
        <Box key={action}>
          <Box width={keyColumn} flexShrink={0}>
            <Text bold={palette.strong} dimColor={palette.faint}>
              {withGlyphs(shown, glyphs)}
            </Text>
          </Box>
          <Paragraph text={help} width={width - keyColumn} dimColor={palette.faint} />
        </Box>
      ))}
    </Box>
  );
});

/** Rows the help takes at this width. */
export function helpPanelRows(width: number): number {
  return (
    wrapText(methodReminder, width).length +
    bindingsFor('screen').reduce(
      (rows, { help }) => rows + Math.max(1, wrapText(help, width - keyColumn).length),
      0,
    )
  );
}
