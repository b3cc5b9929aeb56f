import type { Phase } from '../plan/phase.js';
import type { EndEvent, SessionState, SessionStatus } from '../session/session.js';
import { barCells, msUntilBarChange } from './bar-cells.js';
import { isBreath, pacerCells } from './pacer-cells.js';
import { msUntilNextPrompt, shownCue } from './shown-cue.js';
import { clockText, countdownText } from './ticking-texts.js';

// What the screen shows, reduced to the values a person can see. Two views
// that are equal draw the same frame, so the screen re-renders only when one
// of these changes.
export interface SessionView {
  status: SessionStatus;
  phase: Phase | null;
  index: number;
  /** The cue, or the prompt that has taken its place. */
  cue: string;
  /** Whole seconds left in the phase, rounded up. */
  countdown: number;
  /** Whole seconds left in the session, rounded up. */
  sessionLeft: number;
  /** Filled cells of the bar, or of the breath pacer during breaths. */
  cells: number;
  end: EndEvent | undefined;
}

export function sessionView(
  state: SessionState,
  bar: number,
  end: EndEvent | undefined,
): SessionView {
  const phase = state.phase;
  return {
    status: end ? 'ended' : state.status,
    phase,
    index: state.index,
    cue: phase ? shownCue(phase, state.phaseElapsedMs) : '',
    countdown: Math.ceil(state.phaseRemainingMs / 1000),
    sessionLeft: Math.ceil(state.sessionRemainingMs / 1000),
    cells: phase ? cellsOf(phase, state.phaseElapsedMs, bar) : 0,
    end,
  };
}

function cellsOf(phase: Phase, elapsedMs: number, bar: number): number {
  return isBreath(phase.kind)
    ? pacerCells(phase.kind, elapsedMs, phase.duration_ms, bar)
    : barCells(phase.kind, elapsedMs, phase.duration_ms, bar);
}

export function sameView(a: SessionView, b: SessionView): boolean {
  return (
    a.status === b.status &&
    a.index === b.index &&
    a.phase === b.phase &&
    a.cue === b.cue &&
    a.countdown === b.countdown &&
    a.sessionLeft === b.sessionLeft &&
    a.cells === b.cells &&
    a.end === b.end
  );
}

/**
 * Equal in all but the values that tick (the countdown, the session's
 * clock, the bar's cells), which can be rewritten in place: the frame
 * around them is the same. A countdown or clock that grows or shrinks by a
 * digit moves what is beside it, so their widths count as the frame's.
 */
export function sameFrame(a: SessionView, b: SessionView): boolean {
  return (
    a.status === b.status &&
    a.index === b.index &&
    a.phase === b.phase &&
    a.cue === b.cue &&
    a.end === b.end &&
    countdownText(a.countdown).length === countdownText(b.countdown).length &&
    clockText(a.sessionLeft).length === clockText(b.sessionLeft).length
  );
}

/** Milliseconds until something visible changes, for one well-placed timer. */
export function msUntilVisibleChange(state: SessionState, bar: number): number {
  if (state.status !== 'running' || !state.phase) return Number.POSITIVE_INFINITY;
  const untilWholeSecond = (ms: number) => (ms <= 0 ? Number.POSITIVE_INFINITY : ms % 1000 || 1000);
  return Math.min(
    untilWholeSecond(state.phaseRemainingMs),
    untilWholeSecond(state.sessionRemainingMs),
    msUntilBarChange(state.phase.kind, state.phaseElapsedMs, state.phase.duration_ms, bar),
    msUntilNextPrompt(state.phase, state.phaseElapsedMs),
  );
}
