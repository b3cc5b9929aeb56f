import { Command } from 'commander';
import { planSession } from '../plan/plan-session.js';
import { routineDirs } from '../routine/find-routine.js';
import { pmrHome } from '../store/pmr-home.js';
import type { CliIo } from './cli-io.js';
import { formatRoutineList, listRoutines } from './commands/list-command.js';
import { formatPlanTable, planToJson } from './commands/show-command.js';
import { validateRoutines } from './commands/validate-command.js';
import { addPacingFlags, type PacingFlagValues, pacingFromFlags } from './pacing-flags.js';
import { defaultRoutine, routineFromArgs } from './routine-from-args.js';

// The command-line surface. Commands stay thin: they turn flags into calls on
// the modules in src/ and write what comes back.

export interface ProgramResult {
  exitCode: number;
}

export function buildProgram(io: CliIo, version: string, result: ProgramResult): Command {
  const home = pmrHome(io.env);
  const width = io.stdout.isTTY ? io.stdout.columns : undefined;
  const out = (text: string) => io.stdout.write(text);
  const err = (text: string) => io.stderr.write(text);

  const program = new Command('pmr')
    .description('A calm terminal coach for progressive muscle relaxation.')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .enablePositionalOptions()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: out,
      writeErr: err,
      outputError: (message, write) => write(`pmr: ${message.replace(/^error: /, '')}`),
    })
    .exitOverride();

  program
    .command('list')
    .description('list the routines pmr can find')
    .option('--json', 'print JSON instead of a table')
    .addHelpText('after', examples(['pmr list', 'pmr list --json']))
    .action((flags: { json?: boolean }) => {
      const listings = listRoutines(routineDirs(home));
      out(
        flags.json ? `${JSON.stringify(listings, null, 2)}\n` : formatRoutineList(listings, width),
      );
    });

  addPacingFlags(
    program
      .command('show')
      .description('show the timeline of a routine, phase by phase')
      .argument('[routine]', 'a routine name, a file path, or - for stdin')
      .option('--json', 'print the plan as JSON'),
  )
    .addHelpText(
      'after',
      examples([
        'pmr show work',
        'pmr show classic --slow --minutes 12 --json',
        'pmr show --groups jaw,shoulders,hands',
        'pmr show ./mine.yaml --start-with neck',
      ]),
    )
    .action(async (ref: string | undefined, flags: PacingFlagValues & { json?: boolean }) => {
      const routine = await routineFromArgs(ref, flags.groups, { home, stdin: io.stdin });
      const plan = planSession(routine, pacingFromFlags(flags));
      out(
        flags.json
          ? `${JSON.stringify(planToJson(plan), null, 2)}\n`
          : formatPlanTable(plan, width),
      );
    });

  program
    .command('validate')
    .description('check routine files and report every problem with its line and column')
    .argument('<files...>', 'routine files (or names, or - for stdin)')
    .addHelpText('after', examples(['pmr validate ./mine.yaml', 'pmr validate routines/*.yaml']))
    .action(async (refs: string[]) => {
      result.exitCode = await validateRoutines(refs, routineDirs(home), io.stdin, { out, err });
    });

  const startSession = async (
    ref: string | undefined,
    flags: PacingFlagValues & { plain?: boolean; json?: boolean },
  ) => {
    const routine = await routineFromArgs(ref, flags.groups, { home, stdin: io.stdin });
    const plan = planSession(routine, pacingFromFlags(flags));
    const { chooseOutput, runSession } = await import('./commands/session-command.js');
    result.exitCode = await runSession(plan, chooseOutput(flags, io), io);
  };

  addSessionFlags(
    program
      .command('run')
      .description('run a routine from a file, or - for stdin')
      .argument('<file>', 'a routine file, or - for stdin'),
  )
    .addHelpText(
      'after',
      examples([
        'pmr run ./mine.yaml',
        'cat mine.yaml | pmr run - --plain',
        'pmr run routines/classic.yaml --json | head',
      ]),
    )
    .action(startSession);

  addSessionFlags(
    program.argument('[routine]', `the routine to run (default: ${defaultRoutine}); see pmr list`),
  )
    .addHelpText(
      'after',
      examples([
        'pmr work',
        'pmr bedtime --slow --minutes 8',
        'pmr classic --plain > log.txt',
        'pmr --groups jaw,shoulders --release 20',
      ]),
    )
    .action(startSession);

  return program;
}

function addSessionFlags(command: Command): Command {
  return addPacingFlags(command)
    .option('--plain', 'one line per phase, no live screen (automatic when not a terminal)')
    .option('--json', 'JSON Lines on stdout, one object per event');
}

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}
