import type { Glyphs } from '../report/glyphs.js';

// A small block font for the phase word, readable from across a dark room.
// Each letter is five dots tall and three to five wide; '#' is a dot. With
// half-cell glyphs two dots share a row, so a word is three rows tall; in
// ASCII each dot is a '#' of its own, five rows tall.

const font: Readonly<Record<string, readonly string[]>> = {
  A: ['.##.', '#..#', '####', '#..#', '#..#'],
  B: ['###.', '#..#', '###.', '#..#', '###.'],
  C: ['.###', '#...', '#...', '#...', '.###'],
  D: ['###.', '#..#', '#..#', '#..#', '###.'],
  E: ['####', '#...', '###.', '#...', '####'],
  F: ['####', '#...', '###.', '#...', '#...'],
  G: ['.###', '#...', '#.##', '#..#', '.###'],
  H: ['#..#', '#..#', '####', '#..#', '#..#'],
  I: ['###', '.#.', '.#.', '.#.', '###'],
  J: ['...#', '...#', '...#', '#..#', '.##.'],
  K: ['#..#', '#.#.', '##..', '#.#.', '#..#'],
  L: ['#...', '#...', '#...', '#...', '####'],
  M: ['#...#', '##.##', '#.#.#', '#...#', '#...#'],
  N: ['#..#', '##.#', '#.##', '#..#', '#..#'],
  O: ['.##.', '#..#', '#..#', '#..#', '.##.'],
  P: ['###.', '#..#', '###.', '#...', '#...'],
  Q: ['.##.', '#..#', '#..#', '#.#.', '.#.#'],
  R: ['###.', '#..#', '###.', '#.#.', '#..#'],
  S: ['.###', '#...', '.##.', '...#', '###.'],
  T: ['###', '.#.', '.#.', '.#.', '.#.'],
  U: ['#..#', '#..#', '#..#', '#..#', '.##.'],
  V: ['#...#', '#...#', '#...#', '.#.#.', '..#..'],
  W: ['#...#', '#...#', '#.#.#', '##.##', '#...#'],
  X: ['#..#', '.##.', '.##.', '#..#', '#..#'],
  Y: ['#.#', '#.#', '.#.', '.#.', '.#.'],
  Z: ['####', '...#', '.##.', '#...', '####'],
  ' ': ['..', '..', '..', '..', '..'],
};

/** The letters the font can draw. */
export const fontLetters: readonly string[] = Object.keys(font);

const dotRows = 5;

/** Whether every character of a text has a big letter. */
export function canDrawBig(text: string): boolean {
  return [...text].every((character) => font[character] !== undefined);
}

/** The dots of a text, letter after letter with one empty column between. */
function dotsOf(text: string): string[] {
  const rows = Array.from({ length: dotRows }, () => '');
  [...text].forEach((character, index) => {
    const letter = font[character];
    if (!letter) throw new Error(`no big letter for "${character}"`);
    for (let row = 0; row < dotRows; row++) {
      rows[row] += (index > 0 ? '.' : '') + letter[row];
    }
  });
  return rows;
}

/** A text in big letters, as the rows a terminal shows; trailing blanks trimmed. */
export function bigRows(text: string, cells: Glyphs['letterCells']): string[] {
  const dots = dotsOf(text);
  const { full, upper, lower } = cells;
  const cell = (on: boolean) => (on ? full : ' ');
  if (upper === undefined || lower === undefined) {
    return dots.map((row) =>
      [...row]
        .map((dot) => cell(dot === '#'))
        .join('')
        .trimEnd(),
    );
  }
  const rows: string[] = [];
  for (let top = 0; top < dotRows; top += 2) {
    const upperDots = dots[top] ?? '';
    const lowerDots = dots[top + 1] ?? '';
    let row = '';
    for (let column = 0; column < upperDots.length; column++) {
      const up = upperDots[column] === '#';
      const down = lowerDots[column] === '#';
      row += up && down ? full : up ? upper : down ? lower : ' ';
    }
    rows.push(row.trimEnd());
  }
  return rows;
}

/** Columns a text takes in big letters. */
export function bigWidth(text: string): number {
  return dotsOf(text)[0]?.length ?? 0;
}

/**
 * A phase word in big letters within a width: on one line when it fits,
 * else wrapped between words (BREATHE / OUT). Undefined when one word alone
 * is wider than the width or has a letter the font lacks: the screen then
 * shows the word in plain letters only.
 */
export function bigLines(text: string, width: number): string[] | undefined {
  if (!canDrawBig(text)) return undefined;
  const lines: string[] = [];
  for (const word of text.split(' ').filter(Boolean)) {
    if (bigWidth(word) > width) return undefined;
    const last = lines.at(-1);
    if (last !== undefined && bigWidth(`${last} ${word}`) <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}
