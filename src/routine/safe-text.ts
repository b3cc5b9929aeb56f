// Text from a routine file is shown on the terminal and (later) spoken, so it
// must be plain: no control characters, escape sequences or bidi overrides
// that could move the cursor, recolour the screen or disguise words: the
// same characters the terminal sanitiser makes visible.

import {
  controlCharacterRange,
  controlCharacters as unsafeCharacters,
} from '../report/terminal-text.js';

/** The same characters, as a regex class body, for patterns built from it. */
export const unsafeCharacterRange = controlCharacterRange;

/** The first unsafe character as "U+001B", or undefined when the text is plain. */
export function unsafeCharacter(text: string): string | undefined {
  unsafeCharacters.lastIndex = 0;
  const match = unsafeCharacters.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function describeUnsafeText(field: string, text: string): string | undefined {
  const character = unsafeCharacter(text);
  if (character === undefined) return undefined;
  if (character === 'U+000A' || character === 'U+000D') {
    return `${field} must be a single line of text`;
  }
  return `${field} contains a control character (${character}); remove it`;
}
