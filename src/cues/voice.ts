import type { SessionState } from '../session/session.js';
import type { SessionObserver } from '../session/session-observer.js';
import type { Speaker } from './speaker.js';
import { spokenWords } from './spoken-words.js';

// Speaks each phase as it begins, beside the engine: speech never moves the
// clock. A new phase cuts off what is still being said; a pause silences it
// and nothing is left waiting to be said on resume. With counting, the last
// three seconds of each longer release are counted aloud.

/** Only releases at least this long are counted down, so cues are not cut short. */
export const countFromMs = 8000;

/** The longest the closing words are waited for before pmr leaves anyway. */
export const closingWordsMs = 15_000;

export interface VoiceOptions {
  count: boolean;
  /** The session's state now, to know how much of a release is left. */
  state: () => SessionState;
}

export function createVoice(speaker: Speaker, options: VoiceOptions): SessionObserver {
  const timers = new Set<NodeJS.Timeout>();
  const cancelCounts = () => {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  };
  const scheduleCounts = () => {
    cancelCounts();
    const { phase, phaseRemainingMs, status } = options.state();
    if (!options.count || status !== 'running' || !phase) return;
    if (phase.kind !== 'release' || phase.duration_ms < countFromMs) return;
    for (const number of [3, 2, 1]) {
      const wait = phaseRemainingMs - number * 1000;
      if (wait < 0) continue;
      const timer = setTimeout(() => {
        timers.delete(timer);
        speaker.say(String(number));
      }, wait);
      timers.add(timer);
    }
  };
  return {
    name: 'the voice',
    onPhase(event) {
      speaker.say(spokenWords(event.phase));
      scheduleCounts();
    },
    onPause() {
      cancelCounts();
      speaker.stop();
    },
    onResume: scheduleCounts,
    async onEnd(event) {
      cancelCounts();
      // Completed: the closing words finish (within reason) before what
      // follows, such as the check-in. Stopped early: silence at once.
      if (event.completed) await waitAtMost(speaker.idle(), closingWordsMs);
      speaker.stop();
    },
    detach() {
      cancelCounts();
      speaker.stop();
    },
  };
}

function waitAtMost(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}
