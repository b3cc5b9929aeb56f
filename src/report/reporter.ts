import type { SessionEvent } from '../session/session-event.js';

// Every way of following a session (plain lines, JSON Lines, later the bell,
// voice and history) is a reporter fed from the one event stream, as in vitest.
export interface Reporter {
  onEvent(event: SessionEvent): void;
  /** Called once after the end event; flush anything pending. */
  close?(): Promise<void> | void;
}
