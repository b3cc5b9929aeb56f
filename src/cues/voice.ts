import type { SpeechLine } from '../plan/phase.js';
import type { SessionState } from '../session/session.js';
import type { SessionObserver } from '../session/session-observer.js';
import type { Speaker } from './speaker.js';

// Says each line the plan gives a phase, at its moment in the phase, beside
// the engine: speech never moves the clock. The plan has already made sure
// every line fits its phase. A pause silences speech and drops what its time
// passed over; resuming says the lines still ahead, at their moments.

/** The longest the closing words are waited for before pmr leaves anyway. */
export const closingWordsMs = 15_000;

export interface VoiceOptions {
  /** The session's state now, to know how far into its phase it is. */
  state: () => SessionState;
}

export function createVoice(speaker: Speaker, options: VoiceOptions): SessionObserver {
  const timers = new Set<NodeJS.Timeout>();
  const cancel = () => {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  };
  /** The phase's lines from `elapsedMs` on, each at its moment. */
  const sayFrom = (lines: readonly SpeechLine[], elapsedMs: number) => {
    cancel();
    for (const line of lines) {
      if (line.at_ms < elapsedMs) continue;
      const wait = line.at_ms - elapsedMs;
      if (wait === 0) {
        speaker.say(line.text, line.soft);
        continue;
      }
      const timer = setTimeout(() => {
        timers.delete(timer);
        speaker.say(line.text, line.soft);
      }, wait);
      timers.add(timer);
    }
  };
  return {
    name: 'the voice',
    onPhase(event) {
      sayFrom(event.phase.speech, 0);
    },
    onPause() {
      cancel();
      speaker.stop();
    },
    onResume() {
      const { phase, phaseElapsedMs, status } = options.state();
      if (phase && status === 'running') sayFrom(phase.speech, phaseElapsedMs);
    },
    async onEnd(event) {
      cancel();
      // Completed: the closing words finish (within reason) before what
      // follows, such as the check-in. Stopped early: silence at once.
      if (event.completed) await waitAtMost(speaker.idle(), closingWordsMs);
      speaker.stop();
    },
    detach() {
      cancel();
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
