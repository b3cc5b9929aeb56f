import { describe, expect, test } from 'vitest';
import { leftOutLine } from '../../src/report/left-out-line.js';

describe('leftOutLine', () => {
  test('nothing left out: no line', () => {
    expect(leftOutLine([], 5)).toBeNull();
  });

  test('names the target and lists what went, as a sentence', () => {
    expect(leftOutLine(['the repeats'], 1)).toBe('to fit 1 minute, left out the repeats.');
    expect(leftOutLine(['the repeats', 'the breaths between groups', 'hips, neck'], 2.5)).toBe(
      'to fit 2.5 minutes, left out the repeats, the breaths between groups, and hips, neck.',
    );
  });
});
