import { describe, expect, test } from 'vitest';
import { durationRange, fitToMinutes } from '../../src/plan/fit-to-minutes.js';
import type { Phase, Plan } from '../../src/plan/phase.js';
import { PlanError } from '../../src/plan/plan-error.js';
import { planSession, possibleDuration } from '../../src/plan/plan-session.js';
import { speechNeedMs } from '../../src/plan/speech-fit.js';
import { loadRoutine, routineDirs } from '../../src/routine/find-routine.js';
import type { Routine } from '../../src/routine/routine.js';
import { tempHome } from '../helpers/run-pmr.js';
import { buildRoutine } from './routine-builder.js';

// --minutes phase by phase: one common factor for every flexible phase, each
// held within its bounds and whole seconds, tension and announcements
// untouched, the total exactly the target; and when the target is too short,
// what matters least is left out first, never a release rushed below 10 s.

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const lengths = (plan: Plan, kind: Phase['kind']) =>
  plan.phases.filter((phase) => phase.kind === kind).map((phase) => phase.duration_ms);
const fixedKinds = new Set(['prepare', 'tense']);

const withRests = buildRoutine(['feet', 'hands', 'shoulders'], {
  breaths: 2,
  between: 'rest',
  pace: { tense: 5, release: 15, inhale: 4, exhale: 6, rest: 5 },
});
const withBreaths = buildRoutine(['jaw', 'neck', 'face'], { breaths: 1, between: 'breath' });
// Opening breaths are never left out: enough of them keep the shortest plan above a minute.
const longOpening = buildRoutine(['jaw', 'neck', 'face'], { breaths: 8, between: 'breath' });

/** What any plan made with --minutes must hold to. */
function expectSound(plan: Plan, minutes: number): void {
  expect(plan.total_ms).toBe(Math.round(minutes * 60) * 1000);
  expect(sum(plan.phases.map((phase) => phase.duration_ms))).toBe(plan.total_ms);
  for (const phase of plan.phases) {
    expect(phase.duration_ms % 1000, `${phase.kind} whole seconds`).toBe(0);
    expect(speechNeedMs(phase.speech, plan.speech_wpm)).toBeLessThanOrEqual(phase.duration_ms);
  }
  for (const release of lengths(plan, 'release')) expect(release).toBeGreaterThanOrEqual(10_000);
  plan.phases.forEach((phase, index) => {
    const before = plan.phases[index - 1];
    if (phase.kind === 'breathe-out' && before?.kind === 'breathe-in') {
      expect(phase.duration_ms, 'out longer than in').toBeGreaterThan(before.duration_ms);
    }
  });
}

describe('--minutes, phase by phase', () => {
  test.each<[string, Routine, number]>([
    ['stretched, rests between', withRests, 1.5],
    ['shrunk a little, rests between', withRests, 0.9],
    ['stretched, breaths between', withBreaths, 1.4],
  ])(
    '%s: one factor, give or take two seconds, for every flexible phase',
    (_name, routine, factor) => {
      const plain = planSession(routine);
      const flexible = plain.phases.filter((phase) => !fixedKinds.has(phase.kind));
      const fixed = sum(
        plain.phases.filter((p) => fixedKinds.has(p.kind)).map((p) => p.duration_ms),
      );
      const minutes =
        Math.round((fixed + sum(flexible.map((p) => p.duration_ms)) * factor) / 1000) / 60;
      const fitted = planSession(routine, { minutes });
      expectSound(fitted, minutes);
      expect(fitted.left_out).toEqual([]);
      fitted.phases.forEach((phase, index) => {
        const was = plain.phases[index]?.duration_ms ?? 0;
        if (fixedKinds.has(phase.kind)) expect(phase.duration_ms).toBe(was);
        else expect(Math.abs(phase.duration_ms - was * factor)).toBeLessThanOrEqual(2000);
      });
    },
  );

  test.each([3, 3.5, 4, 4.2, 5.55, 6.9])(
    '%s minutes: exact, whole seconds, nothing rushed',
    (minutes) => {
      expectSound(planSession(withBreaths, { minutes }), minutes);
    },
  );

  test('--slow --minutes keeps the slow proportions: releases take more of the time', () => {
    const releaseShare = (plan: Plan) => sum(lengths(plan, 'release')) / plan.total_ms;
    const normal = planSession(withBreaths, { minutes: 4 });
    const slow = planSession(withBreaths, { minutes: 4, slow: true });
    expect(slow.total_ms).toBe(normal.total_ms);
    expect(releaseShare(slow)).toBeGreaterThan(releaseShare(normal));
  });

  test('the shortest and longest it can do both fit, to the second', () => {
    const { min, max } = possibleDuration(longOpening);
    expect(possibleDuration(longOpening, { minutes: 4 })).toEqual({ min, max });
    for (const seconds of [Math.ceil(min / 1000), Math.floor(max / 1000)]) {
      expectSound(planSession(longOpening, { minutes: seconds / 60 }), seconds / 60);
    }
  });

  test('what does not fit at all names the shortest and longest, rounded inwards to a tenth', () => {
    const { min, max } = possibleDuration(longOpening);
    expect(min).toBeGreaterThan(61_000);
    const tenth = (ms: number, round: (x: number) => number) => (round(ms / 6000) / 10).toFixed(1);
    for (const minutes of [(min - 1000) / 60_000, (max + 1000) / 60_000]) {
      let thrown: unknown;
      try {
        planSession(longOpening, { minutes });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(PlanError);
      expect((thrown as PlanError).message).toBe(
        `minutes ${minutes} is ${minutes * 60_000 < min ? 'too short' : 'too long'} for this session: it can run from ${tenth(min, Math.ceil)} to ${tenth(max, Math.floor)} minutes.`,
      );
    }
  });
});

describe('--minutes leaves out what matters least before it would rush', () => {
  const dirs = routineDirs(tempHome());
  const builtIn = (name: string) => loadRoutine(name, dirs);

  test('pmr show work --minutes 2.2: releases of 10 s or more, and it says what was left out', async () => {
    const plan = planSession(await builtIn('work'), { minutes: 2.2 });
    expectSound(plan, 2.2);
    expect(plan.left_out[0]).toBe('the repeats');
    expect(plan.left_out.length).toBeGreaterThan(0);
  });

  test('pmr show classic --minutes 5: the same, groups from the end last', async () => {
    const classic = await builtIn('classic');
    const plan = planSession(classic, { minutes: 5 });
    expectSound(plan, 5);
    expect(plan.left_out.slice(0, 2)).toEqual(['the repeats', 'the breaths between groups']);
    const kept = new Set(plan.phases.flatMap((phase) => (phase.group ? [phase.group] : [])));
    const steps = classic.steps.map((step) => step.group);
    // Whatever was dropped came off the end of the routine.
    expect(steps.filter((group) => kept.has(group))).toEqual(steps.slice(0, kept.size));
  });

  test('a routine’s optional steps go before any other group', () => {
    const routine = buildRoutine(
      ['feet', { group: 'calves', optional: true }, 'hands', 'shoulders', 'face', 'jaw'],
      { breaths: 0, between: 'none' },
    );
    // Shorter and shorter: the first thing left out is the optional step.
    let plan = planSession(routine);
    for (let seconds = plan.total_ms / 1000; plan.left_out.length === 0; seconds -= 5) {
      plan = planSession(routine, { minutes: seconds / 60 });
    }
    expect(plan.left_out).toEqual(['calves']);
    expect(plan.phases.some((phase) => phase.group === 'calves')).toBe(false);
  });

  test('nothing is left out when the time allows', () => {
    expect(planSession(withBreaths, { minutes: 5 }).left_out).toEqual([]);
  });
});

describe('fitToMinutes', () => {
  const fixedAndFlexible = [
    { duration_ms: 5000 },
    { duration_ms: 15_000, flex: { min: 5000, max: 60_000 } },
    { duration_ms: 10_000, flex: { min: 5000, max: 60_000 } },
  ];

  test('the range counts fixed phases once and flexible ones at their bounds', () => {
    expect(durationRange(fixedAndFlexible)).toEqual({ min: 15_000, max: 125_000 });
    expect(durationRange([])).toEqual({ min: 0, max: 0 });
  });

  test('one factor found by bisection, in whole seconds: 25 s of flexible time becomes 43 s', () => {
    // 48 s in all: 5 s fixed, 43 s from 25 s of flexible phases, a factor of 1.72.
    const fitted = fitToMinutes(fixedAndFlexible, 48_000);
    expect(fitted.map((phase) => phase.duration_ms)).toEqual([5000, 26_000, 17_000]);
  });

  test('a length outside its bounds is its own limit while the others move', () => {
    const phases = [
      { duration_ms: 3000, flex: { min: 5000, max: 60_000 } },
      { duration_ms: 10_000, flex: { min: 5000, max: 60_000 } },
    ];
    expect(durationRange(phases)).toEqual({ min: 3000 + 5000, max: 60_000 + 60_000 });
    expect(fitToMinutes(phases, 9000).map((phase) => phase.duration_ms)).toEqual([3000, 6000]);
  });

  test('the rounding remainder goes a second at a time to phases with room; the total is exact', () => {
    const phases = [1, 2, 3].map(() => ({ duration_ms: 10_000, flex: { min: 5000, max: 60_000 } }));
    const fitted = fitToMinutes(phases, 32_000);
    expect(sum(fitted.map((phase) => phase.duration_ms))).toBe(32_000);
    for (const phase of fitted) expect(phase.duration_ms % 1000).toBe(0);
  });
});
