import { Box, type DOMElement, Text, useApp, useWindowSize } from 'ink';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Phase } from '../plan/phase.js';
import { phaseWord } from '../plan/phase-words.js';
import { displayWidth } from '../report/display-width.js';
import { wrapText } from '../report/wrap-text.js';
import type { Session } from '../session/session.js';
import { BigWord, bigWordHeight } from './big-word.js';
import { bigLines } from './block-font.js';
import { EndSummary } from './end-summary.js';
import { useGlyphs } from './glyphs-context.js';
import { Header } from './header.js';
import { type HeaderLayout, headerLayout, statusText } from './header-layout.js';
import { HelpPanel, helpPanelRows } from './help-panel.js';
import { useInPlaceWriter } from './in-place-context.js';
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
import { type DrawnFrame, tickingCells } from './ticking-cells.js';
import { clockText } from './ticking-texts.js';
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
  const inPlace = useInPlaceWriter();
  const view = useSessionView(session, feed, bar, inPlace);
  const paused = view.status === 'paused';
  const chromeShown = useChromeShown({
    fades: theme === 'dim',
    interactive: interactive && !view.end,
    paused,
  });
  const { exit } = useApp();
  // Between frames, the countdown, bar and clock are rewritten where this
  // render put them (in-place-writer.ts).
  const progressRow = useRef<DOMElement>(null);
  const drawn = useRef<DrawnFrame>(undefined);
  useLayoutEffect(() => {
    if (!inPlace) return;
    inPlace.setSource(() => tickingCells(session, drawn.current, progressRow.current));
    return () => inPlace.setSource(undefined);
  }, [inPlace, session]);

  // Leave once the summary has been drawn.
  useEffect(() => {
    if (view.end) exit();
  }, [view.end, exit]);

  const { plan } = session;
  drawn.current = undefined;
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
  const clock = clockText(view.sessionLeft);
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
  const big = bigLinesOf(phaseWord(phase), width);
  const bigRows = big ? bigWordHeight(big, glyphs) : 0;
  const otherRows = header.rows + spacerRows + fixedRows + body + legend.length;
  const terminalRows = rows ?? window.rows;
  const showBig = big !== undefined && fitsRows(otherRows + bigRows, terminalRows);
  drawn.current = {
    index: view.index,
    kind: phase.kind,
    bar,
    palette,
    clock: chromeShown ? clockPlace(header, clock, width, glyphs.separator) : undefined,
    terminalRows: terminalRows || Number.POSITIVE_INFINITY,
  };

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
        <PhaseProgress
          kind={phase.kind}
          countdown={view.countdown}
          cells={view.cells}
          bar={bar}
          ref={progressRow}
        />
      </Box>
      <Box marginTop={1} flexDirection="column">
        <Text dimColor>{nextLabel(plan, view.index)}</Text>
        <KeyLegend interactive={interactive} paused={paused} width={width} shown={chromeShown} />
      </Box>
    </Box>
  );
}

/**
 * Where the header's clock starts: at the end of the status, which stands at
 * the right of the title's row, or alone on the second row. Undefined when
 * the status is cut short to fit.
 */
function clockPlace(
  header: HeaderLayout,
  clock: string,
  width: number,
  separator: string,
): { row: number; column: number } | undefined {
  const status = statusText(header.where, clock, separator);
  const statusWidth = displayWidth(status);
  if (statusWidth > width) return undefined;
  const before = displayWidth(status.slice(0, status.length - clock.length));
  return header.together
    ? { row: 0, column: width - statusWidth + before }
    : { row: 1, column: before };
}

// The same word at the same width gives the same lines, the same array, so
// the memoised big word is not drawn again when nothing about it changed.
const bigLinesCache = new Map<string, readonly string[] | undefined>();
function bigLinesOf(word: string, width: number): readonly string[] | undefined {
  const key = `${width} ${word}`;
  if (!bigLinesCache.has(key)) bigLinesCache.set(key, bigLines(word, width));
  return bigLinesCache.get(key);
}

/** Rows of the label, the cue and the hint under it. */
function cueRows(phase: Phase, cue: string, hint: string | undefined, width: number): number {
  const rows = (text: string) => wrapText(text, width).length;
  return rows(phase.label) + rows(cue) + (hint ? rows(hint) : 0);
}
