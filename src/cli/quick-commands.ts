import { withGlyphs } from '../report/glyphs.js';
import type { CommandContext } from './command-context.js';

// The commands people and scripts run most, `pmr --version`, `pmr list` and
// `pmr show NAME`, answered without commander: loading it and building every
// command's options costs more than the answer. Only the plainest spellings
// are taken here, parsed to exactly what commander would hand the same
// action (test/cli/quick-commands.test.ts holds the two side by side);
// anything else (--help, a flag with a value, a typo, an extra word) goes to
// commander, so every message and exit code stays its own.

export type QuickCommand =
  | { command: 'version' }
  | { command: 'list'; flags: { json?: true } }
  | { command: 'show'; ref: string | undefined; flags: Record<string, boolean> };

/** `pmr show`'s flags that take no value, and what commander sets for each. */
const showSwitches: Readonly<Record<string, readonly [string, boolean]>> = {
  '--json': ['json', true],
  '--slow': ['slow', true],
  '--no-slow': ['slow', false],
  '--reverse': ['reverse', true],
  '--no-scan': ['scan', false],
  '--micro': ['micro', true],
  '--imagery': ['imagery', true],
  '--count': ['count', true],
};

/** The command line as commander would parse it, when it is one of the plain ones. */
export function quickCommand(argv: readonly string[]): QuickCommand | undefined {
  const [command, ...rest] = argv;
  if (rest.length === 0 && (command === '--version' || command === '-v')) {
    return { command: 'version' };
  }
  if (command === 'list') {
    if (rest.length === 0) return { command: 'list', flags: {} };
    if (rest.length === 1 && rest[0] === '--json')
      return { command: 'list', flags: { json: true } };
    return undefined;
  }
  if (command === 'show') return quickShow(rest);
  return undefined;
}

function quickShow(args: readonly string[]): QuickCommand | undefined {
  // --no-scan alone among the flags gives commander a default: scan is on.
  const flags: Record<string, boolean> = { scan: true };
  let ref: string | undefined;
  for (const arg of args) {
    if (arg.startsWith('-')) {
      // Object.hasOwn: "--constructor" is not a switch.
      const set = Object.hasOwn(showSwitches, arg) ? showSwitches[arg] : undefined;
      if (!set) return undefined;
      flags[set[0]] = set[1];
    } else if (ref === undefined) {
      ref = arg;
    } else {
      return undefined; // a second routine: commander's "too many arguments"
    }
  }
  return { command: 'show', ref, flags };
}

/** Runs a quick command, writing as commander's program would. */
export async function runQuickCommand(
  quick: QuickCommand,
  context: CommandContext,
  version: string,
): Promise<void> {
  switch (quick.command) {
    case 'version':
      // As commander prints it: through the program's writeOut.
      context.out(withGlyphs(`${version}\n`, context.display.glyphs));
      return;
    case 'list': {
      const { listCommand } = await import('./commands/list-command.js');
      context.out(await listCommand(quick.flags, context));
      return;
    }
    case 'show': {
      const { showPlan } = await import('./commands/show-command.js');
      context.out(await showPlan(quick.ref, quick.flags, context));
      return;
    }
  }
}
