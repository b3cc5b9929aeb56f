import { Box, Text } from 'ink';
import { memo } from 'react';
import type { PhaseKind } from '../plan/phase.js';
import type { Glyphs } from '../report/glyphs.js';
import { bigRows } from './block-font.js';
import { useGlyphs } from './glyphs-context.js';
import { usePalette } from './use-palette.js';

interface BigWordProps {
  kind: PhaseKind;
  /** The word's lines, as bigLines wrapped it to the width. */
  lines: readonly string[];
}

// The phase word in big block letters, several rows tall, in the phase's
// colour: readable with half-closed eyes. The word also stands in plain
// letters in the banner below it, for screen readers, copies and tests.
export const BigWord = memo(function BigWord({ kind, lines }: BigWordProps) {
  const glyphs = useGlyphs();
  const palette = usePalette();
  return (
    <Box flexDirection="column">
      {lines.map((line, index) => (
        <Box key={line} flexDirection="column" marginTop={index > 0 ? lineGap(glyphs) : 0}>
          {bigRows(line, glyphs.letterCells).map((row, rowIndex) => (
            // Rows are positional: the same word always draws the same rows.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <Text key={rowIndex} color={palette.phaseColor(kind)} dimColor={palette.faint}>
              {row}
            </Text>
          ))}
        </Box>
      ))}
    </Box>
  );
});

/** Half-cell letters end in an empty half row; whole-cell ones need a row between lines. */
function lineGap(glyphs: Glyphs): number {
  return glyphs.letterCells.upper === undefined ? 1 : 0;
}

/** Rows the big word takes. */
export function bigWordHeight(lines: readonly string[], glyphs: Glyphs): number {
  if (lines.length === 0) return 0;
  const rows = bigRows(lines[0] ?? '', glyphs.letterCells).length;
  return lines.length * rows + (lines.length - 1) * lineGap(glyphs);
}
