import { Box, Text, useApp, useWindowSize } from 'ink';
import { useEffect } from 'react';
import type { Phase } from '../plan/phase.js';
import { phaseWord } from '../plan/phase-words.js';
import { formatClock } from '../report/format-clock.js';
import { wrapText } from '../report/wrap-text.js';
import type { Session } from '../session/session.js';
import { BigWord, bigWordHeight } from './big-word.js';
import { bigLines } from './block-font.js';
import { EndSummary } from './end-summary.js';
import { useGlyphs } from './glyphs-context.js';
import { Header } from './header.js';
import { headerLayout } from './header-layout.js';
import { HelpPanel, helpPanelRows } from './help-panel.js';
import { KeyLegend, keyLegendLines } from './key-legend.js';
import { nextLabel } from './next-label.js';
import { Paragraph } from './paragraph.js';
import { PhaseBanner } from './phase-banner.js';
import { PhaseProgress } from './phase-progress.js';
import { modeTags, phaseHint } from './phase-style.js';
import { barWidth, contentWidth, fitsRows } from './screen-layout.js';
import type { SessionFeed } from './session-feed.js';
import { StopRulesPanel, stopRulesRows } from './stop-rules-panel.js';
import { useTheme } from './theme-context.js';
import { useChromeShown } from './use-fading-chrome.js';
import { usePalette } from './use-palette.js';
import type { ScreenControls } from './use-screen-controls.js';
import { useSessionView } from './use-session-view.js';
import { groupLabel, whereLabels } from './where-label.js';

export interface LiveFrameProps {
  session: Session;
  feed: SessionFeed;
  interactive: boolean;
  controls: ScreenControls;
  /** A check-in follows: the parting words wait for its answer. */
  partingLater?: boolean;
  /** Override the terminal's size (tests). */
  columns?: number;
  rows?: number;
}

/**
 * Top to bottom: the header, a blank, the big word, the banner, a blank, the
 * body, a blank, the bar, a blank, what comes next, the legend. Besides the
 * header, big word, body and legend, that is four blanks and three rows.
 */
const spacerRows = 4;
const fixedRows = 3;

// The session as one frame, redrawn only when something visible changes:
// where we are and the time left; the phase word in big letters (when the
// terminal is tall enough) and in one line with its symbol; the group and
// its cue, or the help, or the stop rules; a countdown with its bar (the
// pacer during breaths); what comes next; the keys.
export function LiveFrame({
  session,
  feed,
  interactive,
  controls,
  partingLater,
  columns,
  rows,
}: LiveFrameProps) {
  const window = useWindowSize();
  const glyphs = useGlyphs();
  const palette = usePalette();
  const theme = useTheme();
  const width = contentWidth(columns ?? window.columns);
  const bar = barWidth(width);
  const view = useSessionView(session, feed, bar);
  const paused = view.status === 'paused';
  const chromeShown = useChromeShown({
    fades: theme === 'dim',
    interactive: interactive && !view.end,
    paused,
  });
  const { exit } = useApp();

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
  const hint = phaseHint(phase.kind, phase.mode, glyphs);
  const stopRules = controls.confirming || view.index === controls.stopRulesAt;
  const stopRulesLabel = phase.group ? groupLabel(plan, phase) : undefined;
  const clock = `${formatClock(view.sessionLeft * 1000)} left`;
  const header = headerLayout(
    plan.routine.title,
    whereLabels(plan, view.index, glyphs.separator),
    clock,
    width,
    glyphs.separator,
  );
  const body = stopRules
    ? stopRulesRows(stopRulesLabel, controls.confirming, width)
    : controls.help
      ? helpPanelRows(width)
      : cueRows(phase, view.cue, hint, width);
  const legend = keyLegendLines(interactive, paused, width, glyphs);
  const big = bigLines(phaseWord(phase), width);
  const bigRows = big ? bigWordHeight(big, glyphs) : 0;
  const otherRows = header.rows + spacerRows + fixedRows + body + legend.length;
  const showBig = big !== undefined && fitsRows(otherRows + bigRows, rows ?? window.rows);

  return (
    <Box flexDirection="column" width={width}>
      <Header
        title={plan.routine.title}
        layout={header}
        clock={clock}
        width={width}
        clockShown={chromeShown}
      />
      <Box marginTop={1} flexDirection="column">
        {showBig && big ? <BigWord kind={phase.kind} lines={big} /> : null}
        <PhaseBanner
          kind={phase.kind}
          mode={phase.mode}
          paused={paused}
          tag={phase.kind === 'tense' && phase.mode ? modeTags[phase.mode] : undefined}
        />
      </Box>
      <Box marginTop={1} flexDirection="column">
        {stopRules ? (
          <StopRulesPanel label={stopRulesLabel} confirmEnd={controls.confirming} width={width} />
        ) : controls.help ? (
          <HelpPanel width={width} />
        ) : (
          <>
            <Paragraph
              bold={palette.strong}
              dimColor={palette.faint}
              text={phase.label}
              width={width}
            />
            <Paragraph dimColor={palette.faint} text={view.cue} width={width} />
            {hint ? <Paragraph dimColor text={hint} width={width} /> : null}
          </>
        )}
      </Box>
      <Box marginTop={1}>
        <PhaseProgress kind={phase.kind} countdown={view.countdown} cells={view.cells} bar={bar} />
      </Box>
      <Box marginTop={1} flexDirection="column">
        <Text dimColor>{nextLabel(plan, view.index)}</Text>
        <KeyLegend interactive={interactive} paused={paused} width={width} shown={chromeShown} />
      </Box>
    </Box>
  );
}

/** Rows of the label, the cue and the hint under it. */
function cueRows(phase: Phase, cue: string, hint: string | undefined, width: number): number {
  const rows = (text: string) => wrapText(text, width).length;
  return rows(phase.label) + rows(cue) + (hint ? rows(hint) : 0);
}
