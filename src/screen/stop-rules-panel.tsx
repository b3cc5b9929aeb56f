import { Box, Text } from 'ink';
import { stopRulesText } from '../safety/safety-words.js';
import { useGlyphs } from './glyphs-context.js';

interface StopRulesPanelProps {
  /** The group that hurt, now only imagined. */
  label: string | undefined;
  /** Second press: ask before ending the session. */
  confirmEnd: boolean;
}

// Shown in place of the cue once x is pressed: what was changed, when to
// stop, and after a second press, one key to end the session. The rules are
// one paragraph that Ink wraps between words to the screen's width.
export function StopRulesPanel({ label, confirmEnd }: StopRulesPanelProps) {
  const glyphs = useGlyphs();
  return (
    <Box flexDirection="column">
      <Text bold>
        {label ? `${label}: imagine it only, from now on.` : 'Easing off. Rest here.'}
      </Text>
      <Text>{stopRulesText}</Text>
      {confirmEnd ? (
        <Text bold inverse>
          {` End here? y ends ${glyphs.separator} any other key goes on `}
        </Text>
      ) : null}
    </Box>
  );
}
