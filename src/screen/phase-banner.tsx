import { Box, Text } from 'ink';
import type { PhaseKind } from '../plan/phase.js';
import { phaseWord } from '../plan/phase-words.js';
import type { TensionMode } from '../routine/routine.js';
import { useGlyphs } from './glyphs-context.js';
import { phaseStyles } from './phase-style.js';

interface PhaseBannerProps {
  kind: PhaseKind;
  mode: TensionMode | null;
  paused: boolean;
  /** "micro" or "imagine" beside a gentler tension. */
  tag?: string;
}

// The phase, big and unmistakable: symbol and word, then colour on top.
export function PhaseBanner({ kind, mode, paused, tag }: PhaseBannerProps) {
  const style = phaseStyles[kind];
  const glyphs = useGlyphs();
  const symbol = glyphs.phases[kind];
  const word = phaseWord({ kind, mode });
  // IMAGINE already says what "· imagine" would.
  const shownTag = tag && tag.toUpperCase() !== word ? tag : undefined;
  return (
    <Box gap={2}>
      <Text bold inverse color={style.color}>
        {` ${symbol} ${word} ${symbol} `}
      </Text>
      {shownTag ? <Text bold>{`${glyphs.separator} ${shownTag}`}</Text> : null}
      {paused ? (
        <Text bold inverse>
          {` ${glyphs.paused} PAUSED `}
        </Text>
      ) : null}
    </Box>
  );
}
