import type { Bounds } from '../routine/routine-spec.js';

// --minutes: one common factor stretches or shrinks every flexible phase
// (releases, rests, breaths, setup, scan, closing), each held within its
// bounds and kept to whole seconds; tension and announcements never change.
// The factor is found by bisection, since the clamped total is monotone in
// it, and the rounding remainder goes, a second at a time, to phases with
// room, so the total lands on the target exactly (a whole number of seconds).

export interface TimedPhase {
  duration_ms: number;
  /** Bounds in ms for phases --minutes may change; undefined for fixed ones. */
  flex?: Bounds;
}

export function durationRange(phases: readonly TimedPhase[]): Bounds {
  let min = 0;
  let max = 0;
  for (const phase of phases) {
    min += phase.flex ? Math.min(phase.flex.min, phase.duration_ms) : phase.duration_ms;
    max += phase.flex ? Math.max(phase.flex.max, phase.duration_ms) : phase.duration_ms;
  }
  return { min, max };
}

const second = 1000;

/** The phases scaled to last `target` ms in all (whole seconds, within the range). */
export function fitToMinutes<T extends TimedPhase>(phases: readonly T[], target: number): T[] {
  const scaled = (factor: number) => phases.map((phase) => scale(phase, factor));
  const total = (factor: number) =>
    scaled(factor).reduce((sum, phase) => sum + phase.duration_ms, 0);

  let low = 0;
  let high = 1;
  while (total(high) < target && high < 1e6) high *= 2;
  for (let round = 0; round < 100 && high - low > 1e-9; round++) {
    const middle = (low + high) / 2;
    if (total(middle) < target) low = middle;
    else high = middle;
  }
  const fitted = scaled(high);
  let remainder = target - fitted.reduce((sum, phase) => sum + phase.duration_ms, 0);
  // Hand the rounding remainder, whole seconds, to phases with room, a
  // second each in turn so no one phase takes it all.
  const limits = phases.map(limitsOf);
  while (remainder !== 0) {
    const step = remainder > 0 ? second : -second;
    const candidates = fitted.filter((phase, index) => {
      const limit = limits[index];
      return (
        limit !== undefined &&
        phase.duration_ms + step >= limit.low &&
        phase.duration_ms + step <= limit.high
      );
    });
    if (candidates.length === 0) break;
    for (const phase of candidates) {
      if (remainder === 0) break;
      phase.duration_ms += step;
      remainder -= step;
    }
  }
  return fitted;
}

/** Where a flexible phase may go: its bounds, widened to its planned length if that lies outside. */
function limitsOf(phase: TimedPhase): { low: number; high: number } | undefined {
  if (!phase.flex) return undefined;
  return {
    low: Math.min(phase.flex.min, phase.duration_ms),
    high: Math.max(phase.flex.max, phase.duration_ms),
  };
}

function scale<T extends TimedPhase>(phase: T, factor: number): T {
  const limits = limitsOf(phase);
  if (!limits) return { ...phase };
  const { low, high } = limits;
  const length = Math.min(high, Math.max(low, phase.duration_ms * factor));
  // Whole seconds, never past a bound (bounds are whole seconds too).
  const duration = Math.min(high, Math.max(low, Math.round(length / second) * second));
  return { ...phase, duration_ms: duration };
}
