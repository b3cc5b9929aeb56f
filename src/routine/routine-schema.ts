import { z } from 'zod';
import {
  betweenKinds,
  breathsBounds,
  groupIdPattern,
  maxPrompts,
  maxSteps,
  paceBounds,
  positions,
  repeatBounds,
  routineDefaults,
  tensionModes,
  textLimits,
} from './routine-spec.js';
import { unsafeCharacter } from './safe-text.js';

// The routine file format, declared once. The loader validates with it and
// turns its issues into positioned messages; a JSON Schema for editors can be
// generated from it. Messages are written by the loader (routine-messages.ts),
// so this file stays declarative. Choices, bounds and defaults come from
// routine-spec.ts; zod fills the defaults in, so the loader never repeats them.

type RoutineSchemas = ReturnType<typeof buildSchemas>;
let schemas: RoutineSchemas | undefined;

/**
 * The schemas, built on first use: building them takes milliseconds, which a
 * command that reads no routine file (or only built-in ones) never spends.
 */
export function routineSchemas(): RoutineSchemas {
  schemas ??= buildSchemas();
  return schemas;
}

function buildSchemas() {
  const seconds = (bounds: { min: number; max: number }, description: string) =>
    z.number().min(bounds.min).max(bounds.max).describe(description);

  const text = (max: number, description: string) =>
    z
      .string()
      .trim()
      .min(1)
      .max(max)
      .refine((value) => unsafeCharacter(value) === undefined)
      .describe(description);

  const paceSchema = z
    .strictObject({
      tense: seconds(paceBounds.tense, 'Seconds of gentle tension per group.').default(
        routineDefaults.pace.tense,
      ),
      release: seconds(paceBounds.release, 'Seconds of release per group.').default(
        routineDefaults.pace.release,
      ),
      inhale: seconds(paceBounds.inhale, 'Seconds for each slow in-breath.').default(
        routineDefaults.pace.inhale,
      ),
      exhale: seconds(
        paceBounds.exhale,
        'Seconds for each out-breath; longer than the in-breath.',
      ).default(routineDefaults.pace.exhale),
      rest: seconds(paceBounds.rest, 'Seconds of quiet used by `between: rest`.').default(
        routineDefaults.pace.rest,
      ),
    })
    .describe('Seconds for each kind of phase.');

  const groupSchema = z
    .strictObject({
      label: text(textLimits.label, 'The name shown for this group.').optional(),
      tense_cue: text(textLimits.cue, 'What to do to tense this group gently.').optional(),
      release_cue: text(textLimits.cue, 'What to notice while letting go.').optional(),
      micro_cue: text(textLimits.cue, 'A barely-there contraction, for micro mode.').optional(),
      imagery_cue: text(
        textLimits.cue,
        'What to imagine, without moving, for imagery mode.',
      ).optional(),
    })
    .describe('A muscle group this routine defines, or refines from the catalog.');

  const modeSchema = z
    .enum(tensionModes)
    .describe(
      'full: mild effort; micro: barely there, 1–2 s; imagery: no movement, only imagined.',
    );

  const stepObjectSchema = z
    .strictObject({
      group: z.string().describe('A group id from the catalog or from `groups`.'),
      tense: seconds(paceBounds.tense, 'Seconds of tension for this step.').optional(),
      release: seconds(paceBounds.release, 'Seconds of release for this step.').optional(),
      cue: text(textLimits.cue, 'The tension cue for this step.').optional(),
      release_cue: text(textLimits.cue, 'The release cue for this step.').optional(),
      mode: modeSchema.optional(),
      optional: z
        .boolean()
        .describe('Left out first when --minutes cannot fit every group.')
        .optional(),
    })
    .describe('A step with its own timing or cues.');

  const stepSchema = z.union([z.string().describe('A group id.'), stepObjectSchema]);

  const routineFileSchema = z
    .strictObject({
      name: z
        .string()
        .regex(groupIdPattern)
        .max(textLimits.name)
        .describe('Defaults to the file name.')
        .optional(),
      title: text(textLimits.title, 'Shown in lists and the header.').optional(),
      summary: text(textLimits.summary, 'One line about the routine.').optional(),
      position: z
        .enum(positions)
        .describe('The supported position to practise in.')
        .default(routineDefaults.position),
      mode: modeSchema.default(routineDefaults.mode),
      stop_rules: z
        .boolean()
        .describe('Show when to stop before the session starts (for a sensitive back).')
        .default(routineDefaults.stopRules),
      bedtime: z
        .boolean()
        .describe(
          'A routine for winding down before sleep: spoken more slowly, and counted as a bedtime session by pmr stats.',
        )
        .default(routineDefaults.bedtime),
      breaths: z
        .number()
        .int()
        .min(breathsBounds.min)
        .max(breathsBounds.max)
        .describe('Slow breaths that open the session.')
        .default(routineDefaults.breaths),
      // prefault: a missing pace is parsed as {}, so each field gets its default.
      pace: paceSchema.prefault({}),
      between: z
        .enum(betweenKinds)
        .describe('What follows each release.')
        .default(routineDefaults.between),
      repeat: z
        .number()
        .int()
        .min(repeatBounds.min)
        .max(repeatBounds.max)
        .describe('Each step this many times in a row.')
        .default(routineDefaults.repeat),
      groups: z
        .record(z.string(), groupSchema)
        .describe('Groups this routine defines or refines.')
        .optional(),
      steps: z.array(stepSchema).min(1).max(maxSteps).describe('The groups, in order.'),
      scan: z.boolean().describe('End with a whole-body scan.').default(routineDefaults.scan),
      closing: text(textLimits.closing, 'The word to think on the last out-breath.').default(
        routineDefaults.closing,
      ),
      prompts: z
        .array(text(textLimits.cue, 'Something to notice, said gently.'))
        .max(maxPrompts)
        .describe('Your own words for long releases (30 s or more), said before pmr’s.')
        .default([...routineDefaults.prompts]),
    })
    .describe('A pmr routine.');

  return {
    routineFile: routineFileSchema,
    stepObject: stepObjectSchema,
    pace: paceSchema,
    group: groupSchema,
    /** Known field names at each kind of place, for "did you mean" on unknown fields. */
    knownFields: {
      routine: Object.keys(routineFileSchema.shape),
      pace: Object.keys(paceSchema.shape),
      group: Object.keys(groupSchema.shape),
      step: Object.keys(stepObjectSchema.shape),
    },
  };
}

export type RoutineFile = z.infer<RoutineSchemas['routineFile']>;
export type StepObject = z.infer<RoutineSchemas['stepObject']>;
