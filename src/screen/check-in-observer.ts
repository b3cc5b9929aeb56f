import type { SessionObserver } from '../session/session-observer.js';
import { askCheckIn, type CheckInIo } from './render-check-in.js';

// The check-in after a session, as the session's end: asked once the screen
// has drawn its summary (observers end in turn), only when the session ran
// to its end or was stopped with q.
export function createCheckInAfter(
  io: CheckInIo,
  before: number | undefined,
  record: (rating: number) => void,
): SessionObserver {
  return {
    name: 'the check-in',
    async onEnd(event) {
      if (event.reason !== 'completed' && event.reason !== 'quit') return;
      const answer = await askCheckIn('after', io, before, event.completed);
      if (typeof answer === 'number') record(answer);
    },
  };
}
