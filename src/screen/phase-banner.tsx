import { Box, Text } from 'ink';
import { memo } from 'react';
import type { PhaseKind } from '../plan/phase.js';
import { phaseWord } from '../plan/phase-words.js';
import type { TensionMode } from '../routine/routine.js';
import { useGlyphs } from './glyphs-context.js';
import { usePalette } from './use-palette.js';

interface PhaseBannerProps {
  kind: PhaseKind;
  mode: TensionMode | null;
  paused: boolean;
  /** "micro" or "imagine" beside a gentler tension. */
  tag?: string;
}

// The phase in one line: symbol and word, then colour on top (a block of it
// in the normal look, the words alone in the dim one).
export const PhaseBanner = memo(function PhaseBanner({
  kind,
  mode,
  paused,
  tag,
}: PhaseBannerProps) {
  const glyphs = useGlyphs();
  const palette = usePalette();
  const symbol = glyphs.phases[kind];
  const word = phaseWord({ kind, mode });
  // IMAGINE already says what "· imagine" would.
  const shownTag = tag && tag.toUpperCase() !== word ? tag : undefined;
  return (
    <Box gap={2}>
      <Text
        bold={palette.strong}
        inverse={palette.blocks}
        color={palette.phaseColor(kind)}
        dimColor={palette.faint}
      >
        {` ${symbol} ${word} ${symbol} `}
      </Text>
      {shownTag ? (
        <Text bold={palette.strong} dimColor={palette.faint}>
          {`${glyphs.separator} ${shownTag}`}
        </Text>
      ) : null}
      {paused ? (
        <Text bold={palette.strong} inverse={palette.blocks} dimColor={palette.faint}>
          {` ${glyphs.paused} PAUSED `}
        </Text>
      ) : null}
    </Box>
  );
});
