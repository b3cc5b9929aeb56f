// The engine's only source of time, injected so tests drive whole sessions
// with a fake clock in milliseconds.

export interface Clock {
  /** Monotonic milliseconds (performance.now() in real use). */
  now(): number;
  /** Call fn after ms; returns a cancel function. */
  setTimer(fn: () => void, ms: number): () => void;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  setTimer(fn, ms) {
    const handle = setTimeout(fn, Math.max(0, ms));
    return () => clearTimeout(handle);
  },
};
