import { createDispatcher } from '../../src/session/observer-dispatcher.js';
import type { SessionEvent } from '../../src/session/session-event.js';
import type { SessionObserver } from '../../src/session/session-observer.js';

/** Hands events to an observer as a session would; resolves once its end has settled. */
export async function deliver(observer: SessionObserver, events: SessionEvent[]): Promise<void> {
  const dispatcher = createDispatcher((name, error) => {
    throw new Error(`${name} failed: ${String(error)}`);
  });
  dispatcher.add(observer);
  for (const event of events) dispatcher.dispatch(event);
  if (events.some((event) => event.type === 'end')) await dispatcher.settled;
}
