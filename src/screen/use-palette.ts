import { useMemo } from 'react';
import { useGlyphs } from './glyphs-context.js';
import { type ScreenPalette, screenPalette } from './screen-palette.js';
import { useTheme } from './theme-context.js';

/** The palette for the screen's theme and glyph set. */
export function usePalette(): ScreenPalette {
  const theme = useTheme();
  const glyphs = useGlyphs();
  return useMemo(() => screenPalette(theme, glyphs), [theme, glyphs]);
}
