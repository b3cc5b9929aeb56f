import type { TensionMode } from '../routine/routine.js';

// The timeline: the single contract between planning and everything that runs
// or shows a session (engine, screen, plain and JSON reporters, `pmr show`).

export const phaseKinds = [
  'setup',
  'breathe-in',
  'breathe-out',
  'prepare',
  'tense',
  'release',
  'rest',
  'scan',
  'closing',
] as const;
export type PhaseKind = (typeof phaseKinds)[number];

/** One thing said during a phase: when, from the phase's start, and the exact words. */
export interface SpeechLine {
  at_ms: number;
  text: string;
  /** Said quietly (a count), where the engine can. */
  soft?: boolean;
}

/** Words shown from a moment in a phase on, in place of its cue (a long release's prompts). */
export interface ShownLine {
  at_ms: number;
  text: string;
}

export interface Phase {
  /** Position in the timeline, from 0. */
  index: number;
  kind: PhaseKind;
  /** The muscle group id for prepare, tense and release (and a breath or rest after them); else null. */
  group: string | null;
  /** What to show as the subject: the group's label, or e.g. "Settle in", "Whole body". */
  label: string;
  /** The sentence shown as the phase begins. */
  cue: string;
  /** Everything spoken during the phase, in order. */
  speech: SpeechLine[];
  /** Words that take the cue's place on screen from a moment on (a long release's prompts). */
  prompts: ShownLine[];
  /** Milliseconds from the session start. */
  offset_ms: number;
  duration_ms: number;
  /** Which step (0-based) this phase belongs to, for "step k of n"; null outside steps. */
  step: number | null;
  /** Where the step stands among the routine's groups, when the phase belongs to one. */
  place: StepPlace | null;
  /** How a tense phase (and the release after it) is done; null for other phases. */
  mode: TensionMode | null;
  /**
   * How a group's announcement and tension read and sound once it is only
   * imagined (x pressed): the engine swaps them in for the rest of a session.
   */
  imagined?: { cue: string; speech: SpeechLine[] };
}

/** A step in a person's terms: the 3rd of 4 groups, round 2 of 2. */
export interface StepPlace {
  /** 1-based, among the plan's distinct groups in their first order. */
  group: number;
  groups: number;
  /** 1-based round of this group when the routine repeats each (1 of 1 otherwise). */
  round: number;
  rounds: number;
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
  /** Groups in the plan that earlier sessions marked as hurting. */
  sensitive: readonly string[];
  routine: PlanRoutine;
  /** Number of steps (group tense/release rounds) in the timeline. */
  steps: number;
  phases: Phase[];
  /** Exactly the sum of the phases' durations. */
  total_ms: number;
  /** The rate every line is timed for, in words per minute. */
  speech_wpm: number;
  /** What --minutes left out to fit (repeats, breaths, groups), in words; empty when nothing. */
  left_out: string[];
}
