import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { tempHome } from './run-pmr.js';

export interface InProcessOptions {
  home?: string;
  input?: string;
  /** Variables for pmr; undefined leaves one out. */
  env?: Record<string, string | undefined>;
  /** stdout is a terminal this many columns wide (undefined columns: one that reports none). */
  terminal?: { columns: number | undefined };
}

export interface InProcessResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI's own code in this process, without starting Node each time:
 * for the many small cases a command's output must get right. State goes
 * under a throwaway PMR_HOME; the locale is UTF-8 unless a test says otherwise.
 */
export async function runInProcess(
  args: string[],
  options: InProcessOptions = {},
): Promise<InProcessResult> {
  let stdout = '';
  let stderr = '';
  const output = (collect: (text: string) => void, isTTY: boolean) =>
    Object.assign(
      new Writable({
        write(chunk, _encoding, callback) {
          collect(String(chunk));
          callback();
        },
      }),
      { isTTY, columns: options.terminal?.columns },
    ) as unknown as NodeJS.WriteStream;
  const stdin = Object.assign(Readable.from([options.input ?? '']), { isTTY: false });
  const status = await main(args, {
    stdout: output((text) => {
      stdout += text;
    }, options.terminal !== undefined),
    stderr: output((text) => {
      stderr += text;
    }, false),
    stdin: stdin as unknown as NodeJS.ReadStream,
    env: Object.fromEntries(
      Object.entries({
        PMR_HOME: options.home ?? tempHome(),
        LANG: 'C.UTF-8',
        ...options.env,
      }).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
  });
  return { status, stdout, stderr };
}
