import type { Bounds } from '../routine/routine-spec.js';
import { PlanError } from './plan-error.js';

// --minutes: one common factor stretches or shrinks every flexible phase
// (releases, rests, breaths, setup, scan, closing), each held within its
// bounds; tension never changes. The factor is found by bisection, since the
// clamped total is monotone in it, and the rounding remainder goes to a
// phase with room, so the total lands on the target to the millisecond.

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

export function fitToMinutes<T extends TimedPhase>(phases: readonly T[], minutes: number): T[] {
  const target = Math.round(minutes * 60_000);
  const range = durationRange(phases);
  if (target < range.min || target > range.max) {
    const shortest = Math.ceil(range.min / 6000) / 10;
    const longest = Math.floor(range.max / 6000) / 10;
    const side = target < range.min ? 'too short' : 'too long';
    throw new PlanError(
      ['minutes'],
      (name) =>
        `${name('minutes')} ${minutes} is ${side} for this session: it can run from ${shortest.toFixed(1)} to ${longest.toFixed(1)} minutes.`,
    );
  }
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
  // Hand the rounding remainder, a few ms at most, to phases with room.
  for (const phase of fitted) {
    if (remainder === 0) break;
    if (!phase.flex) continue;
    const room =
      remainder > 0 ? phase.flex.max - phase.duration_ms : phase.flex.min - phase.duration_ms;
    const change = remainder > 0 ? Math.min(room, remainder) : Math.max(room, remainder);
    phase.duration_ms += change;
    remainder -= change;
  }
  return fitted;
}

function scale<T extends TimedPhase>(phase: T, factor: number): T {
  if (!phase.flex) return { ...phase };
  const low = Math.min(phase.flex.min, phase.duration_ms);
  const high = Math.max(phase.flex.max, phase.duration_ms);
  const duration = Math.round(Math.min(high, Math.max(low, phase.duration_ms * factor)));
  return { ...phase, duration_ms: duration };
}
