import { Box, Text } from 'ink';
import { withGlyphs } from '../report/glyphs.js';
import { bindingsFor } from '../session/session-keys.js';
import { useGlyphs } from './glyphs-context.js';
import { Paragraph } from './paragraph.js';

const method =
  'Tense gently, about 4 out of 10, never to the point of pain. Then let go and notice the difference.';
const keyColumn = 10;

// A short reminder of the method and the keys, shown in place of the cue
// while the session goes on behind it.
export function HelpPanel({ width }: { width: number }) {
  const glyphs = useGlyphs();
  return (
    <Box flexDirection="column">
      <Paragraph text={method} width={width} />
      {bindingsFor('screen').map(({ action, shown, help }) => (
        <Box key={action}>
          <Box width={keyColumn} flexShrink={0}>
            <Text bold>{withGlyphs(shown, glyphs)}</Text>
          </Box>
          <Paragraph text={help} width={width - keyColumn} />
        </Box>
      ))}
    </Box>
  );
}
