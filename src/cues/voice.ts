import type { Session } from '../session/session.js';
import type { Speaker } from './speaker.js';
import { spokenWords } from './spoken-words.js';

// Speaks each phase as it begins, beside the engine: speech never moves the
// clock. A new phase cuts off what is still being said; a pause silences it
// and nothing is left waiting to be said on resume. With counting, the last
// three seconds of each longer release are counted aloud.

/** Only releases at least this long are counted down, so cues are not cut short. */
export const countFromMs = 8000;

export function attachVoice(
  session: Session,
  speaker: Speaker,
  options: { count: boolean },
): () => void {
  const timers = new Set<NodeJS.Timeout>();
  const cancelCounts = () => {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  };
  const scheduleCounts = () => {
    cancelCounts();
    const { phase, phaseRemainingMs, status } = session.state();
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
  const unsubscribe = session.subscribe((event) => {
    switch (event.type) {
      case 'phase':
        speaker.say(spokenWords(event.phase));
        scheduleCounts();
        break;
      case 'pause':
        cancelCounts();
        speaker.stop();
        break;
      case 'resume':
        scheduleCounts();
        break;
      case 'end':
        cancelCounts();
        // Stopped early: silence at once. Completed: the closing words finish.
        if (!event.completed) speaker.stop();
        break;
    }
  });
  return () => {
    cancelCounts();
    unsubscribe();
  };
}
