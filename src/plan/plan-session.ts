import { findGroup, imageryCueFor, microCueFor } from '../routine/catalog.js';
import type { Routine, Step, TensionMode } from '../routine/routine.js';
import {
  type Bounds,
  breathRules,
  breathsBounds,
  minutesBounds,
  paceBounds,
  repeatBounds,
} from '../routine/routine-spec.js';
import {
  announcement,
  breathWords,
  closingCue,
  imaginedAnnouncement,
  releasePrompts,
  releaseWords,
  restCue,
  scanCue,
  scanReassurance,
  setupWords,
  tenseWord,
  withBreathing,
} from './coaching-words.js';
import { durationRange, fitToMinutes, type TimedPhase } from './fit-to-minutes.js';
import { orderSteps } from './order-steps.js';
import type { Pacing } from './pacing.js';
import type { Phase, PhaseKind, Plan, ShownLine, SpeechLine, StepPlace } from './phase.js';
import { type PacingField, PlanError } from './plan-error.js';
import {
  lineMs,
  overlappingLine,
  speechGuardMs,
  speechNeedMs,
  wholeSeconds,
} from './speech-fit.js';

// Routine + pacing → the exact timeline, with every word said in it. Pure:
// the same input always gives the same plan; every phase lasts whole seconds;
// the total is exactly the sum of the phases; and every line fits its phase.

/** The rate every line is timed for, in words per minute. */
export const speechRates = { normal: 150, slow: 125 } as const;

const second = 1000;
const seconds = (value: number) => Math.round(value) * second;

/** Bounds for the phases with no pace field of their own, in seconds. */
export const frameBounds = {
  setup: { min: 10, max: 30 },
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

/** A breath of quiet between a group's announcement and the word that starts its tension. */
export const announcementGapMs = 1000;
/** Releases this long or longer are given gentle prompts to notice. */
export const promptingFromMs = 30_000;
/** Prompts come at least this far apart, the first this far in. */
export const promptEveryMs = 15_000;
/** The end of a release is left quiet. */
export const quietEndMs = 5000;

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

interface DraftPhase extends TimedPhase {
  kind: PhaseKind;
  group: string | null;
  label: string;
  cue: string;
  step: number | null;
  place: StepPlace | null;
  mode?: TensionMode;
  speech: SpeechLine[];
  imagined?: { cue: string; speech: SpeechLine[] };
}

/** What --minutes may leave out of a plan to fit, least missed first. */
interface Omission {
  repeats: boolean;
  between: boolean;
  groups: readonly string[];
}
const nothingOmitted: Omission = { repeats: false, between: false, groups: [] };

export function planSession(routine: Routine, pacing: Pacing = {}): Plan {
  checkNumbers(pacing);
  checkTenseAgainstMode(routine, pacing);
  const wordsPerMinute = pacing.slow || routine.bedtime ? speechRates.slow : speechRates.normal;
  if (pacing.minutes === undefined) {
    const { drafts, steps } = draftPhases(routine, pacing, wordsPerMinute, nothingOmitted);
    return finish(routine, pacing, wordsPerMinute, drafts, steps, []);
  }
  const target = seconds(pacing.minutes * 60);
  const ladder = omissions(routine, pacing);
  const longest = durationRange(
    draftPhases(routine, pacing, wordsPerMinute, nothingOmitted).drafts,
  ).max;
  for (const rung of ladder) {
    const { drafts, steps } = draftPhases(routine, pacing, wordsPerMinute, rung.omit);
    const range = durationRange(drafts);
    if (target > longest) break;
    if (target < range.min) continue;
    return finish(
      routine,
      pacing,
      wordsPerMinute,
      fitToMinutes(drafts, target),
      steps,
      rung.leftOut,
    );
  }
  const last = ladder.at(-1)?.omit ?? nothingOmitted;
  const shortest = durationRange(draftPhases(routine, pacing, wordsPerMinute, last).drafts).min;
  const minutes = pacing.minutes;
  const side = target > longest ? 'too long' : 'too short';
  throw new PlanError(
    ['minutes'],
    (name) =>
      `${name('minutes')} ${minutes} is ${side} for this session: it can run from ${(Math.ceil(shortest / 6000) / 10).toFixed(1)} to ${(Math.floor(longest / 6000) / 10).toFixed(1)} minutes.`,
  );
}

/** The shortest and longest this session could be made with --minutes, in ms. */
export function possibleDuration(routine: Routine, pacing: Pacing = {}): Bounds {
  const { minutes: _ignored, ...rest } = pacing;
  const wordsPerMinute = rest.slow || routine.bedtime ? speechRates.slow : speechRates.normal;
  const ladder = omissions(routine, rest);
  const fullest = draftPhases(routine, rest, wordsPerMinute, nothingOmitted).drafts;
  const leanest = draftPhases(
    routine,
    rest,
    wordsPerMinute,
    ladder.at(-1)?.omit ?? nothingOmitted,
  ).drafts;
  return { min: durationRange(leanest).min, max: durationRange(fullest).max };
}

/**
 * The ways to shorten a session before anything goes under its floor, least
 * missed first: the repeats, then the breaths between groups, then groups the
 * routine marks optional, then other groups from the end (one always stays).
 */
function omissions(routine: Routine, pacing: Pacing): Array<{ omit: Omission; leftOut: string[] }> {
  const steps = orderSteps(routine, pacing);
  const groups = [...new Set(steps.map((step) => step.group))];
  const optional = new Set(steps.filter((step) => step.optional).map((step) => step.group));
  const dropOrder = [
    ...groups.filter((group) => optional.has(group)).reverse(),
    ...groups.filter((group) => !optional.has(group)).reverse(),
  ].slice(0, Math.max(0, groups.length - 1));
  const label = (id: string) => findGroup(routine.groups, id)?.label.toLowerCase() ?? id;
  const rungs: Array<{ omit: Omission; leftOut: string[] }> = [
    { omit: nothingOmitted, leftOut: [] },
  ];
  let omit = nothingOmitted;
  const leftOut: string[] = [];
  if ((pacing.repeat ?? routine.repeat) > 1) {
    omit = { ...omit, repeats: true };
    leftOut.push('the repeats');
    rungs.push({ omit, leftOut: [...leftOut] });
  }
  if (
    routine.between !== 'none' &&
    groups.length + ((pacing.repeat ?? routine.repeat) > 1 ? 1 : 0) > 1
  ) {
    omit = { ...omit, between: true };
    leftOut.push(
      routine.between === 'rest' ? 'the rests between groups' : 'the breaths between groups',
    );
    rungs.push({ omit, leftOut: [...leftOut] });
  }
  const dropped: string[] = [];
  for (const group of dropOrder) {
    dropped.push(group);
    omit = { ...omit, groups: [...dropped] };
    rungs.push({ omit, leftOut: [...leftOut, dropped.map(label).join(', ')] });
  }
  return rungs;
}

function draftPhases(
  routine: Routine,
  pacing: Pacing,
  wordsPerMinute: number,
  omit: Omission,
): { drafts: DraftPhase[]; steps: number } {
  const steps = orderSteps(routine, pacing).filter((step) => !omit.groups.includes(step.group));
  const repeat = omit.repeats ? 1 : (pacing.repeat ?? routine.repeat);
  const slow = (kind: keyof typeof slowFactor, value: number) =>
    pacing.slow ? value * slowFactor[kind] : value;
  const breath = comfortable(
    clamp(Math.round(slow('inhale', routine.pace.inhale)), paceBounds.inhale),
    clamp(Math.round(slow('exhale', routine.pace.exhale)), paceBounds.exhale),
  );
  const fits = (text: string, ms: number) => lineMs(text, wordsPerMinute) + speechGuardMs <= ms;
  const need = (lines: SpeechLine[]) => wholeSeconds(speechNeedMs(lines, wordsPerMinute));
  const say = (text: string, at_ms = 0): SpeechLine[] => [{ at_ms, text }];

  const drafts: DraftPhase[] = [];
  const add = (draft: Omit<DraftPhase, 'duration_ms'> & { seconds: number }) => {
    const { seconds: length, ...rest } = draft;
    const duration = Math.max(seconds(length), rest.flex?.min ?? 0);
    drafts.push({ ...rest, duration_ms: duration });
  };
  /** Flexible bounds that never go below what the phase's words need. */
  const flexFor = (bounds: Bounds, lines: SpeechLine[]): Bounds => {
    const min = Math.max(bounds.min * second, need(lines));
    return { min, max: Math.max(bounds.max * second, min) };
  };
  const breathPhase = (
    kind: 'breathe-in' | 'breathe-out',
    cue: string,
    group: string | null,
    step: number | null,
    place: StepPlace | null,
  ) => {
    const length = kind === 'breathe-in' ? breath.inhale : breath.exhale;
    const speech = pacing.count
      ? countedBreath(kind, length)
      : say(fits(cue, length * second) ? cue : shortBreath[kind]);
    const bounds = kind === 'breathe-in' ? paceBounds.inhale : paceBounds.exhale;
    add({
      kind,
      group,
      label: 'Breathe',
      cue,
      step,
      place,
      speech,
      seconds: length,
      // The out-breath stays a second longer than the in-breath, however --minutes scales them.
      flex: flexFor(
        kind === 'breathe-out'
          ? { ...bounds, min: Math.max(bounds.min, paceBounds.inhale.min + 1) }
          : bounds,
        speech,
      ),
    });
  };

  const setupSpeech = say(setupWords(pacing.position ?? routine.position));
  const setupFlex = flexFor(frameBounds.setup, setupSpeech);
  add({
    kind: 'setup',
    group: null,
    label: 'Settle in',
    cue: setupSpeech[0]?.text ?? '',
    step: null,
    place: null,
    speech: setupSpeech,
    seconds: slow('setup', baseSetup),
    flex: setupFlex,
  });
  const breaths = pacing.breaths ?? routine.breaths;
  for (let count = 0; count < breaths; count++) {
    breathPhase('breathe-in', breathWords.openIn, null, null, null);
    breathPhase('breathe-out', breathWords.openOut, null, null, null);
  }

  const groupsInOrder = [...new Set(steps.map((step) => step.group))];
  const rounds = steps.flatMap((step) =>
    Array.from({ length: repeat }, (_, round) => ({ step, round: round + 1 })),
  );
  rounds.forEach(({ step, round }, index) => {
    const group = findGroup(routine.groups, step.group);
    const label = group?.label ?? step.group;
    const place: StepPlace = {
      group: groupsInOrder.indexOf(step.group) + 1,
      groups: groupsInOrder.length,
      round,
      rounds: repeat,
    };
    const mode = gentlestMode(
      step.mode ?? routine.mode,
      pacing.mode,
      sensitiveMode(pacing.sensitive?.[step.group]),
    );
    const tense = pacing.tense ?? step.tense ?? routine.pace.tense;
    const release = pacing.release ?? step.release ?? routine.pace.release;
    const instruction = withBreathing(tenseCueFor(step, mode, routine, label), mode);
    const imaginedInstruction = withBreathing(group?.imageryCue ?? imageryCueFor(label), 'imagery');
    const speech = say(announcement(label, instruction, round));
    const imaginedSpeech = say(imaginedAnnouncement(label, round));
    const imagined =
      mode === 'imagery' ? undefined : { cue: imaginedInstruction, speech: imaginedSpeech };
    // Long enough for the longer of the two ways it may be said (x turns a
    // group to imagery mid-session), then a breath of quiet.
    const announced = Math.max(need(speech), imagined ? need(imaginedSpeech) : 0);
    add({
      kind: 'prepare',
      group: step.group,
      label,
      cue: instruction,
      step: index,
      place,
      mode,
      speech,
      imagined: imagined,
      seconds: wholeSeconds(announced + announcementGapMs - speechGuardMs) / second,
    });
    add({
      kind: 'tense',
      group: step.group,
      label,
      cue: instruction,
      step: index,
      place,
      mode,
      speech: say(tenseWord),
      imagined: imagined && { cue: imagined.cue, speech: say(tenseWord) },
      seconds: mode === 'micro' ? Math.min(tense, microTenseSeconds) : tense,
    });
    const releaseSpeech = say(releaseWords(step.releaseCue ?? group?.releaseCue ?? ''));
    add({
      kind: 'release',
      group: step.group,
      label,
      cue: step.releaseCue ?? group?.releaseCue ?? '',
      step: index,
      place,
      mode,
      speech: releaseSpeech,
      seconds: clamp(Math.round(slow('release', release)), paceBounds.release),
      flex: flexFor(paceBounds.release, releaseSpeech),
    });
    if (index === rounds.length - 1 || omit.between) return;
    if (routine.between === 'breath') {
      breathPhase('breathe-in', breathWords.betweenIn, step.group, index, place);
      breathPhase('breathe-out', breathWords.betweenOut, step.group, index, place);
    }
    const rest = Math.round(slow('rest', routine.pace.rest));
    if (routine.between === 'rest' && rest > 0) {
      const restSpeech = say('Rest.');
      add({
        kind: 'rest',
        group: step.group,
        label: 'Rest',
        cue: restCue,
        step: index,
        place,
        speech: restSpeech,
        seconds: rest,
        flex: flexFor(frameBounds.rest, restSpeech),
      });
    }
  });

  if (routine.scan && pacing.scan !== false) {
    const scanSpeech = say(scanCue);
    add({
      kind: 'scan',
      group: null,
      label: 'Whole body',
      cue: scanCue,
      step: null,
      place: null,
      speech: scanSpeech,
      seconds: slow('scan', baseScan),
      flex: flexFor(frameBounds.scan, scanSpeech),
    });
  }
  const closingSpeech = say(closingCue(routine.closing));
  add({
    kind: 'closing',
    group: null,
    label: 'Closing',
    cue: closingCue(routine.closing),
    step: null,
    place: null,
    speech: closingSpeech,
    seconds: breath.inhale + breath.exhale,
    flex: flexFor(frameBounds.closing, closingSpeech),
  });

  return { drafts, steps: rounds.length };
}

const shortBreath = { 'breathe-in': 'Breathe in.', 'breathe-out': 'And out.' } as const;

/** With --count, a breath is paced aloud: its first word, then each second, softly. */
function countedBreath(kind: 'breathe-in' | 'breathe-out', lengthSeconds: number): SpeechLine[] {
  const first = kind === 'breathe-in' ? breathWords.countIn : breathWords.countOut;
  return [
    { at_ms: 0, text: first },
    ...Array.from({ length: Math.max(0, lengthSeconds - 1) }, (_, index) => ({
      at_ms: (index + 1) * second,
      text: String(index + 2),
      soft: true,
    })),
  ];
}

/** The tension cue for a step in this mode: its own for the mode it was written for, else the group's. */
function tenseCueFor(step: Step, mode: TensionMode, routine: Routine, label: string): string {
  const group = findGroup(routine.groups, step.group);
  const ownCue = step.cue !== undefined && mode === (step.mode ?? routine.mode);
  if (ownCue && step.cue) return step.cue;
  return {
    full: group?.tenseCue ?? '',
    micro: group?.microCue ?? microCueFor(label),
    imagery: group?.imageryCue ?? imageryCueFor(label),
  }[mode];
}

/** Out longer than in, at most twice as long, and a whole breath no longer than 15 s. */
function comfortable(inhale: number, exhale: number): { inhale: number; exhale: number } {
  const { longestRatio, longestCycleSeconds } = breathRules;
  let inSeconds = inhale;
  let outSeconds = Math.min(Math.max(exhale, inhale + 1), inhale * longestRatio);
  if (inSeconds + outSeconds > longestCycleSeconds) {
    inSeconds = Math.max(
      paceBounds.inhale.min,
      Math.round(longestCycleSeconds / (1 + outSeconds / inSeconds)),
    );
    outSeconds = longestCycleSeconds - inSeconds;
  }
  return { inhale: inSeconds, exhale: outSeconds };
}

/** Durations settled: prompts placed, the out-breath kept longer, offsets and the JSON shape. */
function finish(
  routine: Routine,
  pacing: Pacing,
  wordsPerMinute: number,
  drafts: DraftPhase[],
  steps: number,
  leftOut: string[],
): Plan {
  const prompts = releasePrompts(routine.closing, routine.prompts);
  let promptTurn = 0;
  let offset = 0;
  const phases: Phase[] = keepOutBreathsLonger(drafts).map((draft, index) => {
    const shown: ShownLine[] = [];
    if (draft.kind === 'release' && draft.duration_ms >= promptingFromMs) {
      for (let at = promptEveryMs; ; at += promptEveryMs) {
        const text = prompts[promptTurn % prompts.length] ?? '';
        if (at + lineMs(text, wordsPerMinute) + quietEndMs > draft.duration_ms) break;
        shown.push({ at_ms: at, text });
        promptTurn++;
      }
    }
    if (
      draft.kind === 'scan' &&
      promptEveryMs + lineMs(scanReassurance, wordsPerMinute) + quietEndMs <= draft.duration_ms
    ) {
      shown.push({ at_ms: promptEveryMs, text: scanReassurance });
    }
    const phase: Phase = {
      index,
      kind: draft.kind,
      group: draft.group,
      label: draft.label,
      cue: draft.cue,
      speech: [...draft.speech, ...shown],
      prompts: shown,
      offset_ms: offset,
      duration_ms: draft.duration_ms,
      step: draft.step,
      place: draft.place,
      mode: draft.mode ?? null,
      ...(draft.imagined ? { imagined: draft.imagined } : {}),
    };
    checkSpeechFits(phase, wordsPerMinute);
    offset += draft.duration_ms;
    return phase;
  });
  const groupsIn = [...new Set(drafts.flatMap((draft) => (draft.group ? [draft.group] : [])))];
  return {
    routine: {
      name: routine.name,
      title: routine.title,
      summary: routine.summary,
      position: pacing.position ?? routine.position,
      source: routine.source.kind,
      file: routine.source.file,
    },
    steps,
    phases,
    total_ms: offset,
    speech_wpm: wordsPerMinute,
    left_out: leftOut,
    sensitive: groupsIn.filter((id) => (pacing.sensitive?.[id] ?? 0) > 0),
  };
}

/**
 * --minutes scales breaths by one factor, and rounding to whole seconds can
 * make an out-breath no longer than its in-breath: it takes a second from the
 * longest flexible phase that can spare one.
 */
function keepOutBreathsLonger(drafts: DraftPhase[]): DraftPhase[] {
  const result = drafts.map((draft) => ({ ...draft }));
  result.forEach((draft, index) => {
    const before = result[index - 1];
    if (draft.kind !== 'breathe-out' || before?.kind !== 'breathe-in') return;
    const short = before.duration_ms + second - draft.duration_ms;
    if (short <= 0) return;
    const donor = result
      .filter((other) => other.flex && other.kind === 'release')
      .sort((a, b) => b.duration_ms - a.duration_ms)
      .find((other) => other.duration_ms - short >= (other.flex?.min ?? 0));
    if (!donor) return;
    donor.duration_ms -= short;
    draft.duration_ms += short;
  });
  return result;
}

/** Every line must be said before the next, and before its phase ends. */
function checkSpeechFits(phase: Phase, wordsPerMinute: number): void {
  const overlap = overlappingLine(phase.speech, wordsPerMinute);
  const needed = speechNeedMs(phase.speech, wordsPerMinute);
  if (!overlap && needed <= phase.duration_ms) return;
  const about = Math.ceil(needed / second);
  const which = `phase ${phase.index + 1} (${phase.kind}${phase.group ? `, ${phase.label}` : ''})`;
  const problem = overlap
    ? `"${overlap.text}" would still be said when the next words begin`
    : `lasts ${phase.duration_ms / second} s, but its words take about ${about} s to say`;
  throw new PlanError(
    [],
    () =>
      `${which}: ${problem} at ${wordsPerMinute} words a minute; shorten the words or give the phase longer.`,
  );
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

/** A tension length that micro mode would cut to 2 s is asked for in vain: say so. */
function checkTenseAgainstMode(routine: Routine, pacing: Pacing): void {
  const micro = (pacing.mode ?? routine.mode) === 'micro';
  const tense = pacing.tense;
  if (!micro || tense === undefined || tense <= microTenseSeconds) return;
  throw new PlanError(
    ['tense', 'mode'],
    (name) =>
      `${name('tense')} ${tense} would be cut short: micro tension lasts ${microTenseSeconds} s at most. Give ${name('tense')} 1 or 2, or leave it out.`,
  );
}

function clamp(value: number, bounds: Bounds): number {
  return Math.min(bounds.max, Math.max(bounds.min, value));
}
