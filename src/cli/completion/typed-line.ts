import type { CommandSpec, CompletionSpec, FlagSpec } from './completion-spec.js';

// The words typed before the one being completed, read the way pmr's own
// parser would read them: the command (if the first operand names one), its
// operands, the flags given with their values, and a flag still waiting for
// its value.

export interface TypedLine {
  command?: CommandSpec;
  /** Operands after the command; with no command, the routine is the first. */
  operands: string[];
  /** Flags given so far: the value, or true for a flag that takes none. */
  flags: Map<string, string | true>;
  /** A flag typed last that takes a value: the word being completed is it. */
  awaiting?: FlagSpec;
  /** The flags that apply here: the command's, or a session's. */
  flagsHere: FlagSpec[];
}

export function readTypedLine(words: readonly string[], spec: CompletionSpec): TypedLine {
  const line: TypedLine = { operands: [], flags: new Map(), flagsHere: spec.sessionFlags };
  let onlyOperands = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (!onlyOperands && word === '--') {
      onlyOperands = true;
    } else if (!onlyOperands && word.startsWith('-') && word !== '-') {
      const equals = word.indexOf('=');
      const name = equals === -1 ? word : word.slice(0, equals);
      const flag = line.flagsHere.find((candidate) => candidate.name === name);
      if (equals !== -1) {
        line.flags.set(name, word.slice(equals + 1));
      } else if (flag?.takesValue) {
        if (i + 1 === words.length) line.awaiting = flag;
        else line.flags.set(name, words[++i] as string);
      } else {
        line.flags.set(name, true);
      }
    } else if (!line.command && line.operands.length === 0 && !onlyOperands) {
      const command = spec.commands.find((candidate) => candidate.name === word);
      if (command) {
        line.command = command;
        line.flagsHere = command.flags;
      } else {
        line.operands.push(word);
      }
    } else {
      line.operands.push(word);
    }
  }
  return line;
}
