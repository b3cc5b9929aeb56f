import type { EventOf, SessionEvent } from './session-event.js';
import type { SessionObserver } from './session-observer.js';

// Calls every observer's hook for each event, in the order they were added.
// An observer that throws (or whose end rejects) is detached and reported
// once; the session and every other observer go on. The end is handed to
// each observer in turn, waiting for one to settle before the next, and
// `settled` resolves once all have.

export interface ObserverDispatcher {
  /** Follow from now on; returns a function that stops following. */
  add(observer: SessionObserver): () => void;
  dispatch(event: SessionEvent): void;
  /** Resolves after the end event, once every observer's end has settled. */
  readonly settled: Promise<void>;
}

export type ObserverFailure = (name: string, error: unknown) => void;

type Hook = Exclude<keyof SessionObserver, 'name' | 'detach' | 'onEnd'>;

const hooks: Readonly<Record<Exclude<SessionEvent['type'], 'end'>, Hook>> = {
  start: 'onStart',
  phase: 'onPhase',
  pause: 'onPause',
  resume: 'onResume',
  skip: 'onSkip',
  back: 'onBack',
  pain: 'onPain',
};

export function createDispatcher(onFailure: ObserverFailure): ObserverDispatcher {
  // A Set keeps insertion order, and an observer removed mid-dispatch is skipped.
  const observers = new Set<SessionObserver>();
  let ended = false;
  let settle: () => void = () => {};
  const settled = new Promise<void>((resolve) => {
    settle = resolve;
  });

  const fail = (observer: SessionObserver, error: unknown) => {
    if (!observers.delete(observer)) return;
    try {
      observer.detach?.();
    } catch {
      // Already failing; the one line below says so.
    }
    onFailure(observer.name, error);
  };

  const endAll = async (event: EventOf<'end'>) => {
    for (const observer of [...observers]) {
      if (!observers.has(observer)) continue;
      try {
        await observer.onEnd?.(event);
      } catch (error) {
        fail(observer, error);
      }
    }
    observers.clear();
    settle();
  };

  return {
    add(observer) {
      if (ended) return () => {};
      observers.add(observer);
      return () => {
        if (observers.delete(observer)) observer.detach?.();
      };
    },
    dispatch(event) {
      if (ended) return;
      if (event.type === 'end') {
        ended = true;
        void endAll(event);
        return;
      }
      const hook = hooks[event.type];
      for (const observer of [...observers]) {
        if (!observers.has(observer)) continue;
        try {
          // Each hook takes the event of its own type; the table pairs them.
          (observer[hook] as ((event: SessionEvent) => void) | undefined)?.call(observer, event);
        } catch (error) {
          fail(observer, error);
        }
      }
    },
    settled,
  };
}
