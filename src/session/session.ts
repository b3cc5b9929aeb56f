import type { Phase, Plan } from '../plan/phase.js';
import type { EndReason, EventOf } from './session-event.js';
import type { SessionObserver } from './session-observer.js';
import type { SessionStatus } from './session-states.js';

export type { SessionStatus } from './session-states.js';

/** A snapshot of the session at one moment, for whoever draws it. */
export interface SessionState {
  status: SessionStatus;
  /** Index of the current phase (the last one once ended). */
  index: number;
  phase: Phase | null;
  /** Milliseconds into the current phase (frozen while paused). */
  phaseElapsedMs: number;
  phaseRemainingMs: number;
  /** Planned time left in the whole session from now. */
  sessionRemainingMs: number;
  /** Active time so far, pauses excluded. */
  elapsedMs: number;
}

export type EndEvent = EventOf<'end'>;

/**
 * A running session: owns time, knows nothing of screens. Its states and the
 * commands that apply in each are the table in session-states.ts; a command
 * that does not apply is ignored.
 */
export interface Session {
  readonly plan: Plan;
  /** Starts the clock and emits `start` then the first `phase`. */
  start(): void;
  pause(): void;
  resume(): void;
  togglePause(): void;
  /** Skip to the next phase. */
  next(): void;
  /** Restart the current group, or go to the previous one if just started. */
  back(): void;
  /** This hurts: end any tension now, and only imagine this group from here on. */
  pain(): void;
  /** End now (q, a signal, an error), or before it began. */
  stop(reason: Exclude<EndReason, 'completed'>): void;
  state(): SessionState;
  /** Follow the session; returns a function that stops following. */
  observe(observer: SessionObserver): () => void;
  /** Settles with the end event, however the session ends. */
  readonly done: Promise<EndEvent>;
  /** Settles after the end, once every observer's end has settled. */
  readonly settled: Promise<EndEvent>;
}
