import { type Key, useInput } from 'ink';
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
// arrive as keys in raw mode: they act as the signals would. Keys typed
// quickly can arrive together ("k "); each is taken on its own.
export function useSessionKeys({
  interactive,
  confirming,
  onConfirm,
  onAction,
}: SessionKeyOptions) {
  useInput(
    (input, key) => {
      for (const [one, oneKey] of separateKeys(input, key)) {
        const name = inkKeyName(one, oneKey);
        const action = keyAction(name, 'screen');
        if (confirming && action !== 'interrupt' && action !== 'suspend') {
          onConfirm(name === 'y');
          return;
        }
        if (action) onAction(action);
      }
    },
    { isActive: interactive },
  );
}

/** Plain characters that came in one chunk, as one key each. */
function separateKeys(input: string, key: Key): Array<[string, Key]> {
  const characters = [...input];
  const plain = !key.ctrl && !key.meta && !key.escape && characters.length > 1;
  return plain ? characters.map((character) => [character, key]) : [[input, key]];
}
