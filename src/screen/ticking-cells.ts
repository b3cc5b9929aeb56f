import type { DOMElement } from 'ink';
import type { PhaseKind } from '../plan/phase.js';
import type { Session } from '../session/session.js';
import { framePosition } from './frame-position.js';
import type { CellFrame } from './in-place-writer.js';
import { cellPainter } from './paint-cells.js';
import type { ScreenPalette } from './screen-palette.js';
import { sessionView } from './session-view.js';
import { clockText, countdownText, progressText } from './ticking-texts.js';

// The live frame's ticking cells, where the last drawn frame put them and
// what they show now: the countdown and the bar (or pacer) on their row, and
// the clock at the end of the header's status.

/** What the last render drew around the ticking cells. */
export interface DrawnFrame {
  /** The phase drawn: its cells are written only while it is still the one running. */
  index: number;
  kind: PhaseKind;
  bar: number;
  palette: ScreenPalette;
  /** The clock's first cell, when it is in view and not cut short. */
  clock: { row: number; column: number } | undefined;
  /** The terminal's height: a frame as tall as the terminal is drawn without a row below to return to. */
  terminalRows: number;
}

interface Painters {
  countdown(text: string): string;
  progress(text: string): string;
  clock(text: string): string;
}

const painters = new WeakMap<ScreenPalette, Map<PhaseKind, Painters>>();

function paintersFor(palette: ScreenPalette, kind: PhaseKind): Painters {
  let byKind = painters.get(palette);
  if (!byKind) {
    byKind = new Map();
    painters.set(palette, byKind);
  }
  let found = byKind.get(kind);
  if (!found) {
    found = {
      countdown: cellPainter({ bold: palette.strong, dim: palette.faint }),
      progress: cellPainter({ color: palette.phaseColor(kind), dim: palette.faint }),
      clock: cellPainter({ dim: true }),
    };
    byKind.set(kind, found);
  }
  return found;
}

export function tickingCells(
  session: Session,
  drawn: DrawnFrame | undefined,
  progressRow: DOMElement | null,
): CellFrame | undefined {
  if (!drawn) return undefined;
  const place = framePosition(progressRow);
  if (!place || place.frameRows >= drawn.terminalRows) return undefined;
  const state = session.state();
  if (state.index !== drawn.index || state.phase?.kind !== drawn.kind) return undefined;
  const view = sessionView(state, drawn.bar, undefined);
  const paint = paintersFor(drawn.palette, drawn.kind);
  const countdown = countdownText(view.countdown);
  const runs: CellFrame['runs'] = {
    countdown: { row: place.row, column: place.column, text: countdown, paint: paint.countdown },
    progress: {
      row: place.row,
      // The countdown, then the row's one-cell gap.
      column: place.column + countdown.length + 1,
      text: progressText(drawn.kind, view.cells, drawn.bar, drawn.palette),
      paint: paint.progress,
    },
  };
  return {
    rows: place.frameRows,
    runs: drawn.clock
      ? {
          ...runs,
          clock: { ...drawn.clock, text: clockText(view.sessionLeft), paint: paint.clock },
        }
      : runs,
  };
}
