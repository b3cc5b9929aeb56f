import { describe, expect, test } from 'vitest';
import type { Phase } from '../../src/plan/phase.js';
import { clipText } from '../../src/report/display-width.js';
import { formatClock, formatMinutes, formatSeconds } from '../../src/report/format-clock.js';
import { formatPhaseLine, phaseLineLayout } from '../../src/report/phase-line.js';

const tense: Phase = {
  index: 4,
  kind: 'tense',
  group: 'shoulders',
  label: 'Shoulders',
  cue: 'Lift your shoulders gently toward your ears.',
  offset_ms: 35_000,
  duration_ms: 5000,
  step: 0,
  place: null,
  mode: 'full',
  speech: [],
  prompts: [],
};

describe('formatPhaseLine', () => {
  test('offset, word, label, length and cue on one line', () => {
    const line = formatPhaseLine(tense, phaseLineLayout([tense]));
    expect(line).toBe(
      '0:35  TENSE        Shoulders      5s  Lift your shoulders gently toward your ears.',
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
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65_999)).toBe('1:05');
    expect(formatClock(64_001, 'ceil')).toBe('1:05');
    expect(formatClock(64_500, 'round')).toBe('1:05');
    expect(formatClock(725_000)).toBe('12:05');
    expect(formatClock(-5)).toBe('0:00');
  });

  test('times in the first column line up, under ten minutes and over', () => {
    const phases = [0, 595_000, 605_000].map((offset_ms, index) => ({
      ...tense,
      index,
      offset_ms,
    }));
    const layout = phaseLineLayout(phases);
    const lines = phases.map((phase) => formatPhaseLine(phase, layout));
    expect(lines.map((line) => line.slice(0, 7))).toEqual([' 0:00  ', ' 9:55  ', '10:05  ']);
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
