import { Box, Text } from 'ink';
import { memo } from 'react';
import { displayWidth } from '../report/display-width.js';
import { wrapText } from '../report/wrap-text.js';
import { stopRulesText } from '../safety/safety-words.js';
import { useGlyphs } from './glyphs-context.js';
import { Paragraph } from './paragraph.js';
import { usePalette } from './use-palette.js';

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
export const StopRulesPanel = memo(function StopRulesPanel({
  label,
  confirmEnd,
  width,
}: StopRulesPanelProps) {
  const glyphs = useGlyphs();
  const palette = usePalette();
  return (
    <Box flexDirection="column">
      <Paragraph
        bold={palette.strong}
        dimColor={palette.faint}
        text={easedText(label)}
        width={width}
      />
      <Paragraph text={stopRulesText} width={width} dimColor={palette.faint} />
      {confirmEnd ? (
        <Text bold inverse={palette.blocks}>
          {questionLine(glyphs.separator, width)}
        </Text>
      ) : null}
    </Box>
  );
});

/** What x changed: the group that hurt, or easing off outside a group. */
export function easedText(label: string | undefined): string {
  return label ? `${label}: imagine it only, from now on.` : 'Easing off. Rest here.';
}

export function endQuestion(separator: string): string {
  return `End here? y ends ${separator} any other key goes on`;
}

/** The question as a block with a space each side, where the width has room for them. */
function questionLine(separator: string, width: number): string {
  const question = endQuestion(separator);
  return displayWidth(question) + 2 <= width ? ` ${question} ` : question;
}

/** Rows the panel takes at this width. */
export function stopRulesRows(label: string | undefined, confirmEnd: boolean, width: number) {
  const question = confirmEnd ? wrapText(endQuestion('·'), width).length : 0;
  return (
    wrapText(easedText(label), width).length + wrapText(stopRulesText, width).length + question
  );
}
