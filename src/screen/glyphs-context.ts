import { createContext, useContext } from 'react';
import { type Glyphs, unicodeGlyphs } from '../report/glyphs.js';

// The glyph set for everything the live screen draws, chosen once from the
// locale where the screen is rendered; Unicode unless told otherwise.
export const GlyphsContext = createContext<Glyphs>(unicodeGlyphs);

export function useGlyphs(): Glyphs {
  return useContext(GlyphsContext);
}
