import { readFileSync } from 'node:fs';

// How long a WAV file plays: the bytes of its data chunk over the byte rate in
// its fmt chunk. The chunks are walked, not assumed: a header is 44 bytes only
// when nothing (a LIST chunk, an extended fmt) comes before the data.

/** The length of a WAV file's sound, in milliseconds. */
export function wavDurationMs(file: string): number {
  return wavBytesDurationMs(readFileSync(file), file);
}

/** The same, for the bytes of a WAV file. */
export function wavBytesDurationMs(bytes: Buffer, name = 'the WAV data'): number {
  if (bytes.length < 12 || bytes.toString('latin1', 0, 4) !== 'RIFF') {
    throw new Error(`${name} is not a RIFF file`);
  }
  if (bytes.toString('latin1', 8, 12) !== 'WAVE') throw new Error(`${name} is not a WAVE file`);
  let byteRate: number | undefined;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('latin1', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + 16 > bytes.length) throw new Error(`${name} has a short fmt chunk`);
      byteRate = bytes.readUInt32LE(body + 8);
    } else if (id === 'data') {
      if (!byteRate) throw new Error(`${name} has no fmt chunk with a byte rate before its data`);
      // A writer that streams leaves a placeholder size until it closes the
      // file (espeak-ng writing to a pipe does): what is there is what counts.
      return (Math.min(size, bytes.length - body) * 1000) / byteRate;
    }
    // Chunks are padded to an even length.
    offset = body + size + (size % 2);
  }
  throw new Error(`${name} has no data chunk`);
}
