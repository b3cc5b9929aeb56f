import { Box, Text, useApp, useWindowSize } from 'ink';
import { useEffect, useState } from 'react';
import type { Plan } from '../plan/phase.js';
import type { Session } from '../session/session.js';
import { EndSummary } from './end-summary.js';
import { useGlyphs } from './glyphs-context.js';
import { Header } from './header.js';
import { HelpPanel } from './help-panel.js';
import { KeyLegend } from './key-legend.js';
import { nextLabel } from './next-label.js';
import { PhaseBanner } from './phase-banner.js';
import { PhaseProgress } from './phase-progress.js';
import { modeTags, phaseHint } from './phase-style.js';
import { barWidth, contentWidth } from './screen-layout.js';
import { StopRulesPanel } from './stop-rules-panel.js';
import { useSessionKeys } from './use-session-keys.js';
import { useSessionView } from './use-session-view.js';
import { whereLabel } from './where-label.js';

export interface SessionScreenProps {
  session: Session;
  interactive: boolean;
  onInterrupt?: () => void;
  /** Overrides the terminal's width (tests). */
  columns?: number;
}

export function SessionScreen({ session, interactive, onInterrupt, columns }: SessionScreenProps) {
  const window = useWindowSize();
  const glyphs = useGlyphs();
  const width = contentWidth(columns ?? window.columns);
  const bar = barWidth(width);
  const view = useSessionView(session, bar);
  const [help, setHelp] = useState(false);
  // After x: the stop rules stay up through the release that follows.
  const [stopRulesAt, setStopRulesAt] = useState<number>();
  const [pains, setPains] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const { exit } = useApp();
  useSessionKeys({
    session,
    interactive: interactive && view.status !== 'ended',
    onInterrupt: onInterrupt ?? (() => session.stop('interrupted')),
    onHelp: () => setHelp((shown) => !shown),
    onPain: () => {
      session.pain();
      setStopRulesAt(session.state().index);
      setHelp(false);
      setPains((count) => count + 1);
      if (pains >= 1) setConfirming(true);
    },
    confirming,
    onConfirm: (end) => {
      setConfirming(false);
      if (end) session.stop('quit');
    },
  });

  // Leave once the summary has been drawn.
  useEffect(() => {
    if (view.end) exit();
  }, [view.end, exit]);

  const { plan } = session;
  if (view.end) {
    return (
      <Box flexDirection="column" width={width}>
        <EndSummary plan={plan} end={view.end} />
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
          paused={paused}
          tag={phase.kind === 'tense' && phase.mode ? modeTags[phase.mode] : undefined}
        />
      </Box>
      <Box marginTop={1} flexDirection="column">
        {stopRules ? (
          <StopRulesPanel label={groupLabel(plan, phase.group)} confirmEnd={confirming} />
        ) : help ? (
          <HelpPanel />
        ) : (
          <>
            <Text bold>{phase.label}</Text>
            <Text>{phase.cue}</Text>
            {hint ? <Text dimColor>{hint}</Text> : null}
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
