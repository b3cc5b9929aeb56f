import { Box, Text } from 'ink';

// A short reminder of the method and the keys, toggled with "?".
export function HelpPanel() {
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text>Tense gently, about 4 out of 10, never to the point of pain.</Text>
      <Text>Then let go completely and notice the difference.</Text>
      <Text> </Text>
      <Text>space or p pause and resume</Text>
      <Text>→ or n next phase</Text>
      <Text>← or b this group again, or the one before</Text>
      <Text>q stop here</Text>
      <Text>? close this help</Text>
    </Box>
  );
}
