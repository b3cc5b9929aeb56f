import { Box, Text } from 'ink';
import type { PhaseKind } from '../plan/phase.js';
import { phaseStyles } from './phase-style.js';

interface PhaseBannerProps {
  kind: PhaseKind;
  paused: boolean;
}

// The phase, big and unmistakable: symbol and word, then colour on top.
export function PhaseBanner({ kind, paused }: PhaseBannerProps) {
  const style = phaseStyles[kind];
  return (
    <Box gap={2}>
      <Text bold inverse color={style.color}>
        {` ${style.symbol} ${style.word} ${style.symbol} `}
      </Text>
      {paused ? (
        <Text bold inverse>
          {' ❚❚ PAUSED '}
        </Text>
      ) : null}
    </Box>
  );
}
