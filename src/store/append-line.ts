import { closeSync, constants, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { makeFolder } from '../files/make-folder.js';
import { fileKind } from '../files/read-text-file.js';

// Appends one line to a file in a single write on a file opened for append,
// so concurrent writers never interleave within a line and nothing already
// written is ever rewritten. If a writer died mid-line (a disk that filled
// up), the next line starts on a fresh line instead of being glued to it;
// under heavy concurrency that check can leave a blank line, which readers skip.
// Only a regular file is written: a FIFO would take lines until its buffer
// filled and then stop the session mid-write.
// As 'a+', and without waiting should a FIFO sit at the path.
const appendFlags =
  constants.O_RDWR | constants.O_CREAT | constants.O_APPEND | (constants.O_NONBLOCK ?? 0);

export function appendLine(file: string, line: string): void {
  makeFolder(dirname(file));
  const fd = openSync(file, appendFlags, 0o666);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new Error(`it is ${fileKind(stats)}, not a file`);
    const size = stats.size;
    let prefix = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      if (last[0] !== 0x0a) prefix = '\n';
    }
    const data = Buffer.from(`${prefix}${line}\n`, 'utf8');
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written);
  } finally {
    closeSync(fd);
  }
}
