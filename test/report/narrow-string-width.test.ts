import fc from 'fast-check';
import realStringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import narrowStringWidth from '../../src/report/narrow-string-width.js';

// The bundle gives narrow-string-width to Ink and its helpers in place of
// string-width: it must measure every text exactly as string-width does.

/** The symbols it measures without string-width: each must be one column there. */
const screenSymbols = [
  '·',
  '–',
  '—',
  '•',
  '…',
  '←',
  '↑',
  '→',
  '↓',
  '■',
  '□',
  '▲',
  '▸',
  '▼',
  '◂',
  '○',
  '●',
  ...Array.from({ length: 0x25a0 - 0x2500 }, (_, index) => String.fromCodePoint(0x2500 + index)),
];

const styled = (text: string) => `\u001b[2m${text}\u001b[22m`;

describe('narrow-string-width', () => {
  test('each symbol it takes on itself is one column in string-width too', () => {
    for (const symbol of screenSymbols) {
      expect(realStringWidth(symbol), `U+${symbol.codePointAt(0)?.toString(16)}`).toBe(1);
      expect(narrowStringWidth(symbol)).toBe(1);
    }
  });

  test('the same width as string-width for any text, styled or not, with any options', () => {
    const pieces = fc.oneof(
      fc.constantFrom(
        ...screenSymbols,
        '🧘',
        '肩',
        'é',
        'e\u0301',
        '\u200b',
        '\t',
        '\u001b[1m',
        '↔',
        '▶',
      ),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    );
    const options = fc.record(
      { ambiguousIsNarrow: fc.boolean(), countAnsiEscapeCodes: fc.boolean() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 8 }),
        fc.boolean(),
        options,
        (parts, style, opts) => {
          const text = style ? styled(parts.join('')) : parts.join('');
          expect(narrowStringWidth(text, opts)).toBe(realStringWidth(text, opts));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('a bar and a block letter row, plain and styled', () => {
    const bar = ' 12s ██████████░░░░░░░░';
    expect(narrowStringWidth(bar)).toBe(23);
    expect(narrowStringWidth(styled(bar))).toBe(23);
    expect(narrowStringWidth('▄▀▀▀ █▀▀▀ ▀█▀')).toBe(13);
    expect(narrowStringWidth('Rest 🧘')).toBe(realStringWidth('Rest 🧘'));
  });
});
