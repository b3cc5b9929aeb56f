import { signalExitCode } from './ending-signals.js';

// Writing to a terminal or pipe can fail at any moment: the reader of a pipe
// goes away (`| head`), the terminal is closed, the disk is full. Unhandled,
// each is an "Unhandled 'error' event" crash. The guard catches them on
// stdout and stderr, remembers the first, and tells whoever is running.

export type OutputProblem =
  /** The reader of stdout went away: finish quietly. */
  | { kind: 'closed' }
  /** The terminal itself is gone (EIO): as if it had hung up. */
  | { kind: 'hangup' }
  /** Anything else (ENOSPC, …): say so in one line. */
  | { kind: 'failed'; code: string; message: string };

export interface OutputGuard {
  /** The first problem with stdout, if any. */
  problem(): OutputProblem | undefined;
  /** Whether stderr can still be written to. */
  stderrWorks(): boolean;
  /** Calls fn once stdout fails. */
  onProblem(fn: (problem: OutputProblem) => void): () => void;
  /** Resolves once what was written has gone out, or failed (and been caught). */
  settle(): Promise<void>;
}

export function classifyOutputError(error: NodeJS.ErrnoException): OutputProblem {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return { kind: 'closed' };
  if (error.code === 'EIO') return { kind: 'hangup' };
  return { kind: 'failed', code: error.code ?? 'an error', message: error.message };
}

/** The exit code for a problem with the output. */
export function outputExitCode(problem: OutputProblem): number {
  if (problem.kind === 'closed') return signalExitCode('SIGPIPE');
  if (problem.kind === 'hangup') return signalExitCode('SIGHUP');
  return 1;
}

/** One line for a failed output, or nothing when there is nothing to say. */
export function outputProblemLine(problem: OutputProblem): string | undefined {
  if (problem.kind !== 'failed') return undefined;
  const fix = problem.code === 'ENOSPC' ? ': the disk is full; free some space' : '';
  return `pmr: cannot write to standard output (${problem.code}${fix}).`;
}

export function guardOutput(
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): OutputGuard {
  let problem: OutputProblem | undefined;
  let stderrBroken = false;
  const listeners = new Set<(problem: OutputProblem) => void>();
  const onStdout = (error: NodeJS.ErrnoException) => {
    if (problem) return;
    problem = classifyOutputError(error);
    for (const listener of [...listeners]) listener(problem);
  };
  // A broken stderr leaves nowhere to report anything; pmr carries on quietly.
  const onStderr = () => {
    stderrBroken = true;
  };
  // The listeners stay for the life of the process: a write can fail after
  // the command itself is done, and must never crash it then.
  stdout.on('error', onStdout);
  stderr.on('error', onStderr);
  return {
    problem: () => problem,
    stderrWorks: () => !stderrBroken,
    onProblem(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    async settle() {
      await Promise.all([drained(stdout), drained(stderr)]);
      // A failed write's 'error' event comes a tick after its callback.
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const writable = stream as NodeJS.WritableStream & { destroyed?: boolean };
    if (writable.destroyed || !stream.writable) resolve();
    else stream.write('', () => resolve());
  });
}
