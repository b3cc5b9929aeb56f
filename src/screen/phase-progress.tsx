import { Box, type DOMElement, Text } from 'ink';
import type { Ref } from 'react';
import type { PhaseKind } from '../plan/phase.js';
import { countdownText, progressText } from './ticking-texts.js';
import { usePalette } from './use-palette.js';

interface PhaseProgressProps {
  kind: PhaseKind;
  countdown: number;
  cells: number;
  bar: number;
  /** The row, for the cells rewritten in place between frames. */
  ref?: Ref<DOMElement>;
}

// Whole seconds left and a bar; during breaths, the pacer in its place,
// widening from the middle on the way in and narrowing on the way out.
export function PhaseProgress({ kind, countdown, cells, bar, ref }: PhaseProgressProps) {
  const palette = usePalette();
  return (
    <Box gap={1} ref={ref}>
      <Text bold={palette.strong} dimColor={palette.faint}>
        {countdownText(countdown)}
      </Text>
      <Text color={palette.phaseColor(kind)} dimColor={palette.faint}>
        {progressText(kind, cells, bar, palette)}
      </Text>
    </Box>
  );
}
