import { describe, expect, test } from 'vitest';
import { durationRange, fitToMinutes } from '../../src/plan/fit-to-minutes.js';
import type { Plan } from '../../src/plan/phase.js';
import { PlanError } from '../../src/plan/plan-error.js';
import { planSession, possibleDuration } from '../../src/plan/plan-session.js';
import type { Routine } from '../../src/routine/routine.js';
import { expectOneFactor, scaledDurations } from './minutes-fit.js';
import { buildRoutine } from './routine-builder.js';

// --minutes phase by phase: one common factor for every flexible phase, each
// held within its bounds, tension untouched, the total exactly the target.

const durations = (plan: Plan) => plan.phases.map((phase) => phase.duration_ms);
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

const withRests = buildRoutine(['feet', 'hands', 'shoulders'], {
  breaths: 2,
  between: 'rest',
  pace: { tense: 5, release: 15, inhale: 4, exhale: 6, rest: 5 },
});
const withBreaths = buildRoutine(['jaw', 'neck', 'face'], { breaths: 1, between: 'breath' });
// Half a second of rest lies under the rest bound (1 s): shrinking leaves it as it is.
const shortRests = buildRoutine(['jaw', 'neck', 'hands', 'feet'], {
  between: 'rest',
  pace: { tense: 5, release: 15, inhale: 4, exhale: 6, rest: 0.5 },
});

describe('--minutes, phase by phase', () => {
  // Factors whose products are whole ms, so the fitted plan is exactly the
  // scaled one: nothing is left over to round.
  test.each<[string, number, Routine, { slow?: boolean }]>([
    ['stretched, rests between', 1.5, withRests, {}],
    ['stretched to the bounds of all but releases and rests', 3.5, withRests, {}],
    ['shrunk, some phases held at their shortest', 0.45, withRests, {}],
    ['stretched, breaths between', 2.2, withBreaths, {}],
    ['shrunk, breaths between', 0.7, withBreaths, {}],
    ['slow, shrunk', 0.6, withBreaths, { slow: true }],
    ['a rest shorter than its bound is never shrunk', 0.4, shortRests, {}],
    ['a rest shorter than its bound still stretches', 3, shortRests, {}],
  ])('%s (×%s)', (_name, factor, routine, pacing) => {
    const plain = planSession(routine, pacing);
    const expected = scaledDurations(plain, factor);
    const minutes = sum(expected) / 60_000;
    const fitted = planSession(routine, { ...pacing, minutes });
    expect(durations(fitted)).toEqual(expected);
    expect(fitted.total_ms).toBe(sum(expected));
  });

  test('the worked example: every kind of phase, by hand', () => {
    const plain = planSession(withRests);
    const fitted = planSession(withRests, { minutes: 4 });
    expect(plain.total_ms).toBe(10_000 + 2 * 10_000 + 3 * 20_000 + 2 * 5000 + 30_000 + 10_000);
    // 240 s: tension keeps its 15 s; 225 s come from 125 s of flexible
    // phases, so the factor is 1.8 and nothing reaches a bound.
    expect(fitted.phases.map((phase) => [phase.kind, phase.duration_ms])).toEqual([
      ['setup', 18_000],
      ['breathe-in', 7200],
      ['breathe-out', 10_800],
      ['breathe-in', 7200],
      ['breathe-out', 10_800],
      ['tense', 5000],
      ['release', 27_000],
      ['rest', 9000],
      ['tense', 5000],
      ['release', 27_000],
      ['rest', 9000],
      ['tense', 5000],
      ['release', 27_000],
      ['scan', 54_000],
      ['closing', 18_000],
    ]);
    expect(fitted.total_ms).toBe(240_000);
  });

  test.each([1.1, 1.5, 2, 2.75, 3, 3.5, 4, 4.2, 5.55, 6.9])(
    '%s minutes: the total to the ms, one factor for all',
    (minutes) => {
      const plain = planSession(withBreaths);
      const fitted = planSession(withBreaths, { minutes });
      expect(fitted.total_ms).toBe(Math.round(minutes * 60_000));
      // Each phase is off the common factor by at most the rounding remainder.
      expectOneFactor(plain, fitted, plain.phases.length);
    },
  );

  test('the shortest and longest it can do are every phase at its bounds, and both fit', () => {
    const plain = planSession(withBreaths);
    const shortest = scaledDurations(plain, 0);
    const longest = scaledDurations(plain, 1000);
    expect(possibleDuration(withBreaths)).toEqual({ min: sum(shortest), max: sum(longest) });
    // --minutes itself is left out of the question.
    expect(possibleDuration(withBreaths, { minutes: 4 })).toEqual(possibleDuration(withBreaths));
    for (const expected of [shortest, longest]) {
      const fitted = planSession(withBreaths, { minutes: sum(expected) / 60_000 });
      expect(durations(fitted)).toEqual(expected);
    }
  });
});

describe('fitToMinutes', () => {
  const fixedAndFlexible = [
    { duration_ms: 5000 },
    { duration_ms: 15_000, flex: { min: 5000, max: 60_000 } },
  ];

  test('the range counts fixed phases once and flexible ones at their bounds', () => {
    expect(durationRange(fixedAndFlexible)).toEqual({ min: 10_000, max: 65_000 });
    expect(durationRange([])).toEqual({ min: 0, max: 0 });
    const fitted = fitToMinutes(fixedAndFlexible, 0.5);
    expect(fitted.map((phase) => phase.duration_ms)).toEqual([5000, 25_000]);
  });

  test('a length outside its bounds widens the range to it', () => {
    expect(
      durationRange([
        { duration_ms: 3000, flex: { min: 5000, max: 60_000 } },
        { duration_ms: 70_000, flex: { min: 5000, max: 60_000 } },
      ]),
    ).toEqual({ min: 3000 + 5000, max: 60_000 + 70_000 });
  });

  test('a length outside its bounds is kept as its own limit while the others move', () => {
    const phases = [
      { duration_ms: 500, flex: { min: 1000, max: 60_000 } },
      { duration_ms: 10_000, flex: { min: 5000, max: 20_000 } },
      { duration_ms: 90_000, flex: { min: 1000, max: 60_000 } },
    ];
    // Shrinking: the short one cannot, the long one goes down from its own length.
    expect(fitToMinutes(phases, 60_500 / 60_000).map((phase) => phase.duration_ms)).toEqual([
      500, 6000, 54_000,
    ]);
    // Stretching: the long one cannot, the short one goes up from its own length.
    expect(fitToMinutes(phases, 105_750 / 60_000).map((phase) => phase.duration_ms)).toEqual([
      750, 15_000, 90_000,
    ]);
  });

  test('exactly at either end of the range fits; a millisecond past it does not', () => {
    expect(fitToMinutes(fixedAndFlexible, 10_000 / 60_000).map((p) => p.duration_ms)).toEqual([
      5000, 5000,
    ]);
    expect(fitToMinutes(fixedAndFlexible, 65_000 / 60_000).map((p) => p.duration_ms)).toEqual([
      5000, 60_000,
    ]);
    expect(() => fitToMinutes(fixedAndFlexible, 9999 / 60_000)).toThrow(/too short/);
    expect(() => fitToMinutes(fixedAndFlexible, 65_001 / 60_000)).toThrow(/too long/);
  });

  test('what does not fit names the shortest and longest, rounded inwards to a tenth', () => {
    const message = (minutes: number) => {
      try {
        fitToMinutes(fixedAndFlexible, minutes);
      } catch (error) {
        expect(error).toBeInstanceOf(PlanError);
        expect((error as PlanError).fields).toEqual(['minutes']);
        return (error as PlanError).describe((field) => `--${field}`);
      }
      return 'no error';
    };
    // 10 s to 65 s: from 0.17 minutes up to 0.2, and from 1.08 down to 1.0.
    expect(message(0.1)).toBe(
      '--minutes 0.1 is too short for this session: it can run from 0.2 to 1.0 minutes.',
    );
    expect(message(2)).toBe(
      '--minutes 2 is too long for this session: it can run from 0.2 to 1.0 minutes.',
    );
  });

  test('the rounding remainder goes to the first phase with room, and the total is exact', () => {
    const phases = [
      { duration_ms: 10_000, flex: { min: 9000, max: 20_000 } },
      { duration_ms: 1000, flex: { min: 100, max: 5000 } },
      { duration_ms: 1000, flex: { min: 100, max: 5000 } },
      { duration_ms: 1000, flex: { min: 100, max: 5000 } },
    ];
    // 10 501 ms: the first is held at 9 s; the other three come to 501 ms
    // each at the smallest factor that reaches the target, 2 ms over. The
    // first has no room to give, so the second gives the 2 ms.
    const fitted = fitToMinutes(phases, 10_501 / 60_000);
    expect(fitted.map((phase) => phase.duration_ms)).toEqual([9000, 499, 501, 501]);
    // The phases passed in are left as they were.
    expect(phases.map((phase) => phase.duration_ms)).toEqual([10_000, 1000, 1000, 1000]);
  });

  test('a phase of no length cannot be scaled, so it takes up what the others cannot', () => {
    const phases = [
      { duration_ms: 2000 },
      { duration_ms: 0, flex: { min: 0, max: 5000 } },
      { duration_ms: 1000, flex: { min: 500, max: 2000 } },
      { duration_ms: 0, flex: { min: 0, max: 5000 } },
    ];
    expect(durationRange(phases)).toEqual({ min: 2500, max: 14_000 });
    // The 1 s phase stretches to its 2 s at most; 4 s more go to the first empty one.
    expect(fitToMinutes(phases, 8000 / 60_000).map((phase) => phase.duration_ms)).toEqual([
      2000, 4000, 2000, 0,
    ]);
    expect(fitToMinutes(phases, 14_000 / 60_000).map((phase) => phase.duration_ms)).toEqual([
      2000, 5000, 2000, 5000,
    ]);
  });
});
