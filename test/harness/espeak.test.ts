import { readFileSync, rmSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { espeakAvailable, speakToWav } from '../helpers/espeak.js';
import { wavBytesDurationMs, wavDurationMs } from '../helpers/wav-duration.js';

// The helpers that measure real speech: a WAV file's length read from its
// chunks, and espeak-ng run the way pmr runs it.

interface Chunk {
  id: string;
  body: Buffer;
  /** A size other than the body's, as a streaming writer leaves it. */
  size?: number;
}

function wav(chunks: Chunk[]): Buffer {
  const parts = chunks.map(({ id, body, size }) => {
    const header = Buffer.alloc(8);
    header.write(id, 0, 'latin1');
    header.writeUInt32LE(size ?? body.length, 4);
    return Buffer.concat([header, body, Buffer.alloc(body.length % 2)]);
  });
  const riff = Buffer.alloc(12);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(4 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  riff.write('WAVE', 8, 'latin1');
  return Buffer.concat([riff, ...parts]);
}

/** A fmt chunk for 22050 Hz, 16-bit mono (espeak-ng's): 44100 bytes a second. */
function fmt(extra = 0): Chunk {
  const body = Buffer.alloc(16 + extra);
  body.writeUInt16LE(1, 0);
  body.writeUInt16LE(1, 2);
  body.writeUInt32LE(22050, 4);
  body.writeUInt32LE(44100, 8);
  body.writeUInt16LE(2, 12);
  body.writeUInt16LE(16, 14);
  return { id: 'fmt ', body };
}

const data = (bytes: number, size?: number): Chunk => ({
  id: 'data',
  body: Buffer.alloc(bytes),
  size,
});

describe('wavBytesDurationMs', () => {
  test('the data bytes over the byte rate', () => {
    expect(wavBytesDurationMs(wav([fmt(), data(4410)]))).toBe(100);
  });

  test('walks past other chunks, odd-sized ones padded, and a longer fmt', () => {
    const list = {
      id: 'LIST',
      body: Buffer.from('INFOISFT\u0005\u0000\u0000\u0000pmr!!', 'latin1'),
    };
    expect(list.body.length % 2).toBe(1);
    expect(wavBytesDurationMs(wav([fmt(2), list, data(44100)]))).toBe(1000);
    expect(wavBytesDurationMs(wav([list, fmt(), data(441)]))).toBe(10);
  });

  test('counts what is there when the size is a streaming placeholder', () => {
    expect(wavBytesDurationMs(wav([fmt(), data(882, 0x7ffff000)]))).toBe(20);
  });

  test('refuses what is not a WAV file it can read', () => {
    expect(() => wavBytesDurationMs(Buffer.from('hello'))).toThrow('not a RIFF file');
    const notWave = wav([fmt(), data(2)]);
    notWave.write('AVI ', 8, 'latin1');
    expect(() => wavBytesDurationMs(notWave)).toThrow('not a WAVE file');
    expect(() => wavBytesDurationMs(wav([fmt()]))).toThrow('no data chunk');
    expect(() => wavBytesDurationMs(wav([data(2), fmt()]))).toThrow('no fmt chunk');
  });
});

describe.runIf(espeakAvailable())('speakToWav', () => {
  test('writes a WAV file as long as espeak-ng speaks, slower at a lower rate', async () => {
    const normal = await speakToWav('Breathe in.', 150);
    const slow = await speakToWav('Breathe in.', 125);
    expect(wavDurationMs(normal)).toBe(wavBytesDurationMs(readFileSync(normal)));
    expect(wavDurationMs(normal)).toBeGreaterThan(500);
    expect(wavDurationMs(normal)).toBeLessThan(2000);
    expect(wavDurationMs(slow)).toBeGreaterThan(wavDurationMs(normal));
    rmSync(normal);
    rmSync(slow);
  });

  test('speaks words that look like an option instead of obeying them', async () => {
    // Without "--" espeak-ng would take this for a voice that does not exist and fail.
    const file = await speakToWav('-vnosuchvoice', 150);
    expect(wavDurationMs(file)).toBeGreaterThan(500);
    rmSync(file);
  });
});
