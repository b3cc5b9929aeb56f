// What pmr may hand a shell as a completion. The shell inserts it into the
// command line that the person then runs, and prints it when listing choices,
// so only words that mean the same unquoted in bash, zsh and fish, and that
// print as themselves, are offered: letters, digits and . _ + , - (and = after
// the first character, for --flag=value). Anything else (spaces, quotes, $,
// backticks, globs, control characters, escape sequences, bidi overrides)
// could run code, or recolour or rewrite the terminal.

const shellSafeWord = /^[\p{L}\p{N}_.+-][\p{L}\p{M}\p{N}_.+,=-]*$/u;

export function isShellSafeWord(word: string): boolean {
  return shellSafeWord.test(word);
}
