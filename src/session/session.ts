import type { Phase, Plan } from '../plan/phase.js';
import type { EndReason, SessionEvent, SessionListener } from './session-event.js';

export type SessionStatus = 'idle' | 'running' | 'paused' | 'ended';

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

export type EndEvent = Extract<SessionEvent, { type: 'end' }>;

/**
 * A running session: owns time, knows nothing of screens.
 * Controls are no-ops when they make no sense (pause while paused, next after end).
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
  /** End now (q, a signal, an error). */
  /** This hurts: end any tension now, and only imagine this group from here on. */
  pain(): void;
  stop(reason: Exclude<EndReason, 'completed'>): void;
  state(): SessionState;
  subscribe(listener: SessionListener): () => void;
  /** Settles with the end event, however the session ends. */
  readonly done: Promise<EndEvent>;
}
