// Text from outside pmr (routine files and their names, arguments, a
// hand-edited history) is written to terminals, where a control character is
// an instruction: ESC and the C1 CSI (U+009B) start escape sequences that can
// retitle the window, move the cursor or clear the screen, and bidi controls
// reorder what is seen. Each one is shown instead as a \u escape, which is
// visible, does nothing, keeps the text recognisable ("\u001b]0;pwned\u0007"),
// and inside a JSON string still reads back as the same character.

/** C0 and C1 controls, DEL, and the bidi embeddings, overrides and isolates, as a class body. */
export const controlCharacterRange = '\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069';
export const controlCharacters = new RegExp(`[${controlCharacterRange}]`, 'gu');

/** One line for a terminal: every control character, a line break too, made visible. */
export function terminalLine(text: string): string {
  return text.replace(controlCharacters, visibleEscape);
}

/**
 * Text of several lines for a terminal: line breaks and tabs kept (a tab only
 * moves to the next column stop, and separates a completion word from its
 * description), every other control made visible.
 */
export function terminalText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.split('\t').map(terminalLine).join('\t'))
    .join('\n');
}

function visibleEscape(character: string): string {
  return `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}
