import { type Glyphs, unicodeGlyphs } from '../report/glyphs.js';

// A one-line chart that reads without colour: eight heights, and a mark of
// its own for nothing at all, so an empty day is never mistaken for a small one.
export function sparkline(
  values: readonly number[],
  glyphs: Pick<Glyphs, 'sparks' | 'nothing'> = unicodeGlyphs,
): string {
  const { sparks } = glyphs;
  const top = Math.max(0, ...values);
  return values
    .map((value) => {
      if (value <= 0 || top === 0) return glyphs.nothing;
      const level = Math.ceil((value / top) * sparks.length) - 1;
      return sparks[Math.min(sparks.length - 1, Math.max(0, level))];
    })
    .join('');
}
