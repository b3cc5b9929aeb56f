import type { Clock } from '../../src/session/clock.js';

export interface FakeClock extends Clock {
  /** Move time forward, firing due timers in order (late by `lateness`, if given). */
  advance(ms: number): void;
  /** Timers still waiting. */
  pending(): number;
}

interface Timer {
  id: number;
  due: number;
  fn: () => void;
}

// A clock the tests own: whole sessions run in milliseconds, and a late event
// loop can be simulated by firing each timer some ms after its deadline.
export function createFakeClock(
  start = 1000,
  options: { lateness?: () => number } = {},
): FakeClock {
  let now = start;
  let nextId = 0;
  const timers: Timer[] = [];
  return {
    now: () => now,
    setTimer(fn, ms) {
      const timer = { id: nextId++, due: now + Math.max(0, ms) + (options.lateness?.() ?? 0), fn };
      timers.push(timer);
      return () => {
        const index = timers.indexOf(timer);
        if (index !== -1) timers.splice(index, 1);
      };
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        timers.sort((a, b) => a.due - b.due || a.id - b.id);
        const timer = timers[0];
        if (!timer || timer.due > until) break;
        timers.shift();
        now = Math.max(now, timer.due);
        timer.fn();
      }
      now = until;
    },
    pending: () => timers.length,
  };
}
