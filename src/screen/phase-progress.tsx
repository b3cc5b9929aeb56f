import { Box, Text } from 'ink';
import type { PhaseKind } from '../plan/phase.js';
import { barText } from './bar-cells.js';
import { isBreath, pacerText } from './pacer-cells.js';
import { usePalette } from './use-palette.js';

interface PhaseProgressProps {
  kind: PhaseKind;
  countdown: number;
  cells: number;
  bar: number;
}

// Whole seconds left and a bar; during breaths, the pacer in its place,
// widening from the middle on the way in and narrowing on the way out.
export function PhaseProgress({ kind, countdown, cells, bar }: PhaseProgressProps) {
  const palette = usePalette();
  const line = isBreath(kind) ? pacerText(cells, bar, palette) : barText(cells, bar, palette);
  return (
    <Box gap={1}>
      <Text bold={palette.strong} dimColor={palette.faint}>
        {`${countdown}s`.padStart(4)}
      </Text>
      <Text color={palette.phaseColor(kind)} dimColor={palette.faint}>
        {line}
      </Text>
    </Box>
  );
}
