import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readTextFile, TextFileError } from '../../src/files/read-text-file.js';
import { tempHome } from '../helpers/run-pmr.js';

// Whatever sits at a path someone else chose is never waited on, never read
// without end, and named when it is not a regular file.

function problemOf(action: () => unknown): TextFileError['problem'] {
  try {
    action();
  } catch (error) {
    if (error instanceof TextFileError) return error.problem;
    throw error;
  }
  throw new Error('expected a TextFileError');
}

describe('readTextFile', () => {
  test('a regular file, whole or up to its bound', () => {
    const file = join(tempHome(), 'mine.yaml');
    writeFileSync(file, 'steps: [jaw]\n');
    expect(readTextFile(file)).toBe('steps: [jaw]\n');
    expect(readTextFile(file, { maxBytes: 13 })).toBe('steps: [jaw]\n');
    expect(problemOf(() => readTextFile(file, { maxBytes: 12 }))).toEqual({
      reason: 'too-large',
      maxBytes: 12,
    });
  });

  test('without a bound, a file of several chunks is read whole', () => {
    const file = join(tempHome(), 'history.jsonl');
    const text = `${'x'.repeat(99)}\n`.repeat(3000);
    writeFileSync(file, text);
    expect(readTextFile(file)).toBe(text);
  });

  test('missing, a folder, a FIFO, a device and a socket are named, never waited on', async () => {
    const home = tempHome();
    expect(problemOf(() => readTextFile(join(home, 'none.yaml')))).toEqual({ reason: 'missing' });
    mkdirSync(join(home, 'folder.yaml'));
    expect(problemOf(() => readTextFile(join(home, 'folder.yaml')))).toEqual({
      reason: 'not-a-file',
      kind: 'a folder',
    });
    // With no writer, an ordinary open of a FIFO would wait for ever.
    execFileSync('mkfifo', [join(home, 'pipe.yaml')]);
    expect(problemOf(() => readTextFile(join(home, 'pipe.yaml')))).toEqual({
      reason: 'not-a-file',
      kind: 'a FIFO',
    });
    expect(problemOf(() => readTextFile('/dev/zero', { maxBytes: 1024 }))).toEqual({
      reason: 'not-a-file',
      kind: 'a device',
    });
    const socket = join(home, 'socket.yaml');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      expect(problemOf(() => readTextFile(socket))).toEqual({
        reason: 'not-a-file',
        kind: 'a socket',
      });
    } finally {
      server.close();
    }
  });
});
