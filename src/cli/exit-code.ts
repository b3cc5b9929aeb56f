import type { EndEvent } from '../session/session.js';

// How a session's end maps to the process exit code: the shell convention of
// 128 + signal number for a session a signal ended.
export type EndingSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

const signalCodes: Record<EndingSignal, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

export function signalExitCode(signal: EndingSignal): number {
  return signalCodes[signal];
}

export function sessionExitCode(end: EndEvent, signal: EndingSignal | undefined): number {
  if (signal) return signalCodes[signal];
  switch (end.reason) {
    case 'completed':
    case 'quit':
      return 0;
    case 'interrupted':
      return 130;
    case 'terminated':
      return 143;
    case 'error':
      return 1;
  }
}
