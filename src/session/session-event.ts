import type { Phase } from '../plan/phase.js';

// One event stream, many followers: the engine emits these and knows nothing
// of who follows (screen, plain lines, JSON Lines, cues, history).

/**
 * Why a session ended: it ran to the end; q; Ctrl-C (SIGINT); a signal or the
 * terminal closing (SIGTERM, SIGHUP, …); the output was closed (a pipe's
 * reader went away); or pmr itself failed.
 */
export type EndReason = 'completed' | 'quit' | 'interrupted' | 'terminated' | 'closed' | 'error';

/** How far the session has come, as the engine counts it. */
export interface Progress {
  /** Active time at this moment, pauses excluded. */
  elapsed_ms: number;
  /** Phases reached so far, each counted once. */
  phases_done: number;
  /** Groups whose release has begun, in order, each once. */
  groups_done: string[];
}

export type SessionEvent =
  | {
      type: 'start';
      at_ms: number;
      routine: string;
      title: string;
      total_ms: number;
      phases: number;
      /** The rate every phase's speech is timed for, in words per minute. */
      speech_wpm: number;
    }
  /** A phase began; at_ms is when (engine time since start, pauses included). */
  | { type: 'phase'; at_ms: number; phase: Phase; progress: Progress }
  | { type: 'pause'; at_ms: number; index: number }
  | { type: 'resume'; at_ms: number; index: number; paused_ms: number }
  | { type: 'skip'; at_ms: number; from: number; to: number }
  | { type: 'back'; at_ms: number; from: number; to: number }
  /** "This hurts": the tension ended at once and the group turned to imagery. */
  | { type: 'pain'; at_ms: number; index: number; group: string | null }
  | ({
      type: 'end';
      at_ms: number;
      completed: boolean;
      reason: EndReason;
    } & Progress);

export type SessionEventType = SessionEvent['type'];
export type EventOf<T extends SessionEventType> = Extract<SessionEvent, { type: T }>;
