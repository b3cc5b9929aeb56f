// What a routine may hold, in one place: every field's choices, bounds and
// default. The loader, its zod schema (and so the JSON Schema for editors),
// the inline --groups routine, the command-line flags and the tests all read
// them from here.
//
// Timings come from the guide (tense about 5 s, release 10–20 s) and the
// clinical protocol (tense 5–7 s, release 30–40 s), with room either side.

export const positions = ['sitting', 'lying', 'reclined', 'side'] as const;

/** How a group is tensed: mildly, barely, or only in the mind. */
export const tensionModes = ['full', 'micro', 'imagery'] as const;

export const betweenKinds = ['none', 'breath', 'rest'] as const;

export interface Bounds {
  min: number;
  max: number;
}

/**
 * Seconds for each kind of timed phase. A release is never rushed (10 s at
 * least); a tension never lasts long; a breath is one a beginner can take:
 * out longer than in (see breathRules).
 */
export const paceBounds = {
  tense: { min: 1, max: 10 },
  release: { min: 10, max: 60 },
  inhale: { min: 2, max: 6 },
  exhale: { min: 3, max: 12 },
  rest: { min: 0, max: 60 },
} as const satisfies Record<string, Bounds>;

/** How an in-breath and an out-breath must relate: out longer, at most twice as long, 4 breaths a minute or more. */
export const breathRules = { longestRatio: 2, longestCycleSeconds: 15 } as const;

export const breathsBounds = { min: 0, max: 10 } as const satisfies Bounds;
export const repeatBounds = { min: 1, max: 3 } as const satisfies Bounds;
/** A whole session fitted with --minutes. */
export const minutesBounds = { min: 1, max: 90 } as const satisfies Bounds;

/** Characters allowed in each kind of text field. */
export const textLimits = {
  name: 40,
  title: 60,
  summary: 200,
  label: 40,
  cue: 160,
  closing: 40,
} as const;

/** The largest routine file read: far more than a long routine needs. */
export const maxRoutineBytes = 256 * 1024;

export const maxSteps = 200;
/** A routine's own prompts for long releases. */
export const maxPrompts = 10;
export const groupIdPattern = /^[a-z][a-z0-9-]*$/;

/** Every optional field's value when a routine leaves it out. */
export const routineDefaults = {
  summary: '',
  position: 'sitting',
  mode: 'full',
  stopRules: false,
  bedtime: false,
  breaths: 3,
  pace: { tense: 5, release: 15, inhale: 4, exhale: 6, rest: 5 },
  between: 'none',
  repeat: 1,
  scan: true,
  closing: 'soften',
  prompts: [],
} as const satisfies {
  summary: string;
  position: (typeof positions)[number];
  mode: (typeof tensionModes)[number];
  stopRules: boolean;
  bedtime: boolean;
  breaths: number;
  pace: Record<keyof typeof paceBounds, number>;
  between: (typeof betweenKinds)[number];
  repeat: number;
  scan: boolean;
  closing: string;
  prompts: readonly string[];
};
