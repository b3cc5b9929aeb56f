import type { Key } from 'ink';
import type { KeyName } from '../session/session-keys.js';

/** Ink's view of a key, in the names of the session's key table. */
export function inkKeyName(input: string, key: Key): KeyName | undefined {
  if (key.ctrl && input) return `ctrl-${input.toLowerCase()}`;
  if (key.rightArrow) return 'right';
  if (key.leftArrow) return 'left';
  if (key.escape) return 'escape';
  if (key.return) return 'return';
  if (input === ' ') return 'space';
  return input ? input.toLowerCase() : undefined;
}
