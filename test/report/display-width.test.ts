import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import {
  clipText,
  displayWidth,
  padEnd,
  padStart,
  takeColumns,
} from '../../src/report/display-width.js';
import { wrapText } from '../../src/report/wrap-text.js';

// Text is measured in terminal columns: wide characters take two, combining
// marks none, and nothing is ever cut in the middle of a character.

describe('display width', () => {
  test('wide characters and emoji take two columns, combining marks none', () => {
    expect(displayWidth('肩と首')).toBe(6);
    expect(displayWidth('🧘')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('abc')).toBe(3);
  });

  test('plain ASCII, measured and cut without string-width, comes out as string-width says', () => {
    const graphemes = new Intl.Segmenter();
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
        }),
        fc.integer({ min: -2, max: 40 }),
        (text, width) => {
          expect(displayWidth(text)).toBe(stringWidth(text));
          let taken = '';
          for (const { segment } of graphemes.segment(text)) {
            if (stringWidth(taken + segment) > width) break;
            taken += segment;
          }
          expect(takeColumns(text, width)).toBe(taken);
        },
      ),
    );
    // Controls are not plain: string-width decides.
    expect(displayWidth('a\u001b[31mb')).toBe(stringWidth('a\u001b[31mb'));
    expect(displayWidth('tab\there')).toBe(stringWidth('tab\there'));
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

describe('wrapping', () => {
  test('between words, by columns', () => {
    expect(wrapText('肩と首 をゆるめる 短い ルーティン', 10)).toEqual([
      '肩と首',
      'をゆるめる',
      '短い',
      'ルーティン',
    ]);
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });

  test('a word wider than the line is broken where it must be', () => {
    expect(wrapText('深呼吸のリセットです', 8)).toEqual(['深呼吸の', 'リセット', 'です']);
  });

  test('any paragraph wraps within any width, and keeps every word', () => {
    const word = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
      .filter((w) => !/\s/.test(w));
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 20 }),
        fc.integer({ min: 2, max: 40 }),
        (words, width) => {
          const lines = wrapText(words.join(' '), width);
          for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
          expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
        },
      ),
    );
  });
});

describe('remembered widths', () => {
  test('stay right past the bound, when the memory starts again', () => {
    const texts = Array.from({ length: 1200 }, (_, i) => `${'肩'.repeat(i % 7)}·${i}`);
    const widths = texts.map((text) => displayWidth(text));
    // Asked again, after the memory has been cleared and refilled.
    expect(texts.map((text) => displayWidth(text))).toEqual(widths);
    expect(displayWidth('肩肩·12')).toBe(7);
    expect(displayWidth('space pause · → next')).toBe(20);
  });
});
