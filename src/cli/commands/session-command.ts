import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attachCues, type CueOptions } from '../../cues/attach-cues.js';
import type { Plan } from '../../plan/phase.js';
import { createJsonReporter } from '../../report/json-reporter.js';
import { createPlainReporter } from '../../report/plain-reporter.js';
import type { Reporter } from '../../report/reporter.js';
import { wrapText } from '../../report/wrap-text.js';
import { firstUseNotice, stopRules } from '../../safety/safety-words.js';
import { createSession } from '../../session/create-session.js';
import type { Session } from '../../session/session.js';
import { dayKey } from '../../stats/local-day.js';
import { practiceStats } from '../../stats/practice-stats.js';
import { streakLine } from '../../stats/streak-line.js';
import { historyPath } from '../../store/history-file.js';
import { loadSessions } from '../../store/load-history.js';
import { recordSession } from '../../store/record-session.js';
import type { CliIo } from '../cli-io.js';
import { type EndingSignal, sessionExitCode, signalExitCode } from '../exit-code.js';
import { listenForKeys } from '../key-controls.js';

// Runs a planned session with one way of showing it: the live screen (Ink,
// loaded only here), plain lines, or JSON Lines. Whatever ends the session,
// the terminal is handed back as it was found.

export type SessionOutput = 'screen' | 'plain' | 'json';

/** Marks that the first-use safety notice has been shown. */
export const safetyNoticeMarker = 'safety-notice-shown';

export function chooseOutput(flags: { plain?: boolean; json?: boolean }, io: CliIo): SessionOutput {
  if (flags.json) return 'json';
  if (flags.plain || !io.stdout.isTTY) return 'plain';
  return 'screen';
}

export interface SessionExtras {
  /** Where history.jsonl lives. */
  dataDir: string;
  /** Flags as given, kept with the session's record. */
  flags: Record<string, unknown>;
  /** Ask how tense the person feels before and after (live screen only). */
  checkIn: boolean;
  warn: (line: string) => void;
  /** The routine asks for the stop rules before it starts. */
  stopRules: boolean;
  /** Where the first-use safety notice is remembered. */
  configDir: string;
  /** Remember a group that hurt (x), so it is gentler next time. */
  markSensitive: (group: string) => Promise<void>;
  /** Bell or voice for eyes-closed practice. */
  cues: Pick<CueOptions, 'sound' | 'count' | 'slow' | 'voiceCommand'>;
}

export async function runSession(
  plan: Plan,
  output: SessionOutput,
  io: CliIo,
  extras: SessionExtras,
): Promise<number> {
  const session = createSession(plan);
  const recorder = recordSession(session, {
    file: historyPath(extras.dataDir),
    flags: extras.flags,
    warn: extras.warn,
  });
  session.subscribe((event) => {
    if (event.type !== 'pain' || !event.group) return;
    extras.markSensitive(event.group).catch((error: Error) => {
      extras.warn(`pmr: could not remember that ${event.group} hurt (${error.message}).`);
    });
  });
  writeNotices(output, io, extras);
  // While the live screen is drawn, a message written beside it would tear
  // the frame: those wait for the end of the session.
  let drawing = false;
  const waiting: string[] = [];
  const cueWarn = (line: string) => (drawing ? waiting.push(line) : extras.warn(line));
  const detachCues = attachCues(session, {
    ...extras.cues,
    bellStream: bellStream(output, io),
    platform: process.platform,
    path: io.env.PATH,
    warn: cueWarn,
  });
  let signal: EndingSignal | undefined;
  const onSignal = (name: EndingSignal) => () => {
    signal ??= name;
    const { status } = session.state();
    // Outside the session itself (a check-in is being asked) there is
    // nothing to stop: hand the terminal back and leave at once.
    if (status === 'idle' || status === 'ended') {
      if (io.stdin.isTTY && io.stdin.isRaw) io.stdin.setRawMode(false);
      if (io.stdout.isTTY) io.stdout.write('\u001b[?25h\n');
      process.exit(signalExitCode(name));
    }
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
      const { askCheckIn } = await import('../../screen/render-check-in.js');
      let before: number | undefined;
      if (extras.checkIn) {
        const answer = await askCheckIn('before', io);
        if (answer === 'interrupt') return 130;
        if (typeof answer === 'number') {
          before = answer;
          recorder.checkIn('before', answer);
        }
      }
      drawing = true;
      await renderSessionScreen(session, {
        stdout: io.stdout,
        stdin: io.stdin,
        interactive: Boolean(io.stdin.isTTY),
        onInterrupt: handlers.SIGINT,
      });
      drawing = false;
      for (const line of waiting.splice(0)) extras.warn(line);
      const ended = await session.done;
      if (extras.checkIn && (ended.reason === 'completed' || ended.reason === 'quit')) {
        const after = await askCheckIn('after', io, before);
        if (typeof after === 'number') recorder.checkIn('after', after);
      }
    } else {
      await runWithoutScreen(session, output, io, handlers.SIGINT);
    }
    const end = await session.done;
    if (output !== 'json') writeStreakLine(extras, io, end.completed);
    return sessionExitCode(end, signal);
  } catch (error) {
    // A crash still ends the session in the history, as an error.
    session.stop('error');
    throw error;
  } finally {
    detachCues();
    recorder.detach();
    for (const [name, handler] of Object.entries(handlers)) process.off(name, handler);
    io.stdout.off('error', onOutputError);
  }
}

/** The bell rings on a terminal: the screen's, or stderr beside --plain and --json. */
function bellStream(output: SessionOutput, io: CliIo): NodeJS.WritableStream | undefined {
  if (output === 'screen') return io.stdout;
  if (output === 'plain' && io.stdout.isTTY) return io.stdout;
  return io.stderr.isTTY ? io.stderr : undefined;
}

/**
 * Before a session, for the person at the terminal: the safety notice on
 * first use (remembered once seen) and the stop rules when the routine asks
 * for them. On the screen's terminal, or on stderr beside --plain and --json;
 * never into a pipe or a log.
 */
function writeNotices(output: SessionOutput, io: CliIo, extras: SessionExtras): void {
  const stream = output === 'screen' ? io.stdout : io.stderr;
  if (!stream.isTTY) return;
  const width = Math.min(72, stream.columns || 72);
  const lines: string[] = [];
  const marker = join(extras.configDir, safetyNoticeMarker);
  if (!existsSync(marker)) {
    lines.push(...wrapText(firstUseNotice, width), '');
    try {
      mkdirSync(extras.configDir, { recursive: true });
      writeFileSync(marker, `${new Date().toISOString()}\n`);
    } catch {
      // Not remembered: it is shown again next time, which does no harm.
    }
  }
  if (extras.stopRules) lines.push(...stopRules, '');
  if (lines.length > 0) stream.write(`${lines.join('\n')}\n`);
}

/** One calm line about the streak, from the history just written. */
function writeStreakLine(extras: SessionExtras, io: CliIo, completed: boolean): void {
  try {
    const sessions = loadSessions(extras.dataDir, extras.warn);
    const now = new Date();
    const today = dayKey(now);
    const stats = practiceStats(sessions, now);
    const completedToday =
      completed || sessions.some((s) => s.completed && dayKey(new Date(s.started_at)) === today);
    if (!io.stdout.destroyed) io.stdout.write(`${streakLine(stats.streak, completedToday)}\n`);
  } catch {
    // The streak is a nicety; a history that cannot be read was already warned about.
  }
}

async function runWithoutScreen(
  session: Session,
  output: 'plain' | 'json',
  io: CliIo,
  onInterrupt: () => void,
): Promise<void> {
  const interactive = Boolean(io.stdin.isTTY);
  // x (this hurts) needs a screen to show the stop rules on, or a program
  // reading --json to act on its event; plain lines say how to stop instead.
  const hint = !interactive
    ? 'Keys are off (input is not a terminal); if anything hurts, Ctrl-C stops.'
    : output === 'json'
      ? 'Keys: space pause · → next · ← back · x hurts · q quit'
      : 'Keys: space pause · → next · ← back · q quit (if anything hurts, q stops)';
  const write = (text: string) => {
    if (!io.stdout.destroyed) io.stdout.write(text);
  };
  const reporter: Reporter =
    output === 'json' ? createJsonReporter(write) : createPlainReporter(session.plan, write);
  // Hints are for a person watching, never for the log or the pipe.
  if (io.stderr.isTTY) io.stderr.write(`${hint}\n`);
  const unsubscribe = session.subscribe((event) => reporter.onEvent(event));
  const stopKeys = listenForKeys(io.stdin, session, onInterrupt, { pain: output === 'json' });
  try {
    session.start();
    await session.done;
    await reporter.close?.();
  } finally {
    stopKeys();
    unsubscribe();
  }
}
