import { constants } from 'node:os';

// The signals that end a session as SIGTERM does: pmr stops the session,
// records it, puts the terminal back as it found it, and exits with the
// shell's 128 + the signal's number. Without a handler, several of these
// would kill pmr with the terminal still in raw mode or the cursor hidden.
// (SIGUSR1 starts Node's inspector, so it is left alone.)

const posixSignals: readonly NodeJS.Signals[] = [
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  'SIGQUIT',
  'SIGABRT',
  'SIGALRM',
  'SIGBUS',
  'SIGFPE',
  'SIGILL',
  'SIGPROF',
  'SIGUSR2',
  'SIGVTALRM',
  'SIGXCPU',
  'SIGXFSZ',
  'SIGSYS',
  'SIGTRAP',
];
const windowsSignals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];

/** V8's sampling profiler ticks with SIGPROF: under `--cpu-prof` or `--prof` it is not an ending. */
function profiling(execArgv: readonly string[], nodeOptions: string): boolean {
  const flags = [...execArgv, ...nodeOptions.split(/\s+/)];
  return flags.some((flag) => /^--(cpu-)?prof(=|$)/.test(flag));
}

export function endingSignals(
  platform: NodeJS.Platform = process.platform,
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env.NODE_OPTIONS ?? '',
): readonly NodeJS.Signals[] {
  if (platform === 'win32') return windowsSignals;
  return profiling(execArgv, nodeOptions)
    ? posixSignals.filter((signal) => signal !== 'SIGPROF')
    : posixSignals;
}

/** The exit code a shell reports for a process a signal ended: 128 + its number. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 0);
}

/** Calls handler for each ending signal until the returned function is called. */
export function onEndingSignals(handler: (signal: NodeJS.Signals) => void): () => void {
  const listeners = endingSignals().map((signal) => {
    const listener = () => handler(signal);
    process.on(signal, listener);
    return () => process.off(signal, listener);
  });
  return () => {
    for (const remove of listeners) remove();
  };
}
