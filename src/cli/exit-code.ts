import type { EndReason } from '../session/session-event.js';
import { signalExitCode } from '../terminal/ending-signals.js';

// How a session's end maps to the process exit code: 0 when it ran or was
// stopped with q; the shell's 128 + n for one a signal ended (130 for
// Ctrl-C); 141, as for SIGPIPE, when its output was closed; 1 when pmr failed.
export function sessionExitCode(reason: EndReason): number {
  switch (reason) {
    case 'completed':
    case 'quit':
      return 0;
    case 'interrupted':
      return signalExitCode('SIGINT');
    case 'terminated':
      return signalExitCode('SIGTERM');
    case 'closed':
      return signalExitCode('SIGPIPE');
    case 'error':
      return 1;
  }
}
