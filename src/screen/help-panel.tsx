import { Box, Text } from 'ink';

const keys: ReadonlyArray<readonly [string, string]> = [
  ['space, p', 'pause and resume'],
  ['→, n', 'next phase'],
  ['←, b', 'this group again, or the one before'],
  ['x', 'this hurts: ease off, imagine it'],
  ['q', 'stop here'],
  ['?', 'back to the session'],
];

// A short reminder of the method and the keys, shown in place of the cue
// while the session goes on behind it.
export function HelpPanel() {
  return (
    <Box flexDirection="column">
      <Text>
        Tense gently, about 4 out of 10, never to the point of pain. Then let go and notice the
        difference.
      </Text>
      {keys.map(([key, meaning]) => (
        <Box key={key}>
          <Box width={10} flexShrink={0}>
            <Text bold>{key}</Text>
          </Box>
          <Text>{meaning}</Text>
        </Box>
      ))}
    </Box>
  );
}
