import { type ChildProcess, spawn } from 'node:child_process';
import type { SpeechCommand } from './find-speech.js';
import { speechArguments } from './speech-arguments.js';

// Speaks one thing at a time beside the session: a new line stops the one
// still going, and stop() silences everything. It never waits on speech and
// never throws: a command that fails is reported once, through onFailure.

export interface Speaker {
  /** Says words now, stopping whatever is still being said; soft: quietly, where the engine can. */
  say(words: string, soft?: boolean): void;
  stop(): void;
  /** Resolves once nothing is being said. */
  idle(): Promise<void>;
}

export function createSpeaker(
  command: SpeechCommand,
  onFailure: (reason: string) => void,
): Speaker {
  let current: ChildProcess | undefined;
  let failed = false;
  const fail = (reason: string) => {
    if (failed) return;
    failed = true;
    onFailure(reason);
  };
  const stop = () => {
    const child = current;
    current = undefined;
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    if (command.cancelArgs) run([...command.cancelArgs]);
  };
  const run = (args: string[], stdin?: string): ChildProcess | undefined => {
    try {
      const child = spawn(command.file, args, {
        stdio: [stdin === undefined ? 'ignore' : 'pipe', 'ignore', 'ignore'],
        windowsHide: true,
      });
      child.on('error', (error: NodeJS.ErrnoException) => fail(error.code ?? error.message));
      if (stdin !== undefined) child.stdin?.end(stdin);
      return child;
    } catch (error) {
      fail((error as Error).message);
      return undefined;
    }
  };
  const idle = (): Promise<void> => {
    const child = current;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.once('error', () => resolve());
    });
  };
  return {
    idle,
    say(words, soft = false) {
      if (failed) return;
      stop();
      const { args, stdin } = speechArguments(command, words, soft);
      const child = run(args, stdin);
      if (!child) return;
      current = child;
      child.on('exit', (code, signal) => {
        // Stopped on purpose is fine; anything else ending badly is a failure.
        if (current === child) current = undefined;
        if (signal === null && code !== 0) fail(`${command.name} exited with ${code}`);
      });
    },
    stop,
  };
}
