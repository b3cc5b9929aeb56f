import { describe, expect, test } from 'vitest';
import type { Phase } from '../../src/plan/phase.js';
import { formatClock, formatMinutes, formatSeconds } from '../../src/report/format-clock.js';
import { clipText, formatPhaseLine, phaseLineLayout } from '../../src/report/phase-line.js';

const tense: Phase = {
  index: 4,
  kind: 'tense',
  group: 'shoulders',
  label: 'Shoulders',
  cue: 'Lift your shoulders gently toward your ears.',
  offset_ms: 35_000,
  duration_ms: 5000,
  step: 0,
  mode: 'full',
};

describe('formatPhaseLine', () => {
  test('offset, word, label, length and cue on one line', () => {
    const line = formatPhaseLine(tense, phaseLineLayout([tense]));
    expect(line).toBe(
      '00:35  TENSE        Shoulders      5s  Lift your shoulders gently toward your ears.',
    );
  });

  test('never wider than the width it is given', () => {
    for (const width of [40, 60, 80]) {
      const line = formatPhaseLine(tense, phaseLineLayout([tense], width));
      expect(line.length).toBeLessThanOrEqual(width);
    }
    expect(formatPhaseLine(tense, phaseLineLayout([tense], 40)).endsWith('…')).toBe(true);
  });
});

describe('clock formats', () => {
  test('m:ss, rounding as asked', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(65_999)).toBe('01:05');
    expect(formatClock(64_001, 'ceil')).toBe('01:05');
    expect(formatClock(-5)).toBe('00:00');
  });

  test('phase lengths and minutes', () => {
    expect(formatSeconds(5000)).toBe('5s');
    expect(formatSeconds(7500)).toBe('7.5s');
    expect(formatSeconds(80_000)).toBe('1m 20s');
    expect(formatMinutes(300_000)).toBe('5.0 min');
    expect(formatMinutes(720_000)).toBe('12.0 min');
  });

  test('clipText marks a cut', () => {
    expect(clipText('abcdef', 4)).toBe('abc…');
    expect(clipText('abc', 4)).toBe('abc');
    expect(clipText('abc', 0)).toBe('');
  });
});
