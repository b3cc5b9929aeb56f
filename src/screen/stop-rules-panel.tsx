import { Box, Text } from 'ink';
import { stopRulesText } from '../safety/safety-words.js';
import { useGlyphs } from './glyphs-context.js';
import { Paragraph } from './paragraph.js';

interface StopRulesPanelProps {
  /** The group that hurt, now only imagined. */
  label: string | undefined;
  /** Second press: ask before ending the session. */
  confirmEnd: boolean;
  /** Columns to wrap the rules to. */
  width: number;
}

// Shown in place of the cue once x is pressed: what was changed, when to
// stop, and after a second press, one key to end the session. The rules are
// one paragraph, wrapped between words to the screen's width.
export function StopRulesPanel({ label, confirmEnd, width }: StopRulesPanelProps) {
  const glyphs = useGlyphs();
  return (
    <Box flexDirection="column">
      <Paragraph
        bold
        text={label ? `${label}: imagine it only, from now on.` : 'Easing off. Rest here.'}
        width={width}
      />
      <Paragraph text={stopRulesText} width={width} />
      {confirmEnd ? (
        <Text bold inverse>
          {` End here? y ends ${glyphs.separator} any other key goes on `}
        </Text>
      ) : null}
    </Box>
  );
}
