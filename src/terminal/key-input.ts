import { openSync } from 'node:fs';
import { ReadStream } from 'node:tty';

// Where a session reads its keys: standard input when it is a terminal, or
// else the terminal itself (/dev/tty) when the person is watching one, as
// with `cat mine.yaml | pmr run -`. Keys are read in raw mode, so nothing
// typed is echoed onto the screen.

export interface KeyInput {
  stream: NodeJS.ReadStream;
  /** Lets go of a terminal pmr opened itself. */
  close(): void;
}

export function openKeyInput(
  stdin: NodeJS.ReadStream,
  personWatching: boolean,
  platform: NodeJS.Platform = process.platform,
): KeyInput | undefined {
  if (stdin.isTTY) return { stream: stdin, close: () => {} };
  if (!personWatching || platform === 'win32') return undefined;
  try {
    const stream = new ReadStream(openSync('/dev/tty', 'r'));
    return {
      stream: stream as NodeJS.ReadStream,
      close: () => {
        if (stream.isRaw) stream.setRawMode(false);
        stream.destroy();
      },
    };
  } catch {
    return undefined; // no controlling terminal: keys are off
  }
}
