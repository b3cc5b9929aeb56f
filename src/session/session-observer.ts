import type { EventOf, SessionEvent } from './session-event.js';

// The one contract for everything that follows a session, in the spirit of
// vitest's reporters: a name and optional hooks, one per event. The screen,
// plain and JSON lines, the bell and voice, the history and the check-in are
// all observers. A dispatcher (observer-dispatcher.ts) calls them in order and
// keeps one that throws from harming the session or the others.

export interface SessionObserver {
  /** Says who it is in the one line shown if it fails ("the voice"). */
  readonly name: string;
  onStart?(event: EventOf<'start'>): void;
  onPhase?(event: EventOf<'phase'>): void;
  onPause?(event: EventOf<'pause'>): void;
  onResume?(event: EventOf<'resume'>): void;
  onSkip?(event: EventOf<'skip'>): void;
  onBack?(event: EventOf<'back'>): void;
  onPain?(event: EventOf<'pain'>): void;
  /**
   * The last call. It may take time (the screen's last frame, a question
   * after the session): each observer's end begins once the one before it
   * has settled, and the session is settled once all of them are.
   */
  onEnd?(event: EventOf<'end'>): void | Promise<void>;
  /** Let go of what it holds (timers, processes) when removed before its end. */
  detach?(): void;
}

/** An observer that hands every event to one function, as a view that redraws on any change. */
export function everyEvent(name: string, onEvent: (event: SessionEvent) => void): SessionObserver {
  return {
    name,
    onStart: onEvent,
    onPhase: onEvent,
    onPause: onEvent,
    onResume: onEvent,
    onSkip: onEvent,
    onBack: onEvent,
    onPain: onEvent,
    onEnd: onEvent,
  };
}
