import { findGroup, imageryCueFor, microCueFor } from '../routine/catalog.js';
import type { Pace, Routine, TensionMode } from '../routine/routine.js';
import {
  type Bounds,
  breathsBounds,
  minutesBounds,
  paceBounds,
  repeatBounds,
} from '../routine/routine-spec.js';
import { durationRange, fitToMinutes, type TimedPhase } from './fit-to-minutes.js';
import { orderSteps } from './order-steps.js';
import type { Pacing } from './pacing.js';
import type { Phase, PhaseKind, Plan } from './phase.js';
import { breathCues, closingCue, restCue, scanCue } from './phase-cues.js';
import { type PacingField, PlanError } from './plan-error.js';
import { positionCue } from './position-cues.js';

// Routine + pacing → the exact timeline. Pure: the same input always gives
// the same plan, and the total is exactly the sum of the phases.

const seconds = (value: number) => Math.round(value * 1000);
const msBounds = (bounds: Bounds): Bounds => ({
  min: seconds(bounds.min),
  max: seconds(bounds.max),
});

/** Bounds for the phases with no pace field of their own, in seconds. */
export const frameBounds = {
  setup: { min: 5, max: 30 },
  scan: { min: 10, max: 90 },
  closing: { min: 4, max: 25 },
  rest: { min: 1, max: paceBounds.rest.max },
} as const;

const slowFactor = {
  release: 1.5,
  exhale: 1.5,
  inhale: 1.25,
  rest: 1.5,
  setup: 1.5,
  scan: 1.5,
} as const;
const baseSetup = 10;
const baseScan = 30;

interface DraftPhase extends TimedPhase {
  kind: PhaseKind;
  group: string | null;
  label: string;
  cue: string;
  step: number | null;
  mode?: TensionMode;
}

/** A micro-contraction is barely there and brief: one to two seconds. */
export const microTenseSeconds = 2;
const gentleness: Record<TensionMode, number> = { full: 0, micro: 1, imagery: 2 };

/** The gentlest of the modes asked for: a sore group is never pushed harder. */
export function gentlestMode(...modes: Array<TensionMode | undefined>): TensionMode {
  return modes.reduce<TensionMode>(
    (gentlest, mode) => (mode && gentleness[mode] > gentleness[gentlest] ? mode : gentlest),
    'full',
  );
}

/** Marks from earlier sessions: one makes a group micro, two make it imagery. */
export function sensitiveMode(marks: number | undefined): TensionMode | undefined {
  if (!marks || marks < 1) return undefined;
  return marks >= 2 ? 'imagery' : 'micro';
}

export function planSession(routine: Routine, pacing: Pacing = {}): Plan {
  const { drafts, steps } = draftPhases(routine, pacing);
  const timed = pacing.minutes === undefined ? drafts : fitToMinutes(drafts, pacing.minutes);
  const groupsIn = [...new Set(drafts.flatMap((draft) => (draft.group ? [draft.group] : [])))];
  let offset = 0;
  const phases: Phase[] = timed.map((draft, index) => {
    const phase: Phase = {
      index,
      kind: draft.kind,
      group: draft.group,
      label: draft.label,
      cue: draft.cue,
      offset_ms: offset,
      duration_ms: draft.duration_ms,
      step: draft.step,
      mode: draft.mode ?? null,
    };
    offset += draft.duration_ms;
    return phase;
  });
  return {
    routine: {
      name: routine.name,
      title: routine.title,
      summary: routine.summary,
      position: routine.position,
      source: routine.source.kind,
      file: routine.source.file,
    },
    steps,
    phases,
    total_ms: offset,
    imageryCues: Object.fromEntries(
      groupsIn.map((id) => [id, findGroup(routine.groups, id)?.imageryCue ?? imageryCueFor(id)]),
    ),
    sensitive: groupsIn.filter((id) => (pacing.sensitive?.[id] ?? 0) > 0),
  };
}

/** The shortest and longest this session could be made with --minutes, in ms. */
export function possibleDuration(routine: Routine, pacing: Pacing = {}): Bounds {
  const { minutes: _ignored, ...rest } = pacing;
  return durationRange(draftPhases(routine, rest).drafts);
}

function draftPhases(routine: Routine, pacing: Pacing): { drafts: DraftPhase[]; steps: number } {
  checkNumbers(pacing);
  const steps = orderSteps(routine, pacing);
  const repeat = pacing.repeat ?? routine.repeat;
  const slow = (kind: keyof typeof slowFactor, value: number) =>
    pacing.slow ? value * slowFactor[kind] : value;
  const pace: Pace = {
    tense: routine.pace.tense,
    release: routine.pace.release,
    inhale: clamp(slow('inhale', routine.pace.inhale), paceBounds.inhale),
    exhale: clamp(slow('exhale', routine.pace.exhale), paceBounds.exhale),
    rest: clamp(slow('rest', routine.pace.rest), paceBounds.rest),
  };

  const drafts: DraftPhase[] = [];
  const add = (draft: Omit<DraftPhase, 'duration_ms'> & { seconds: number }) => {
    const { seconds: length, ...rest } = draft;
    drafts.push({ ...rest, duration_ms: seconds(length) });
  };
  const breath = (group: string | null, step: number | null, opening: boolean) => {
    add({
      kind: 'breathe-in',
      group,
      label: 'Breathe',
      cue: opening ? breathCues.openIn : breathCues.betweenIn,
      step,
      seconds: pace.inhale,
      flex: msBounds(paceBounds.inhale),
    });
    add({
      kind: 'breathe-out',
      group,
      label: 'Breathe',
      cue: opening ? breathCues.openOut : breathCues.betweenOut,
      step,
      seconds: pace.exhale,
      flex: msBounds(paceBounds.exhale),
    });
  };

  add({
    kind: 'setup',
    group: null,
    label: 'Settle in',
    cue: positionCue(pacing.position ?? routine.position),
    step: null,
    seconds: slow('setup', baseSetup),
    flex: msBounds(frameBounds.setup),
  });
  const breaths = pacing.breaths ?? routine.breaths;
  for (let count = 0; count < breaths; count++) breath(null, null, true);

  const rounds = steps.flatMap((step) => Array.from({ length: repeat }, () => step));
  rounds.forEach((step, index) => {
    const group = findGroup(routine.groups, step.group);
    const label = group?.label ?? step.group;
    const release = pacing.release ?? step.release ?? routine.pace.release;
    const mode = gentlestMode(
      step.mode ?? routine.mode,
      pacing.mode,
      sensitiveMode(pacing.sensitive?.[step.group]),
    );
    const tense = pacing.tense ?? step.tense ?? routine.pace.tense;
    // A step's own cue is written for the mode it asks for; a gentler mode
    // imposed from outside brings the catalog's cue for that mode.
    const ownCue = step.cue !== undefined && mode === (step.mode ?? routine.mode);
    const tenseCue = {
      full: group?.tenseCue ?? '',
      micro: group?.microCue ?? microCueFor(label),
      imagery: group?.imageryCue ?? imageryCueFor(label),
    }[mode];
    add({
      kind: 'tense',
      group: step.group,
      label,
      cue: ownCue ? (step.cue ?? tenseCue) : tenseCue,
      step: index,
      seconds: mode === 'micro' ? Math.min(tense, microTenseSeconds) : tense,
      mode,
    });
    add({
      kind: 'release',
      group: step.group,
      label,
      cue: step.releaseCue ?? group?.releaseCue ?? '',
      step: index,
      mode,
      seconds: clamp(slow('release', release), paceBounds.release),
      flex: msBounds(paceBounds.release),
    });
    if (index === rounds.length - 1) return;
    if (routine.between === 'breath') breath(step.group, index, false);
    if (routine.between === 'rest' && pace.rest > 0) {
      add({
        kind: 'rest',
        group: step.group,
        label: 'Rest',
        cue: restCue,
        step: index,
        seconds: pace.rest,
        flex: msBounds(frameBounds.rest),
      });
    }
  });

  if (routine.scan && pacing.scan !== false) {
    add({
      kind: 'scan',
      group: null,
      label: 'Whole body',
      cue: scanCue,
      step: null,
      seconds: slow('scan', baseScan),
      flex: msBounds(frameBounds.scan),
    });
  }
  add({
    kind: 'closing',
    group: null,
    label: 'Closing',
    cue: closingCue(routine.closing),
    step: null,
    seconds: pace.inhale + pace.exhale,
    flex: msBounds(frameBounds.closing),
  });

  return { drafts, steps: rounds.length };
}

function checkNumbers(pacing: Pacing): void {
  const check = (field: PacingField, bounds: Bounds, unit: string, whole = false) => {
    const value = pacing[field];
    if (value === undefined || typeof value !== 'number') return;
    if (
      !Number.isFinite(value) ||
      value < bounds.min ||
      value > bounds.max ||
      (whole && !Number.isInteger(value))
    ) {
      throw new PlanError(
        [field],
        (name) => `${name(field)} must be between ${bounds.min} and ${bounds.max}${unit}.`,
      );
    }
  };
  check('tense', paceBounds.tense, ' seconds');
  check('release', paceBounds.release, ' seconds');
  check('breaths', breathsBounds, '', true);
  check('repeat', repeatBounds, '', true);
  check('minutes', minutesBounds, '');
}

function clamp(value: number, bounds: Bounds): number {
  return Math.min(bounds.max, Math.max(bounds.min, value));
}
