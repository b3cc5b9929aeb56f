import { describe, expect, test } from 'vitest';
import { barCells, barText, msUntilBarChange } from '../../src/screen/bar-cells.js';

// The bar moves in ticks from the phase's end: once a second (with the
// countdown), four times a second for breaths (the pacer's ticks).

describe('bar cells', () => {
  test('a 10 s release fills a tenth of the bar each second, with the countdown', () => {
    expect(
      [0, 999, 1000, 5500, 9999, 10_000].map((ms) => barCells('release', ms, 10_000, 20)),
    ).toEqual([0, 0, 2, 10, 18, 20]);
  });

  test('a phase that is not a whole number of seconds ticks as its countdown does', () => {
    // 4.5 s: the countdown shows 5, 4 (after 0.5 s), 3 (after 1.5 s)…
    expect([0, 499, 500, 1500].map((ms) => barCells('tense', ms, 4500, 9))).toEqual([0, 0, 1, 3]);
    expect(msUntilBarChange('tense', 0, 4500, 9)).toBe(500);
    expect(msUntilBarChange('tense', 500, 4500, 9)).toBe(1000);
  });

  test('breaths tick four times a second', () => {
    expect(msUntilBarChange('breathe-in', 100, 4000, 16)).toBe(150);
    expect(msUntilBarChange('breathe-out', 250, 4000, 16)).toBe(250);
  });

  test('nothing to wait for once a phase is over; text is always the full width', () => {
    expect(msUntilBarChange('release', 10_000, 10_000, 20)).toBe(Number.POSITIVE_INFINITY);
    expect(barText(3, 5)).toBe('███░░');
    expect(barText(9, 5)).toBe('█████');
  });
});
