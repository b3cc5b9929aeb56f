import { Box, Text } from 'ink';
import { withGlyphs } from '../report/glyphs.js';
import { bindingsFor } from '../session/session-keys.js';
import { useGlyphs } from './glyphs-context.js';

// A short reminder of the method and the keys, shown in place of the cue
// while the session goes on behind it.
export function HelpPanel() {
  const glyphs = useGlyphs();
  return (
    <Box flexDirection="column">
      <Text>
        Tense gently, about 4 out of 10, never to the point of pain. Then let go and notice the
        difference.
      </Text>
      {bindingsFor('screen').map(({ action, shown, help }) => (
        <Box key={action}>
          <Box width={10} flexShrink={0}>
            <Text bold>{withGlyphs(shown, glyphs)}</Text>
          </Box>
          <Text>{help}</Text>
        </Box>
      ))}
    </Box>
  );
}
