// The normalized routine: what the loader returns and the planner consumes.
// Every optional field of the file format is filled in here, so later stages
// never deal with defaults or YAML.

import type { betweenKinds, positions, tensionModes } from './routine-spec.js';

export type Position = (typeof positions)[number];
/** How a group is tensed: mildly, barely, or only in the mind. */
export type TensionMode = (typeof tensionModes)[number];
export type Between = (typeof betweenKinds)[number];

/** Seconds for each kind of timed phase. */
export interface Pace {
  tense: number;
  release: number;
  inhale: number;
  exhale: number;
  rest: number;
}

export interface MuscleGroup {
  id: string;
  label: string;
  tenseCue: string;
  releaseCue: string;
  /** A barely-there contraction, for 1–2 seconds. */
  microCue: string;
  /** No movement: imagine tightening and letting go. */
  imageryCue: string;
}

export interface Step {
  group: string;
  /** Per-step overrides, in seconds; undefined means the routine's pace. */
  tense?: number;
  release?: number;
  /** Per-step cue overrides. */
  cue?: string;
  releaseCue?: string;
  mode?: TensionMode;
  /** --minutes may leave this step out first when time is short. */
  optional?: boolean;
}

export type RoutineSourceKind = 'built-in' | 'user' | 'path' | 'stdin' | 'inline';

export interface RoutineSource {
  kind: RoutineSourceKind;
  /** The file the routine was read from ('-' for stdin, '' for inline). */
  file: string;
}

export interface Routine {
  name: string;
  title: string;
  summary: string;
  position: Position;
  /** How every step is tensed unless a step says otherwise. */
  mode: TensionMode;
  /** Show the stop rules before the session starts (a routine for a sensitive back). */
  stopRules: boolean;
  /** A routine for winding down before sleep: spoken more slowly, counted as a bedtime session. */
  bedtime: boolean;
  /** Slow breaths that open the session. */
  breaths: number;
  pace: Pace;
  between: Between;
  /** Times each step is done in a row (a first session may do each twice). */
  repeat: number;
  /** The catalog merged with the groups this routine defines or refines, by id. */
  groups: Record<string, MuscleGroup>;
  steps: Step[];
  scan: boolean;
  /** The word to repeat on the last exhale. */
  closing: string;
  /** Words of the routine's own for long releases, said before pmr's. */
  prompts: string[];
  source: RoutineSource;
}
