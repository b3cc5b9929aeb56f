import { Box, Text } from 'ink';
import type { PhaseKind } from '../plan/phase.js';
import { phaseStyles } from './phase-style.js';

interface PhaseBannerProps {
  kind: PhaseKind;
  paused: boolean;
  /** "micro" or "imagine" beside a gentler tension. */
  tag?: string;
}

// The phase, big and unmistakable: symbol and word, then colour on top.
export function PhaseBanner({ kind, paused, tag }: PhaseBannerProps) {
  const style = phaseStyles[kind];
  return (
    <Box gap={2}>
      <Text bold inverse color={style.color}>
        {` ${style.symbol} ${style.word} ${style.symbol} `}
      </Text>
      {tag ? <Text bold>{`· ${tag}`}</Text> : null}
      {paused ? (
        <Text bold inverse>
          {' ❚❚ PAUSED '}
        </Text>
      ) : null}
    </Box>
  );
}
