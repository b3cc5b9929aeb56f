import type { PhaseKind } from '../plan/phase.js';
import type { Glyphs } from '../report/glyphs.js';
import type { ScreenTheme } from '../settings/screen-theme.js';
import { phaseStyles } from './phase-style.js';

// How a theme draws: the colour of each phase, whether text is faint or
// bold, and what a bar is made of. The dim look is for the evening: muted,
// low-saturation colours, every line faint, no text drawn as a bright block
// of colour (no inverse), and bars in shade rather than full blocks.

export interface ScreenPalette {
  phaseColor(kind: PhaseKind): string;
  /** Everything faint. */
  faint: boolean;
  /** Words that stand out: the phase, the label, the title. */
  strong: boolean;
  /** The phase and PAUSED as blocks of colour (inverse), or as words. */
  blocks: boolean;
  barFilled: string;
  barEmpty: string;
}

/** Muted, greyish colours, one per phase; the word and symbol still tell phases apart. */
const dimColors: Readonly<Record<PhaseKind, string>> = {
  setup: '#8a8a8a',
  'breathe-in': '#6f8f96',
  'breathe-out': '#6f7896',
  prepare: '#8a8a8a',
  tense: '#968d6f',
  release: '#72917a',
  rest: '#7a7a7a',
  scan: '#86789a',
  closing: '#72917a',
};

export function screenPalette(theme: ScreenTheme, glyphs: Glyphs): ScreenPalette {
  if (theme === 'dim') {
    return {
      phaseColor: (kind) => dimColors[kind],
      faint: true,
      strong: false,
      blocks: false,
      barFilled: glyphs.barSoft,
      barEmpty: glyphs.barEmpty,
    };
  }
  return {
    phaseColor: (kind) => phaseStyles[kind].color,
    faint: false,
    strong: true,
    blocks: true,
    barFilled: glyphs.barFilled,
    barEmpty: glyphs.barEmpty,
  };
}
