import type { SessionObserver } from '../session/session-observer.js';

// The terminal bell for eyes-closed practice: once as tension begins, twice
// as release begins, and never at any other moment.

/** Gap between the two rings of a release, so they are heard as two. */
export const doubleRingGapMs = 300;

export function ringsFor(kind: string): number {
  if (kind === 'tense') return 1;
  if (kind === 'release') return 2;
  return 0;
}

export function createBell(ring: () => void): SessionObserver {
  let pending: NodeJS.Timeout | undefined;
  const quiet = () => clearTimeout(pending);
  return {
    name: 'the bell',
    onPhase(event) {
      quiet();
      const rings = ringsFor(event.phase.kind);
      if (rings >= 1) ring();
      if (rings === 2) pending = setTimeout(ring, doubleRingGapMs);
    },
    onEnd: quiet,
    detach: quiet,
  };
}
