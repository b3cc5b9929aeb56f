import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { clipText, displayWidth, padEnd, padStart } from '../../src/report/display-width.js';

// Text is measured in terminal columns: wide characters take two, combining
// marks none, and nothing is ever cut in the middle of a character.

describe('display width', () => {
  test('wide characters and emoji take two columns, combining marks none', () => {
    expect(displayWidth('肩と首')).toBe(6);
    expect(displayWidth('🧘')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('abc')).toBe(3);
  });

  test('clipping counts columns and never splits a character', () => {
    expect(clipText('深呼吸のリセット', 7)).toBe('深呼吸…');
    expect(clipText('深呼吸のリセット', 8)).toBe('深呼吸…');
    expect(clipText('🧘🧘🧘', 4)).toBe('🧘…');
    expect(clipText('👩‍👩‍👧 family', 3)).toBe('👩‍👩‍👧…');
    expect(clipText('abcdef', 4, '...')).toBe('a...');
    // No room for the mark: cut without it.
    expect(clipText('abcdef', 2, '...')).toBe('ab');
    expect(clipText('深呼吸', 1)).toBe('');
  });

  test('padding counts columns', () => {
    expect(padEnd('肩', 4)).toBe('肩  ');
    expect(padStart('肩', 4)).toBe('  肩');
    expect(padEnd('toolong', 3)).toBe('toolong');
  });

  test('any text clipped to any width fits it', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.integer({ min: 0, max: 30 }),
        (text, width) => {
          expect(stringWidth(clipText(text, width))).toBeLessThanOrEqual(width);
        },
      ),
    );
  });
});
