import { emitKeypressEvents } from 'node:readline';
import type { KeyAction, KeyName, SessionOutput } from '../session/session-keys.js';
import { keyAction } from '../session/session-keys.js';

// Keys for the sessions that draw no screen (--plain, --json) when a person is
// at a terminal: the same table as the live screen. Returns the clean-up that
// puts the terminal back as it was.

/** A key as Node's readline reports it. */
export interface Keypress {
  name?: string;
  sequence?: string;
  ctrl?: boolean;
}

/** Readline's view of a key, in the names of the key table. */
export function keypressName(input: string | undefined, key: Keypress): KeyName | undefined {
  if (key.ctrl) return key.name ? `ctrl-${key.name}` : undefined;
  if (input === ' ' || key.name === 'space') return 'space';
  if (key.name && key.name.length > 1) return key.name; // right, left, escape, return, …
  return input?.toLowerCase() ?? key.name;
}

export interface KeyListener {
  /** Stops reading keys and hands the terminal back (raw mode off). */
  stop(): void;
  /** Hands the terminal back for a while (suspend), and takes it again. */
  release(): void;
  reclaim(): void;
}

export function listenForKeys(
  input: NodeJS.ReadStream,
  output: SessionOutput,
  act: (action: KeyAction) => void,
): KeyListener {
  emitKeypressEvents(input);
  const raw = (on: boolean) => {
    if (input.isTTY) input.setRawMode(on);
  };
  raw(true);
  input.resume();
  const onKeypress = (text: string | undefined, key: Keypress = {}) => {
    const action = keyAction(keypressName(text, key), output);
    if (action) act(action);
  };
  input.on('keypress', onKeypress);
  return {
    stop() {
      input.off('keypress', onKeypress);
      raw(false);
      input.pause();
    },
    release: () => raw(false),
    reclaim: () => raw(true),
  };
}
