import fc from 'fast-check';
import { expect, test } from 'vitest';
import { planSession, possibleDuration } from '../../src/plan/plan-session.js';
import { speechNeedMs } from '../../src/plan/speech-fit.js';
import { catalogIds } from '../../src/routine/catalog.js';
import { buildRoutine } from './routine-builder.js';

// For any routine and any pacing that makes sense, the plan's invariants hold.
test('plans add up in whole seconds, every line fits its phase, --minutes lands on the second', () => {
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
        release: fc.double({ min: 10, max: 60, noNaN: true }),
      }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (groups, between, pacing, where) => {
        const routine = buildRoutine(groups, { between });
        const plan = planSession(routine, pacing);
        let offset = 0;
        for (const phase of plan.phases) {
          expect(phase.offset_ms).toBe(offset);
          expect(phase.duration_ms > 0 && phase.duration_ms % 1000 === 0).toBe(true);
          expect(speechNeedMs(phase.speech, plan.speech_wpm)).toBeLessThanOrEqual(
            phase.duration_ms,
          );
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
        expect(fitted.total_ms).toBe(Math.round(minutes * 60) * 1000);
        for (const phase of fitted.phases) {
          expect(phase.duration_ms % 1000).toBe(0);
          expect(speechNeedMs(phase.speech, fitted.speech_wpm)).toBeLessThanOrEqual(
            phase.duration_ms,
          );
          if (phase.kind === 'release') expect(phase.duration_ms).toBeGreaterThanOrEqual(10_000);
        }
        // Tension untouched.
        const tensions = (p: typeof plan) =>
          p.phases.filter((phase) => phase.kind === 'tense').map((phase) => phase.duration_ms);
        if (fitted.left_out.length === 0) expect(tensions(fitted)).toEqual(tensions(plan));
      },
    ),
    { numRuns: 200 },
  );
});
