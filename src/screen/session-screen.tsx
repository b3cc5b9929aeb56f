import { Box, Text, useApp, useWindowSize } from 'ink';
import { useEffect, useState } from 'react';
import type { Plan } from '../plan/phase.js';
import type { Session } from '../session/session.js';
import type { KeyAction } from '../session/session-keys.js';
import type { JobControl } from '../terminal/job-control.js';
import { EndSummary } from './end-summary.js';
import { useGlyphs } from './glyphs-context.js';
import { Header } from './header.js';
import { HelpPanel } from './help-panel.js';
import { KeyLegend } from './key-legend.js';
import { nextLabel } from './next-label.js';
import { Paragraph } from './paragraph.js';
import { PhaseBanner } from './phase-banner.js';
import { PhaseProgress } from './phase-progress.js';
import { modeTags, phaseHint } from './phase-style.js';
import { barWidth, contentWidth } from './screen-layout.js';
import type { SessionFeed } from './session-feed.js';
import { StopRulesPanel } from './stop-rules-panel.js';
import { useSessionKeys } from './use-session-keys.js';
import { useSessionView } from './use-session-view.js';
import { whereLabel } from './where-label.js';

export interface SessionScreenProps {
  session: Session;
  /** The session's events, as an observer sees them. */
  feed: SessionFeed;
  /** Whether keys can be read. */
  interactive: boolean;
  /** Ctrl-C in raw mode: end the session as the signal would. */
  onInterrupt?: () => void;
  /** Ctrl-Z and SIGTSTP: the screen hands the terminal over while stopped. */
  jobControl?: JobControl;
  /** A check-in follows the session: its answer decides the parting words. */
  partingLater?: boolean;
  /** Overrides the terminal's width (tests). */
  columns?: number;
}

export function SessionScreen({
  session,
  feed,
  interactive,
  onInterrupt,
  jobControl,
  partingLater,
  columns,
}: SessionScreenProps) {
  const window = useWindowSize();
  const glyphs = useGlyphs();
  const width = contentWidth(columns ?? window.columns);
  const bar = barWidth(width);
  const view = useSessionView(session, feed, bar);
  const [help, setHelp] = useState(false);
  // After x: the stop rules stay up through the release that follows.
  const [stopRulesAt, setStopRulesAt] = useState<number>();
  const [pains, setPains] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const { exit, suspendTerminal, waitUntilRenderFlush } = useApp();
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
    interactive: interactive && view.status !== 'ended',
    confirming,
    onConfirm: (end) => {
      setConfirming(false);
      if (end) session.stop('quit');
    },
    onAction: (action) => actions[action](),
  });

  // Leave once the summary has been drawn.
  useEffect(() => {
    if (view.end) exit();
  }, [view.end, exit]);

  const { plan } = session;
  if (view.end) {
    return (
      <Box flexDirection="column" width={width}>
        <EndSummary plan={plan} end={view.end} partingLater={partingLater} />
      </Box>
    );
  }
  const phase = view.phase;
  if (!phase) return null;
  const paused = view.status === 'paused';
  const hint = phaseHint(phase.kind, phase.mode, glyphs);
  const stopRules = confirming || view.index === stopRulesAt;
  const next = nextLabel(plan.phases, view.index);
  return (
    <Box flexDirection="column" width={width}>
      <Header
        title={plan.routine.title}
        where={whereLabel(plan, view.index)}
        sessionLeft={view.sessionLeft}
        width={width}
      />
      <Box marginTop={1}>
        <PhaseBanner
          kind={phase.kind}
          mode={phase.mode}
          paused={paused}
          tag={phase.kind === 'tense' && phase.mode ? modeTags[phase.mode] : undefined}
        />
      </Box>
      <Box marginTop={1} flexDirection="column">
        {stopRules ? (
          <StopRulesPanel
            label={groupLabel(plan, phase.group)}
            confirmEnd={confirming}
            width={width}
          />
        ) : help ? (
          <HelpPanel width={width} />
        ) : (
          <>
            <Paragraph bold text={phase.label} width={width} />
            <Paragraph text={phase.cue} width={width} />
            {hint ? <Paragraph dimColor text={hint} width={width} /> : null}
          </>
        )}
      </Box>
      <Box marginTop={1}>
        <PhaseProgress kind={phase.kind} countdown={view.countdown} cells={view.cells} bar={bar} />
      </Box>
      <Box marginTop={1} flexDirection="column">
        <Text dimColor>{next ? `Next: ${next}` : 'Last one'}</Text>
        <KeyLegend interactive={interactive} paused={paused} />
      </Box>
    </Box>
  );
}

/** The name of a group as its tension shows it (a breath after it carries its id, not its name). */
function groupLabel(plan: Plan, group: string | null): string | undefined {
  if (!group) return undefined;
  return plan.phases.find((phase) => phase.group === group && phase.kind === 'tense')?.label;
}
