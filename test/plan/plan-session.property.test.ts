import fc from 'fast-check';
import { expect, test } from 'vitest';
import { planSession, possibleDuration } from '../../src/plan/plan-session.js';
import { catalogIds } from '../../src/routine/catalog.js';
import { expectOneFactor } from './minutes-fit.js';
import { buildRoutine } from './routine-builder.js';

// For any routine and any pacing that makes sense, the plan's invariants hold.
test('plans add up; --minutes lands on the ms, by one factor, without touching tension', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.constantFrom(...catalogIds), { minLength: 1, maxLength: 8 }),
      fc.constantFrom('none', 'breath', 'rest') as fc.Arbitrary<'none' | 'breath' | 'rest'>,
      fc.record({
        slow: fc.boolean(),
        breaths: fc.integer({ min: 0, max: 5 }),
        repeat: fc.integer({ min: 1, max: 3 }),
        reverse: fc.boolean(),
        scan: fc.boolean(),
        tense: fc.integer({ min: 1, max: 10 }),
        release: fc.double({ min: 5, max: 60, noNaN: true }),
      }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (groups, between, pacing, where) => {
        const routine = buildRoutine(groups, { between });
        const plan = planSession(routine, pacing);
        let offset = 0;
        for (const phase of plan.phases) {
          expect(phase.offset_ms).toBe(offset);
          expect(Number.isInteger(phase.duration_ms) && phase.duration_ms > 0).toBe(true);
          offset += phase.duration_ms;
        }
        expect(plan.total_ms).toBe(offset);

        // Pick a target inside what this session can be stretched or shrunk to.
        const range = possibleDuration(routine, pacing);
        const low = Math.max(60_000, range.min);
        const high = Math.min(90 * 60_000, range.max);
        if (low > high) return;
        const minutes = (low + (high - low) * where) / 60_000;
        const fitted = planSession(routine, { ...pacing, minutes });
        expect(fitted.total_ms).toBe(Math.round(minutes * 60_000));
        // Tension untouched, every other phase within its bounds and off the
        // common factor by no more than the rounding remainder.
        expectOneFactor(plan, fitted, plan.phases.length);
      },
    ),
    { numRuns: 200 },
  );
});
