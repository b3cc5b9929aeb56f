import { expect } from 'vitest';
import type { Phase, PhaseKind, Plan } from '../../src/plan/phase.js';

// What --minutes promises, written out on its own so the tests do not lean on
// the planner's tables: the bounds in ms that each kind of phase may be
// stretched or shrunk to (tension has none: it never changes).
export const flexBoundsMs: Readonly<Record<PhaseKind, { min: number; max: number } | undefined>> = {
  setup: { min: 5000, max: 30_000 },
  'breathe-in': { min: 2000, max: 10_000 },
  'breathe-out': { min: 2000, max: 15_000 },
  tense: undefined,
  release: { min: 5000, max: 60_000 },
  rest: { min: 1000, max: 60_000 },
  scan: { min: 10_000, max: 90_000 },
  closing: { min: 4000, max: 25_000 },
};

/** Where one phase may go: its bounds, widened to its planned length if that lies outside them. */
function limitsOf(phase: Phase): { low: number; high: number } | undefined {
  const bounds = flexBoundsMs[phase.kind];
  if (!bounds) return undefined;
  return {
    low: Math.min(bounds.min, phase.duration_ms),
    high: Math.max(bounds.max, phase.duration_ms),
  };
}

/** Each phase of `plan` scaled by `factor` and held within its limits; tension as it is. */
export function scaledDurations(plan: Plan, factor: number): number[] {
  return plan.phases.map((phase) => {
    const limits = limitsOf(phase);
    if (!limits) return phase.duration_ms;
    return Math.round(Math.min(limits.high, Math.max(limits.low, phase.duration_ms * factor)));
  });
}

/**
 * `fitted` is `plain` with one common factor applied to every flexible phase
 * within its limits, give or take `slack` ms per phase (the rounding
 * remainder); tension is untouched, and the kinds are the same. Each phase
 * allows an interval of factors; one factor must lie in all of them.
 */
export function expectOneFactor(plain: Plan, fitted: Plan, slack: number): void {
  expect(fitted.phases.map((phase) => phase.kind)).toEqual(plain.phases.map((phase) => phase.kind));
  let lowest = 0;
  let highest = Number.POSITIVE_INFINITY;
  plain.phases.forEach((phase, index) => {
    const length = fitted.phases[index]?.duration_ms ?? Number.NaN;
    const limits = limitsOf(phase);
    if (!limits) {
      expect(length, `${phase.kind} ${index}`).toBe(phase.duration_ms);
      return;
    }
    expect(length, `${phase.kind} ${index} within its limits`).toBeGreaterThanOrEqual(limits.low);
    expect(length, `${phase.kind} ${index} within its limits`).toBeLessThanOrEqual(limits.high);
    // At a limit, any factor past it gives the same length; inside, only a narrow band.
    if (length - slack > limits.low)
      lowest = Math.max(lowest, (length - slack) / phase.duration_ms);
    if (length + slack < limits.high) {
      highest = Math.min(highest, (length + slack) / phase.duration_ms);
    }
  });
  expect(lowest, 'one factor fits every flexible phase').toBeLessThanOrEqual(highest);
}
