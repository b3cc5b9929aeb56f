import type { Phase } from '../plan/phase.js';

// One event stream, several reporters: the engine emits these and knows
// nothing of who listens (screen, plain lines, JSON Lines, cues, history).

export type EndReason = 'completed' | 'quit' | 'interrupted' | 'terminated' | 'error';

export type SessionEvent =
  | {
      type: 'start';
      at_ms: number;
      routine: string;
      title: string;
      total_ms: number;
      phases: number;
    }
  /** A phase began; at_ms is when (engine time since start, pauses included). */
  | { type: 'phase'; at_ms: number; phase: Phase }
  | { type: 'pause'; at_ms: number; index: number }
  | { type: 'resume'; at_ms: number; index: number; paused_ms: number }
  | { type: 'skip'; at_ms: number; from: number; to: number }
  | { type: 'back'; at_ms: number; from: number; to: number }
  /** "This hurts": the tension ended at once and the group turned to imagery. */
  | { type: 'pain'; at_ms: number; index: number; group: string | null }
  | {
      type: 'end';
      at_ms: number;
      completed: boolean;
      reason: EndReason;
      /** Time spent, pauses excluded. */
      elapsed_ms: number;
      phases_done: number;
      groups_done: string[];
    };

export type SessionListener = (event: SessionEvent) => void;
