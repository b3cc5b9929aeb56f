import type { Position, TensionMode } from '../routine/routine.js';

// Pacing options: what the command line (and later, preferences) asks of a plan.
// All fields optional; the planner validates them against the routine.

export interface Pacing {
  /** Longer releases, rests and breaths, as the guide advises at bedtime. */
  slow?: boolean;
  /** Seconds, overriding the routine's pace for every step. */
  tense?: number;
  release?: number;
  /** Opening slow breaths. */
  breaths?: number;
  /** Fit the whole session into this many minutes. */
  minutes?: number;
  /** Keep only these groups (ids), in the routine's order. */
  only?: string[];
  /** Leave out these groups (ids). */
  skip?: string[];
  /** Rotate the steps so the session begins with this group. */
  startWith?: string;
  /** Head down instead of feet up. */
  reverse?: boolean;
  /** Each group this many times in a row. */
  repeat?: number;
  /** false drops the closing whole-body scan. */
  scan?: boolean;
  /** --micro or --imagery: the whole session at least this gentle. */
  mode?: TensionMode;
  /** --position: the supported position to open with, instead of the routine's. */
  position?: Position;
  /** --count: breaths are paced aloud, their seconds counted softly. */
  count?: boolean;
  /** Groups marked as hurting in past sessions, with how many marks. */
  sensitive?: Readonly<Record<string, number>>;
}
