import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';

// Reads a file whose path someone else chose. Whatever sits there is looked
// at before it is opened (a device is never opened at all), opened without
// waiting (an ordinary open of a FIFO with no writer waits for ever), checked
// again through the open descriptor (so nothing can be swapped in between),
// refused unless it is a regular file, and read no further than a bound.

export type TextFileProblem =
  | { reason: 'missing' }
  | { reason: 'not-a-file'; kind: string }
  | { reason: 'too-large'; maxBytes: number }
  | { reason: 'unreadable'; code: string };

export class TextFileError extends Error {
  override name = 'TextFileError';
  constructor(
    readonly file: string,
    readonly problem: TextFileProblem,
  ) {
    super(`${file}: ${problem.reason}`);
  }
}

export interface ReadTextOptions {
  /** The most bytes a usable file can hold; without one, the whole file is read. */
  maxBytes?: number;
}

// Neither exists on Windows, where opening never waits on a pipe anyway.
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const chunkBytes = 64 * 1024;

/** The file's text; throws TextFileError for anything that is not a readable regular file. */
export function readTextFile(file: string, options: ReadTextOptions = {}): string {
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const { fd } = openTextFile(file, maxBytes);
  try {
    return readAtMost(fd, file, maxBytes);
  } finally {
    closeSync(fd);
  }
}

/**
 * The same checks as readTextFile, leaving the open descriptor to the caller
 * (who closes it), for reading a large file a piece at a time.
 */
export function openTextFile(
  file: string,
  maxBytes = Number.POSITIVE_INFINITY,
): { fd: number; stats: Stats } {
  refuseIfNotAFile(file, statOrThrow(file), maxBytes);
  let fd: number;
  try {
    fd = openSync(file, openFlags);
  } catch (error) {
    throw fileError(file, error);
  }
  try {
    // Checked again on what was opened: the path may have changed in between.
    const stats = fstatSync(fd);
    refuseIfNotAFile(file, stats, maxBytes);
    return { fd, stats };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** "a FIFO", "a folder": what a path holds, for messages. */
export function fileKind(stats: Stats): string {
  if (stats.isFile()) return 'a file';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

function statOrThrow(file: string): Stats {
  try {
    return statSync(file);
  } catch (error) {
    throw fileError(file, error);
  }
}

function refuseIfNotAFile(file: string, stats: Stats, maxBytes: number): void {
  if (!stats.isFile())
    throw new TextFileError(file, { reason: 'not-a-file', kind: fileKind(stats) });
  if (stats.size > maxBytes) throw new TextFileError(file, { reason: 'too-large', maxBytes });
}

// The size seen by fstat can be out of date by the time of the read (the file
// may be growing), so the bound is kept while reading too.
function readAtMost(fd: number, file: string, maxBytes: number): string {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const room = Math.min(chunkBytes, maxBytes + 1 - total);
    const chunk = Buffer.alloc(room);
    const read = readSync(fd, chunk, 0, room, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > maxBytes) throw new TextFileError(file, { reason: 'too-large', maxBytes });
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

function fileError(file: string, error: unknown): TextFileError {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  if (code === 'ENOENT') return new TextFileError(file, { reason: 'missing' });
  // Windows refuses to open a folder; Linux refuses to open a socket.
  if (code === 'EISDIR') return new TextFileError(file, { reason: 'not-a-file', kind: 'a folder' });
  if (code === 'ENXIO') return new TextFileError(file, { reason: 'not-a-file', kind: 'a socket' });
  return new TextFileError(file, { reason: 'unreadable', code });
}
