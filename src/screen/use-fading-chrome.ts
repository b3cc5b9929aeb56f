import { useInput } from 'ink';
import { useEffect, useState } from 'react';

/** How long the clock and the keys stay in view after the last key, in the dim look. */
export const chromeFadeMs = 5000;

interface FadingOptions {
  /** The dim look fades them; the normal one keeps them. */
  fades: boolean;
  /** Keys can be read: without them, nothing could bring them back. */
  interactive: boolean;
  /** While paused, the keys to go on stay in view. */
  paused: boolean;
}

// Whether the header's clock and the key legend are in view. In the dim
// look they fade a few seconds after the last key, so only the phase and
// its words are left in a dark room; any key brings them back for as long
// again. One timer, restarted by each key.
export function useChromeShown({ fades, interactive, paused }: FadingOptions): boolean {
  const active = fades && interactive;
  const [awake, setAwake] = useState(true);
  const [keys, setKeys] = useState(0);
  useInput(
    () => {
      setAwake(true);
      setKeys((count) => count + 1);
    },
    { isActive: active },
  );
  useEffect(() => {
    // The key count restarts the timer: each key gives the full time again.
    void keys;
    if (!active) return;
    if (paused) {
      // Back from a pause, they stay for the full time again.
      setAwake(true);
      return;
    }
    const timer = setTimeout(() => setAwake(false), chromeFadeMs);
    return () => clearTimeout(timer);
  }, [active, paused, keys]);
  return !active || paused || awake;
}
