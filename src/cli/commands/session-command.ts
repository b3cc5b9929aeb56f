import type { Plan } from '../../plan/phase.js';
import { createJsonReporter } from '../../report/json-reporter.js';
import { createPlainReporter } from '../../report/plain-reporter.js';
import type { Reporter } from '../../report/reporter.js';
import { createSession } from '../../session/create-session.js';
import type { Session } from '../../session/session.js';
import type { CliIo } from '../cli-io.js';
import { type EndingSignal, sessionExitCode } from '../exit-code.js';
import { listenForKeys } from '../key-controls.js';

// Runs a planned session with one way of showing it: the live screen (Ink,
// loaded only here), plain lines, or JSON Lines. Whatever ends the session,
// the terminal is handed back as it was found.

export type SessionOutput = 'screen' | 'plain' | 'json';

export function chooseOutput(flags: { plain?: boolean; json?: boolean }, io: CliIo): SessionOutput {
  if (flags.json) return 'json';
  if (flags.plain || !io.stdout.isTTY) return 'plain';
  return 'screen';
}

export async function runSession(plan: Plan, output: SessionOutput, io: CliIo): Promise<number> {
  const session = createSession(plan);
  let signal: EndingSignal | undefined;
  const onSignal = (name: EndingSignal) => () => {
    signal ??= name;
    session.stop(name === 'SIGINT' ? 'interrupted' : 'terminated');
  };
  const handlers = {
    SIGINT: onSignal('SIGINT'),
    SIGTERM: onSignal('SIGTERM'),
    SIGHUP: onSignal('SIGHUP'),
  } as const;
  for (const [name, handler] of Object.entries(handlers)) process.on(name, handler);

  // A reader that went away (`| head`) ends the session quietly.
  const onOutputError = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') session.stop('quit');
    else session.stop('error');
  };
  io.stdout.on('error', onOutputError);

  try {
    if (output === 'screen') {
      const { renderSessionScreen } = await import('../../screen/render-session-screen.js');
      await renderSessionScreen(session, {
        stdout: io.stdout,
        stdin: io.stdin,
        interactive: Boolean(io.stdin.isTTY),
        onInterrupt: handlers.SIGINT,
      });
    } else {
      await runWithoutScreen(session, output, io, handlers.SIGINT);
    }
    const end = await session.done;
    return sessionExitCode(end, signal);
  } finally {
    for (const [name, handler] of Object.entries(handlers)) process.off(name, handler);
    io.stdout.off('error', onOutputError);
  }
}

async function runWithoutScreen(
  session: Session,
  output: 'plain' | 'json',
  io: CliIo,
  onInterrupt: () => void,
): Promise<void> {
  const interactive = Boolean(io.stdin.isTTY);
  const hint = interactive
    ? 'Keys: space pause · → next · ← back · q quit'
    : 'Keys are off (input is not a terminal); Ctrl-C stops.';
  const write = (text: string) => {
    if (!io.stdout.destroyed) io.stdout.write(text);
  };
  const reporter: Reporter =
    output === 'json' ? createJsonReporter(write) : createPlainReporter(session.plan, write);
  // Hints are for a person watching, never for the log or the pipe.
  if (io.stderr.isTTY) io.stderr.write(`${hint}\n`);
  const unsubscribe = session.subscribe((event) => reporter.onEvent(event));
  const stopKeys = listenForKeys(io.stdin, session, onInterrupt);
  try {
    session.start();
    await session.done;
    await reporter.close?.();
  } finally {
    stopKeys();
    unsubscribe();
  }
}
