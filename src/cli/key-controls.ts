import { emitKeypressEvents } from 'node:readline';
import type { Session } from '../session/session.js';

// Keys for the sessions that draw no screen (--plain, --json) when a person is
// at a terminal: the same keys as the live screen. Returns the clean-up that
// puts the terminal back as it was.

export type KeyAction = 'pause' | 'next' | 'back' | 'quit' | 'interrupt' | 'pain';

export interface Keypress {
  name?: string;
  sequence?: string;
  ctrl?: boolean;
}

export function keyAction(input: string | undefined, key: Keypress): KeyAction | undefined {
  if (key.ctrl && key.name === 'c') return 'interrupt';
  switch (key.name) {
    case 'space':
    case 'p':
      return 'pause';
    case 'right':
    case 'n':
    case 'l':
      return 'next';
    case 'left':
    case 'b':
    case 'h':
      return 'back';
    case 'q':
    case 'escape':
      return 'quit';
    case 'x':
      return 'pain';
  }
  return input === ' ' ? 'pause' : undefined;
}

export function listenForKeys(
  stdin: NodeJS.ReadStream,
  session: Session,
  onInterrupt: () => void,
  options: { pain: boolean },
): () => void {
  if (!stdin.isTTY) return () => {};
  emitKeypressEvents(stdin);
  stdin.setRawMode(true);
  stdin.resume();
  const onKeypress = (input: string | undefined, key: Keypress = {}) => {
    const action = keyAction(input, key);
    if (action === 'pause') session.togglePause();
    else if (action === 'next') session.next();
    else if (action === 'back') session.back();
    else if (action === 'quit') session.stop('quit');
    else if (action === 'interrupt') onInterrupt();
    else if (action === 'pain' && options.pain) session.pain();
  };
  stdin.on('keypress', onKeypress);
  return () => {
    stdin.off('keypress', onKeypress);
    stdin.setRawMode(false);
    stdin.pause();
  };
}
