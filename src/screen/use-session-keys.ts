import { useInput } from 'ink';
import { type KeyAction, keyAction } from '../session/session-keys.js';
import { inkKeyName } from './ink-key-name.js';

interface SessionKeyOptions {
  interactive: boolean;
  /** Waiting for y after a second x: any key answers. */
  confirming: boolean;
  onConfirm: (end: boolean) => void;
  onAction: (action: KeyAction) => void;
}

// The live screen's keys, from the session's key table. Ctrl-C and Ctrl-Z
// arrive as keys in raw mode: they act as the signals would.
export function useSessionKeys({
  interactive,
  confirming,
  onConfirm,
  onAction,
}: SessionKeyOptions) {
  useInput(
    (input, key) => {
      const name = inkKeyName(input, key);
      const action = keyAction(name, 'screen');
      if (confirming && action !== 'interrupt' && action !== 'suspend') {
        onConfirm(name === 'y');
        return;
      }
      if (action) onAction(action);
    },
    { isActive: interactive },
  );
}
