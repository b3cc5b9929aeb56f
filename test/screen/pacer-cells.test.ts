import { describe, expect, test } from 'vitest';
import { unicodeGlyphs } from '../../src/report/glyphs.js';
import { breathOpenness, pacerCells, pacerText } from '../../src/screen/pacer-cells.js';

// The breath pacer: a line from the middle that widens on the in-breath and
// narrows on the out-breath, slow at the turns, in ticks of a quarter second.

describe('the breath pacer', () => {
  test('opens through the in-breath and closes through the out-breath', () => {
    const opening = [0, 1000, 2000, 3000, 4000].map((ms) => breathOpenness('breathe-in', ms, 4000));
    const closing = [0, 1000, 2000, 3000, 4000].map((ms) =>
      breathOpenness('breathe-out', ms, 4000),
    );
    expect(opening[0]).toBe(0);
    expect(opening[2]).toBeCloseTo(0.5);
    expect(opening[4]).toBe(1);
    expect(closing[0]).toBe(1);
    expect(closing[4]).toBe(0);
    for (let i = 1; i < 5; i++) {
      expect(opening[i]).toBeGreaterThan(opening[i - 1] ?? 1);
      expect(closing[i]).toBeLessThan(closing[i - 1] ?? 0);
    }
  });

  test('slow at the turns, quicker between, as a breath is', () => {
    const step = (from: number) =>
      breathOpenness('breathe-in', from + 250, 4000) - breathOpenness('breathe-in', from, 4000);
    expect(step(0)).toBeLessThan(step(1750));
    expect(step(3750)).toBeLessThan(step(1750));
  });

  test('moves only on quarter-second ticks', () => {
    expect(breathOpenness('breathe-in', 1100, 4000)).toBe(breathOpenness('breathe-in', 1000, 4000));
    expect(breathOpenness('breathe-in', 1250, 4000)).toBeGreaterThan(
      breathOpenness('breathe-in', 1249, 4000),
    );
  });

  test('grows two cells at a time and stays centred, the full width always drawn', () => {
    for (let ms = 0; ms <= 4000; ms += 250) {
      const cells = pacerCells('breathe-in', ms, 4000, 33);
      expect(cells % 2).toBe(0);
      const text = pacerText(cells, 33, unicodeGlyphs);
      expect([...text]).toHaveLength(33);
      const left = text.indexOf('█');
      const right = text.length - 1 - text.lastIndexOf('█');
      if (cells > 0) expect(right - left).toBe(1);
    }
    expect(pacerText(4, 10, unicodeGlyphs)).toBe('░░░████░░░');
    expect(pacerCells('breathe-in', 4000, 4000, 33)).toBe(32);
  });
});
