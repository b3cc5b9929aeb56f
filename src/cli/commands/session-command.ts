import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSound } from '../../cues/attach-cues.js';
import { makeFolder } from '../../files/make-folder.js';
import type { Plan } from '../../plan/phase.js';
import { createJsonReporter } from '../../report/json-reporter.js';
import { leftOutLine } from '../../report/left-out-line.js';
import { createPlainReporter } from '../../report/plain-reporter.js';
import { wrapText } from '../../report/wrap-text.js';
import { firstUseNotice, stopRulesText } from '../../safety/safety-words.js';
import { loadWithoutFetch } from '../../screen/load-without-fetch.js';
import type { Clock } from '../../session/clock.js';
import { createSession } from '../../session/create-session.js';
import type { Session } from '../../session/session.js';
import type { EndReason } from '../../session/session-event.js';
import { type KeyAction, keyLegend, type SessionOutput } from '../../session/session-keys.js';
import type { SessionFlags, SessionSettings } from '../../settings/session-settings.js';
import { loadRecentStreak } from '../../stats/history-stats.js';
import { createStreakObserver } from '../../stats/streak-observer.js';
import { historyPath } from '../../store/history-file.js';
import { createHistoryRecorder } from '../../store/record-session.js';
import { createSensitivityMarker } from '../../store/sensitivity-marker.js';
import { onEndingSignals, signalExitCode } from '../../terminal/ending-signals.js';
import { createJobControl, type JobControl } from '../../terminal/job-control.js';
import { type KeyInput, openKeyInput } from '../../terminal/key-input.js';
import { type OutputProblem, outputExitCode } from '../../terminal/output-guard.js';
import type { CommandContext } from '../command-context.js';
import { sessionExitCode } from '../exit-code.js';
import { holdableWarnings } from '../held-warnings.js';
import { listenForKeys } from '../key-controls.js';
import { prepareSession } from './prepare-session.js';

// A session from start to finish: plan it, then run it with everything that
// follows it as observers of the one event stream (the history, pain marks,
// sound, the screen or lines, the check-in after, the streak line). Signals,
// a closed pipe or terminal, and Ctrl-Z are handled here; whatever ends the
// session, it is recorded and the terminal is handed back as it was found.

/** Marks that the first-use safety notice has been shown. */
export const safetyNoticeMarker = 'safety-notice-shown';

export async function startSession(
  ref: string | undefined,
  flags: SessionFlags,
  context: CommandContext,
  commandNames: readonly string[],
): Promise<number> {
  const prepared = await prepareSession(ref, flags, context).catch(async (error: unknown) => {
    throw await withCommandHint(error, ref, commandNames);
  });
  return runSession(prepared.plan, prepared.settings, context, {
    flags: definedFlags({ routine: ref, ...flags }),
    markSensitive: async (group) => {
      const { openPreferences } = await import('../../store/preferences.js');
      (await openPreferences(context.dirs.config, context.warn)).markSensitive(group);
    },
  });
}

export interface SessionExtras {
  /** Flags as given, kept with the session's record. */
  flags: Record<string, unknown>;
  /** The engine's clock (tests run whole sessions in no time). */
  clock?: Clock;
  /** Remember a group that hurt (x), so it is gentler next time. */
  markSensitive: (group: string) => Promise<void>;
}

export async function runSession(
  plan: Plan,
  settings: SessionSettings,
  context: CommandContext,
  extras: SessionExtras,
): Promise<number> {
  const { io, dirs, guard } = context;
  const { output } = settings;
  const leftOut = leftOutLine(plan.left_out, settings.pacing.minutes ?? null);
  if (leftOut) context.warn(`pmr: ${leftOut}`);
  // While the live screen is drawn, a line written beside it would tear the
  // frame: warnings wait for the screen to finish.
  const notices = holdableWarnings(context.warn);
  const session = createSession(plan, {
    clock: extras.clock,
    onObserverFailure: (name, error) =>
      notices.warn(
        `pmr: ${name} stopped working (${error instanceof Error ? error.message : String(error)}); the session goes on without it.`,
      ),
  });

  // How the session ends when not by itself: the first signal, or a problem
  // with the output. `leaving` aborts a question asked before it starts.
  const leaving = new AbortController();
  let signal: NodeJS.Signals | undefined;
  let problem: OutputProblem | undefined;
  const end = (reason: Exclude<EndReason, 'completed'>) => {
    leaving.abort();
    session.stop(reason);
  };
  const keys = openKeyInput(io.stdin, Boolean(io.stdout.isTTY));
  const interrupt = (name: NodeJS.Signals) => {
    if (signal !== undefined || problem !== undefined) {
      // A second signal while ending: leave now, with the terminal restored.
      keys?.close();
      if (io.stdout.isTTY) io.stdout.write('\u001b[?25h');
      process.exit(signalExitCode(name));
    }
    signal = name;
    end(name === 'SIGINT' ? 'interrupted' : 'terminated');
  };
  const cleanups: Array<() => void> = [
    onEndingSignals(interrupt),
    guard.onProblem((found) => {
      problem = found;
      end(found.kind === 'closed' ? 'closed' : found.kind === 'hangup' ? 'terminated' : 'error');
    }),
  ];
  // The terminal closing under the keys is a hang-up too.
  const onKeysGone = () => interrupt('SIGHUP');
  keys?.stream.on('error', onKeysGone);
  cleanups.push(() => keys?.stream.off('error', onKeysGone));
  const exitCode = (reason: EndReason) => {
    if (signal) return signalExitCode(signal);
    if (problem) return outputExitCode(problem);
    return sessionExitCode(reason);
  };

  try {
    writeNotices(output, context, settings.stopRules);
    let before: number | undefined;
    if (settings.checkIn && keys) {
      const { askCheckIn } = await loadWithoutFetch(
        () => import('../../screen/render-check-in.js'),
      );
      const answer = await askCheckIn('before', {
        glyphs: context.display.glyphs,
        stdout: io.stdout,
        keys: keys.stream,
        signal: leaving.signal,
      });
      // No session was started, so there is nothing to record.
      if (answer === 'aborted') return exitCode('terminated');
      if (answer === 'interrupt') return signalExitCode('SIGINT');
      if (answer === 'quit') return 0;
      if (typeof answer === 'number') before = answer;
    }

    const recorder = createHistoryRecorder(plan, {
      file: historyPath(dirs.data),
      flags: extras.flags,
      bedtime: settings.bedtime,
      warn: notices.warn,
    });
    if (before !== undefined) recorder.checkIn('before', before);
    session.observe(recorder);
    session.observe(createSensitivityMarker(extras.markSensitive, notices.warn));
    const sound = createSound({
      sound: settings.sound,
      wordsPerMinute: plan.speech_wpm,
      voiceCommand: settings.voiceCommand,
      bellStream: bellStream(output, io),
      platform: process.platform,
      path: io.env.PATH,
      warn: notices.warn,
      state: () => session.state(),
    });

    const jobControl = keys ? createJobControl(sessionPauser(session)) : undefined;
    if (jobControl) cleanups.push(() => jobControl.dispose());
    if (output === 'screen') {
      const { createScreen } = await loadWithoutFetch(
        () => import('../../screen/render-session-screen.js'),
      );
      notices.hold();
      session.observe(
        createScreen(session, {
          glyphs: context.display.glyphs,
          theme: settings.theme,
          stdout: io.stdout,
          keys: keys?.stream,
          onInterrupt: () => interrupt('SIGINT'),
          jobControl,
          partingLater: Boolean(settings.checkIn && keys),
        }),
      );
      session.observe({ name: 'the warnings', onEnd: () => notices.release() });
      // After the screen, so its summary is drawn before the closing words end.
      if (sound) session.observe(sound);
      if (settings.checkIn && keys) {
        const { createCheckInAfter } = await loadWithoutFetch(
          () => import('../../screen/check-in-observer.js'),
        );
        session.observe(
          createCheckInAfter(
            {
              glyphs: context.display.glyphs,
              stdout: io.stdout,
              keys: keys.stream,
              signal: leaving.signal,
            },
            before,
            (rating) => recorder.checkIn('after', rating),
          ),
        );
      }
    } else {
      followWithoutScreen(session, output, context, keys, jobControl, interrupt);
      if (sound) session.observe(sound);
    }
    if (output !== 'json') {
      session.observe(
        createStreakObserver((now) => loadRecentStreak(dirs.data, notices.warn, now), context.out),
      );
    }

    session.start();
    const ended = await session.settled;
    return exitCode(ended.reason);
  } catch (error) {
    // A crash still ends the session in the history, as an error.
    session.stop('error');
    throw error;
  } finally {
    notices.release();
    for (const cleanup of cleanups) cleanup();
    keys?.close();
  }
}

/** Flags as given, without those left unset, for the session's record. */
function definedFlags(flags: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(flags).filter(([, value]) => value !== undefined));
}

/** Pauses for Ctrl-Z, resuming after fg only if it was running. */
function sessionPauser(session: Session) {
  return {
    pause: () => {
      const running = session.state().status === 'running';
      session.pause();
      return running;
    },
    resume: () => session.resume(),
  };
}

/** Plain lines or JSON Lines on stdout, and the keys beside them when a person is there. */
function followWithoutScreen(
  session: Session,
  output: Exclude<SessionOutput, 'screen'>,
  context: CommandContext,
  keys: KeyInput | undefined,
  jobControl: JobControl | undefined,
  interrupt: (signal: NodeJS.Signals) => void,
): void {
  const { out, io } = context;
  session.observe(
    output === 'json'
      ? createJsonReporter(out)
      : createPlainReporter(session.plan, out, context.display.glyphs),
  );
  // Hints are for a person watching, never for the log or the pipe.
  if (io.stderr.isTTY) {
    const hint = !keys
      ? 'Keys are off (no terminal to read them from); if anything hurts, Ctrl-C stops.'
      : output === 'json'
        ? `Keys: ${keyLegend('json', false)}`
        : `Keys: ${keyLegend('plain', false)} (if anything hurts, q stops)`;
    context.err(`${hint}\n`);
  }
  if (!keys || !jobControl) return;
  const actions: Record<KeyAction, () => void> = {
    pause: () => session.togglePause(),
    next: () => session.next(),
    back: () => session.back(),
    pain: () => session.pain(),
    quit: () => session.stop('quit'),
    interrupt: () => interrupt('SIGINT'),
    suspend: () => jobControl.suspend(),
    help: () => {},
  };
  const listener = listenForKeys(keys.stream, output, (action) => actions[action]());
  const handBack = jobControl.handOverWith(async (whileStopped) => {
    listener.release();
    await whileStopped();
    listener.reclaim();
  });
  session.observe({
    name: 'the keys',
    onEnd() {
      handBack();
      listener.stop();
    },
    detach() {
      handBack();
      listener.stop();
    },
  });
}

/** The bell rings on a terminal: the screen's, or stderr beside --plain and --json. */
function bellStream(
  output: SessionOutput,
  io: CommandContext['io'],
): NodeJS.WritableStream | undefined {
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
function writeNotices(
  output: SessionOutput,
  context: CommandContext,
  withStopRules: boolean,
): void {
  const { io, dirs } = context;
  const stream = output === 'screen' ? io.stdout : io.stderr;
  if (!stream.isTTY) return;
  const width = Math.min(72, stream.columns || 72);
  const lines: string[] = [];
  const marker = join(dirs.config, safetyNoticeMarker);
  if (!existsSync(marker)) {
    lines.push(...wrapText(firstUseNotice, width), '');
    try {
      makeFolder(dirs.config);
      writeFileSync(marker, `${new Date().toISOString()}\n`);
    } catch {
      // Not remembered: it is shown again next time, which does no harm.
    }
  }
  if (withStopRules) lines.push(...wrapText(stopRulesText, width), '');
  if (lines.length > 0) (output === 'screen' ? context.out : context.err)(`${lines.join('\n')}\n`);
}

/** `pmr lsit`: an unknown routine that is one slip from a command says so. */
async function withCommandHint(
  error: unknown,
  ref: string | undefined,
  commandNames: readonly string[],
): Promise<unknown> {
  const { UserError } = await import('../../user-error.js');
  if (
    !(error instanceof UserError) ||
    ref === undefined ||
    !error.message.startsWith('unknown routine')
  ) {
    return error;
  }
  const { closestMatch } = await import('../../routine/closest-match.js');
  const command = closestMatch(ref, commandNames);
  return command
    ? new UserError(`unknown routine or command "${ref}" — did you mean the command "${command}"?`)
    : error;
}
