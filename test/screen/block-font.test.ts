import { describe, expect, test } from 'vitest';
import { imagineWord, phaseWords } from '../../src/plan/phase-words.js';
import { asciiGlyphs, unicodeGlyphs } from '../../src/report/glyphs.js';
import { bigLines, bigRows, bigWidth, fontLetters } from '../../src/screen/block-font.js';

// The phase word in big letters: a small block font of pmr's own, three rows
// tall in half-cell blocks, five in ASCII, and never wider than 40 columns.

const halves = unicodeGlyphs.letterCells;
const hashes = asciiGlyphs.letterCells;
const allWords = [...Object.values(phaseWords), imagineWord];

describe('the block font', () => {
  test('has every letter A to Z, each drawn differently', () => {
    const letters = fontLetters.filter((letter) => letter !== ' ');
    expect(letters.join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    const drawn = letters.map((letter) => bigRows(letter, halves).join('\n'));
    expect(new Set(drawn).size).toBe(26);
    for (const letter of letters) expect(bigWidth(letter)).toBeGreaterThanOrEqual(3);
  });

  test('draws a word three rows tall in half blocks, one column between letters', () => {
    expect(bigRows('TENSE', halves)).toEqual([
      '▀█▀ █▀▀▀ █▄ █ ▄▀▀▀ █▀▀▀',
      ' █  █▀▀  █ ▀█  ▀▀▄ █▀▀',
      ' ▀  ▀▀▀▀ ▀  ▀ ▀▀▀  ▀▀▀▀',
    ]);
  });

  test('draws it five rows tall in # where the locale is not UTF-8', () => {
    expect(bigRows('REST', hashes)).toEqual([
      '###  ####  ### ###',
      '#  # #    #     #',
      '###  ###   ##   #',
      '# #  #       #  #',
      '#  # #### ###   #',
    ]);
  });

  test('every phase word fits 40 columns, on one line or wrapped between words', () => {
    for (const word of allWords) {
      const lines = bigLines(word, 40);
      expect(lines, word).toBeDefined();
      expect(lines?.join(' ')).toBe(word);
      for (const line of lines ?? []) {
        for (const row of bigRows(line, halves)) expect(row.length).toBeLessThanOrEqual(40);
      }
    }
  });

  test('BREATHE OUT takes one line at 72 columns and two at 40', () => {
    expect(bigLines('BREATHE OUT', 72)).toEqual(['BREATHE OUT']);
    expect(bigLines('BREATHE OUT', 40)).toEqual(['BREATHE', 'OUT']);
  });

  test('a word too wide for any line, or a letter the font lacks, has no big letters', () => {
    expect(bigLines('RELEASE', 20)).toBeUndefined();
    expect(bigLines('ÉTIREZ', 72)).toBeUndefined();
  });
});
