import type { TensionMode } from '../routine/routine.js';

// The timeline: the single contract between planning and everything that runs
// or shows a session (engine, screen, plain and JSON reporters, `pmr show`).

export const phaseKinds = [
  'setup',
  'breathe-in',
  'breathe-out',
  'tense',
  'release',
  'rest',
  'scan',
  'closing',
] as const;
export type PhaseKind = (typeof phaseKinds)[number];

export interface Phase {
  /** Position in the timeline, from 0. */
  index: number;
  kind: PhaseKind;
  /** The muscle group id for tense and release (and a rest that follows one); else null. */
  group: string | null;
  /** What to show as the subject: the group's label, or e.g. "Settle in", "Whole body". */
  label: string;
  /** The sentence to show (and later speak). */
  cue: string;
  /** Milliseconds from the session start. */
  offset_ms: number;
  duration_ms: number;
  /** Which step (0-based) this phase belongs to, for "step k of n"; null outside steps. */
  step: number | null;
  /** How a tense phase (and the release after it) is done; null for other phases. */
  mode: TensionMode | null;
}

export interface PlanRoutine {
  name: string;
  title: string;
  summary: string;
  position: string;
  source: string;
  file: string;
}

export interface Plan {
  /** Per group in the plan: the imagery cue, for switching a group that hurts. */
  imageryCues: Readonly<Record<string, string>>;
  /** Groups in the plan that earlier sessions marked as hurting. */
  sensitive: readonly string[];
  routine: PlanRoutine;
  /** Number of steps (group tense/release rounds) in the timeline. */
  steps: number;
  phases: Phase[];
  /** Exactly the sum of the phases' durations. */
  total_ms: number;
}
