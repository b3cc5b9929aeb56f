import { describe, expect, test } from 'vitest';
import { changedSpan } from '../../src/screen/changed-span.js';
import { type CellFrame, createInPlaceWriter } from '../../src/screen/in-place-writer.js';

// Between Ink's frames, the ticking cells are rewritten where they stand:
// only the cells that changed, from and back to the cursor below the frame.

describe('changed span', () => {
  test('only the cells between the first and last difference', () => {
    expect(changedSpan('  9s', '  8s')).toEqual({ start: 2, text: '8' });
    expect(changedSpan(' 10s', '  9s')).toEqual({ start: 1, text: ' 9' });
    expect(changedSpan('██░░░░', '████░░')).toEqual({ start: 2, text: '██' });
    // The pacer widens on both sides: one span over both ends.
    expect(changedSpan('░░██░░', '░████░')).toEqual({ start: 1, text: '████' });
  });

  test('nothing when equal; everything when nothing is known or the width changed', () => {
    expect(changedSpan('5:00 left', '5:00 left')).toBeUndefined();
    expect(changedSpan(undefined, '4:59 left')).toEqual({ start: 0, text: '4:59 left' });
    expect(changedSpan('10:00 left', '9:59 left')).toEqual({ start: 0, text: '9:59 left' });
  });
});

/** A frame of 10 rows: the countdown and bar on row 6, the clock at the end of row 0. */
function frame(countdown: string, bar: string, clock?: string): CellFrame {
  const paint = (text: string) => `<${text}>`;
  return {
    rows: 10,
    runs: {
      countdown: { row: 6, column: 0, text: countdown, paint },
      progress: { row: 6, column: countdown.length + 1, text: bar, paint },
      ...(clock ? { clock: { row: 0, column: 60, text: clock, paint } } : {}),
    },
  };
}

function writerWith(initial: CellFrame | undefined) {
  const writes: string[] = [];
  const writer = createInPlaceWriter({ write: (text: string) => writes.push(text) > 0 });
  let current = initial;
  writer.setSource(() => current);
  return {
    writer,
    writes,
    show(next: CellFrame | undefined) {
      current = next;
    },
  };
}

describe('in-place writer', () => {
  test('writes nothing until Ink has drawn a frame to write into', () => {
    const { writer, writes } = writerWith(frame('  9s', '██░░'));
    writer.refresh();
    expect(writer.active()).toBe(false);
    expect(writes).toEqual([]);
  });

  test('after a frame: every cell once, then only the cells that change', () => {
    const { writer, writes, show } = writerWith(frame('  9s', '██░░', '2:10 left'));
    writer.frameDrawn();
    expect(writer.active()).toBe(true);
    // Up from the row below the frame to the cell, the cells, back down, to column 1.
    expect(writes).toEqual([
      '\u001b[4A\u001b[1G<  9s>\u001b[4B\r' +
        '\u001b[4A\u001b[6G<██░░>\u001b[4B\r' +
        '\u001b[10A\u001b[61G<2:10 left>\u001b[10B\r',
    ]);
    writes.length = 0;
    writer.refresh();
    expect(writes).toEqual([]);
    show(frame('  8s', '███░', '2:09 left'));
    writer.refresh();
    expect(writes).toEqual([
      '\u001b[4A\u001b[3G<8>\u001b[4B\r' +
        '\u001b[4A\u001b[8G<█>\u001b[4B\r' +
        '\u001b[10A\u001b[63G<09>\u001b[10B\r',
    ]);
  });

  test('a new frame from Ink is written over afresh, whatever it drew', () => {
    const { writer, writes } = writerWith(frame('  9s', '██░░'));
    writer.frameDrawn();
    writes.length = 0;
    // Ink drew the frame again (a key, a resize): its cells may be older.
    writer.frameDrawn();
    expect(writes).toEqual([
      '\u001b[4A\u001b[1G<  9s>\u001b[4B\r\u001b[4A\u001b[6G<██░░>\u001b[4B\r',
    ]);
  });

  test('a cell that changed width is left to the next frame', () => {
    const { writer, writes, show } = writerWith(frame(' 10s', '░░░░', '10:00 left'));
    writer.frameDrawn();
    writes.length = 0;
    show(frame(' 10s', '░░░░', '9:59 left'));
    writer.refresh();
    expect(writes).toEqual([]);
  });

  test('no frame to write into: nothing is written, and the screen renders whole frames', () => {
    const { writer, writes, show } = writerWith(undefined);
    writer.frameDrawn();
    expect(writer.active()).toBe(false);
    show(frame('  9s', '██░░'));
    writer.refresh();
    expect(writes).toEqual([]);
    writer.frameDrawn();
    expect(writer.active()).toBe(true);
    writer.setSource(undefined);
    expect(writer.active()).toBe(false);
  });
});
