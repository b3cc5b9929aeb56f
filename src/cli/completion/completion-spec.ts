import type { Command } from 'commander';

// What a shell needs to complete pmr, read from the commander program itself
// so the scripts never fall behind the commands and flags.

export interface FlagSpec {
  name: string;
  description: string;
  takesValue: boolean;
  choices?: readonly string[];
}

export interface CommandSpec {
  name: string;
  description: string;
  flags: FlagSpec[];
  subcommands: { name: string; description: string }[];
}

export interface CompletionSpec {
  commands: CommandSpec[];
  /** Flags of a session (`pmr ROUTINE …`), the top-level command's own. */
  sessionFlags: FlagSpec[];
}

function flagsOf(command: Command): FlagSpec[] {
  return command.options
    .filter((option) => option.long && !option.hidden)
    .map((option) => ({
      name: option.long as string,
      description: option.description,
      takesValue: option.required || option.optional,
      ...(option.argChoices ? { choices: option.argChoices } : {}),
    }));
}

export function completionSpec(program: Command): CompletionSpec {
  const visible = program.commands.filter((command) => !command.name().startsWith('__'));
  return {
    commands: visible.map((command) => ({
      name: command.name(),
      description: command.description(),
      flags: [...flagsOf(command), { name: '--help', description: 'show help', takesValue: false }],
      subcommands: command.commands.map((sub) => ({
        name: sub.name(),
        description: sub.description(),
      })),
    })),
    sessionFlags: [
      ...flagsOf(program),
      { name: '--help', description: 'show help', takesValue: false },
    ],
  };
}
