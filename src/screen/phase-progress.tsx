import { Box, Text } from 'ink';
import type { PhaseKind } from '../plan/phase.js';
import { barText } from './bar-cells.js';
import { useGlyphs } from './glyphs-context.js';
import { phaseStyles } from './phase-style.js';

interface PhaseProgressProps {
  kind: PhaseKind;
  countdown: number;
  cells: number;
  bar: number;
}

// Whole seconds left and a bar; for breaths the bar fills and empties with them.
export function PhaseProgress({ kind, countdown, cells, bar }: PhaseProgressProps) {
  const glyphs = useGlyphs();
  return (
    <Box gap={1}>
      <Text bold>{`${countdown}s`.padStart(4)}</Text>
      <Text color={phaseStyles[kind].color}>{barText(cells, bar, glyphs)}</Text>
    </Box>
  );
}
