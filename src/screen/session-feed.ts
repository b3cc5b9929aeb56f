import type { EndEvent } from '../session/session.js';
import type { SessionEvent } from '../session/session-event.js';
import { everyEvent, type SessionObserver } from '../session/session-observer.js';

// The screen's one way in: an observer of the session that React subscribes
// to, so the components follow the same event stream as every other output.

export interface SessionFeed {
  /** The observer to add to the session. */
  readonly observer: SessionObserver;
  /** Calls listener after every event, with it; returns a function that stops it. */
  subscribe(listener: (event: SessionEvent) => void): () => void;
  /** The end event, once the session has ended. */
  end(): EndEvent | undefined;
}

export function createSessionFeed(name = 'the screen'): SessionFeed {
  const listeners = new Set<(event: SessionEvent) => void>();
  let end: EndEvent | undefined;
  const observer = everyEvent(name, (event: SessionEvent) => {
    if (event.type === 'end') end = event;
    for (const listener of [...listeners]) listener(event);
  });
  return {
    observer,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    end: () => end,
  };
}
