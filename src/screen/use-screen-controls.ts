import { useApp } from 'ink';
import { useEffect, useState } from 'react';
import type { Session } from '../session/session.js';
import type { KeyAction } from '../session/session-keys.js';
import type { JobControl } from '../terminal/job-control.js';
import { useSessionKeys } from './use-session-keys.js';

export interface ScreenControlOptions {
  session: Session;
  /** Whether keys can be read (and the session has not ended). */
  interactive: boolean;
  /** Ctrl-C in raw mode: end the session as the signal would. */
  onInterrupt?: () => void;
  /** Ctrl-Z and SIGTSTP: the screen hands the terminal over while stopped. */
  jobControl?: JobControl;
}

export interface ScreenControls {
  /** The help is asked for (?). */
  help: boolean;
  /** The phase the stop rules were asked in (x): they stay up until it has passed. */
  stopRulesAt: number | undefined;
  /** A second x: asking whether to end. */
  confirming: boolean;
}

// The keys of the live screen and what they leave on it, the same whether
// the screen is drawn as a frame or read out as lines.
export function useScreenControls({
  session,
  interactive,
  onInterrupt,
  jobControl,
}: ScreenControlOptions): ScreenControls {
  const [help, setHelp] = useState(false);
  // After x: the stop rules stay up through the release that follows.
  const [stopRulesAt, setStopRulesAt] = useState<number>();
  const [pains, setPains] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const { suspendTerminal, waitUntilRenderFlush } = useApp();
  useEffect(
    () =>
      jobControl?.handOverWith(async (whileStopped) => {
        // The PAUSED frame goes out first, then the terminal is handed back
        // clean, so nothing is drawn over the shell while pmr is stopped.
        await waitUntilRenderFlush();
        await suspendTerminal(whileStopped);
      }),
    [jobControl, suspendTerminal, waitUntilRenderFlush],
  );
  const actions: Record<KeyAction, () => void> = {
    pause: () => session.togglePause(),
    next: () => session.next(),
    back: () => session.back(),
    quit: () => session.stop('quit'),
    interrupt: onInterrupt ?? (() => session.stop('interrupted')),
    suspend: () => jobControl?.suspend(),
    help: () => setHelp((shown) => !shown),
    pain: () => {
      session.pain();
      setStopRulesAt(session.state().index);
      setHelp(false);
      setPains((count) => count + 1);
      if (pains >= 1) setConfirming(true);
    },
  };
  useSessionKeys({
    interactive,
    confirming,
    onConfirm: (end) => {
      setConfirming(false);
      if (end) session.stop('quit');
    },
    onAction: (action) => actions[action](),
  });
  return { help, stopRulesAt, confirming };
}
