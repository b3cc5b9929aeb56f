import { readSync } from 'node:fs';

// Walks the lines of an open file from a byte offset, a chunk at a time, so a
// history of any length is read in bounded memory. Each line comes with its
// byte range and its 1-based line number; the text after the last newline
// (a line another pmr is still writing) comes last, marked unfinished.

export interface LineSpan {
  text: string;
  /** Byte offset of the line's first byte. */
  start: number;
  /** Byte offset just after its newline. */
  end: number;
  /** 1-based, as an editor counts. */
  number: number;
  /** No newline after it yet. */
  unfinished: boolean;
}

const chunkBytes = 1 << 20;

export function forEachLine(
  fd: number,
  from: { offset: number; line: number },
  size: number,
  visit: (line: LineSpan) => void,
): void {
  let buffer = Buffer.allocUnsafe(chunkBytes);
  let filled = 0; // bytes in buffer
  let bufferStart = from.offset; // file offset of buffer[0]
  let number = from.line;
  let eof = false;
  while (!eof || filled > 0) {
    if (!eof) {
      if (filled === buffer.length) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, filled);
        buffer = bigger;
      }
      const want = Math.min(buffer.length - filled, size - (bufferStart + filled));
      const read = want > 0 ? readSync(fd, buffer, filled, want, bufferStart + filled) : 0;
      if (read === 0) eof = true;
      filled += read;
    }
    let lineStart = 0;
    for (;;) {
      const newline = buffer.indexOf(10, lineStart);
      if (newline < 0 || newline >= filled) break;
      number++;
      visit({
        text: buffer.toString('utf8', lineStart, newline),
        start: bufferStart + lineStart,
        end: bufferStart + newline + 1,
        number,
        unfinished: false,
      });
      lineStart = newline + 1;
    }
    if (eof) {
      if (lineStart < filled)
        visit({
          text: buffer.toString('utf8', lineStart, filled),
          start: bufferStart + lineStart,
          end: bufferStart + filled,
          number: number + 1,
          unfinished: true,
        });
      return;
    }
    buffer.copy(buffer, 0, lineStart, filled);
    bufferStart += lineStart;
    filled -= lineStart;
  }
}
