// The engine's states and the commands that move between them, in one table.
// A command missing from a state's row does not apply there and is ignored,
// the same way for every command.

export type SessionStatus = 'idle' | 'running' | 'paused' | 'ended';

/** What can be asked of a session; `finish` is the clock reaching the end. */
export type SessionCommand =
  | 'start'
  | 'pause'
  | 'resume'
  | 'next'
  | 'back'
  | 'pain'
  | 'stop'
  | 'finish';

export const transitions: Readonly<
  Record<SessionStatus, Readonly<Partial<Record<SessionCommand, SessionStatus>>>>
> = {
  idle: { start: 'running', stop: 'ended' },
  running: {
    pause: 'paused',
    next: 'running',
    back: 'running',
    pain: 'running',
    stop: 'ended',
    finish: 'ended',
  },
  paused: {
    resume: 'running',
    next: 'paused',
    back: 'paused',
    pain: 'paused',
    stop: 'ended',
    finish: 'ended',
  },
  ended: {},
};

/** The state a command leads to, or undefined when it does not apply. */
export function nextStatus(
  status: SessionStatus,
  command: SessionCommand,
): SessionStatus | undefined {
  return transitions[status][command];
}
