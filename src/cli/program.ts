import { Command } from 'commander';
import { withGlyphs } from '../report/glyphs.js';
import { jsonText } from '../report/json-text.js';
import { defaultRoutine } from '../store/preference-keys.js';
import type { CommandContext } from './command-context.js';
import { describeKeys } from './commands/config-command.js';
import { wholeFlag } from './number-flag.js';
import { addPacingFlags } from './pacing-flags.js';

// The command-line surface, and only that: each command declares its flags
// and hands them to a module under src/cli/commands, imported when the
// command runs, so `--version` or `--help` load none of them.

export function buildProgram(context: CommandContext, version: string): Command {
  const { out, err, dirs, display, result } = context;

  const program = new Command('pmr')
    .description('A calm terminal coach for progressive muscle relaxation.')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .enablePositionalOptions()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => out(withGlyphs(text, display.glyphs)),
      writeErr: err,
      // One line: "pmr: unknown option '--onyl' — did you mean --only?"
      outputError: (message, write) =>
        write(
          `pmr: ${message
            .replace(/^error: /, '')
            .replace(/\n\(Did you mean (.+)\?\)/, ' — did you mean $1?')}`,
        ),
    })
    .exitOverride();
  const commandNames = () =>
    program.commands.map((command) => command.name()).filter((name) => !name.startsWith('__'));

  program
    .command('list')
    .description('list the routines pmr can find')
    .option('--json', 'print JSON instead of a table')
    .addHelpText('after', examples(['pmr list', 'pmr list --json']))
    .action(async (flags: { json?: boolean }) => {
      const { listCommand } = await import('./commands/list-command.js');
      out(await listCommand(flags, context));
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
    .action(async (ref: string | undefined, flags: { json?: boolean }) => {
      const { showPlan } = await import('./commands/show-command.js');
      out(await showPlan(ref, flags, context));
    });

  program
    .command('validate')
    .description('check routine files and report every problem with its line and column')
    .argument('<files...>', 'routine files (or names, or - for stdin)')
    .addHelpText('after', examples(['pmr validate ./mine.yaml', 'pmr validate routines/*.yaml']))
    .action(async (refs: string[]) => {
      const { routineDirs } = await import('../routine/find-routine.js');
      const { validateRoutines } = await import('./commands/validate-command.js');
      result.exitCode = await validateRoutines(refs, routineDirs(dirs.config), context.io.stdin, {
        out,
        err,
      });
    });

  const startSession = async (ref: string | undefined, flags: Record<string, unknown>) => {
    const { startSession } = await import('./commands/session-command.js');
    result.exitCode = await startSession(ref, flags, context, commandNames());
  };

  program
    .command('history')
    .description('past sessions, newest first')
    .option('--limit <n>', 'show only the newest n', wholeFlag('--limit', { min: 1, max: 100_000 }))
    .option('--json', 'print JSON instead of a table')
    .addHelpText('after', examples(['pmr history', 'pmr history --limit 5', 'pmr history --json']))
    .action(async (flags: { limit?: number; json?: boolean }) => {
      const { loadSessions } = await import('../store/load-history.js');
      const sessions = loadSessions(dirs.data, context.warn, flags.limit);
      const { formatHistory, historyToJson } = await import('./commands/history-command.js');
      out(
        flags.json
          ? `${jsonText(historyToJson(sessions), 2)}\n`
          : formatHistory(sessions, display, new Date()),
      );
    });

  program
    .command('stats')
    .description('streaks, this week against the plan, tension check-ins, minutes a day')
    .option('--json', 'print JSON instead of text')
    .addHelpText('after', examples(['pmr stats', 'pmr stats --json']))
    .action(async (flags: { json?: boolean }) => {
      const { loadPracticeStats } = await import('../stats/history-stats.js');
      const stats = loadPracticeStats(dirs.data, context.warn, new Date());
      const { formatStats } = await import('./commands/stats-command.js');
      out(flags.json ? `${jsonText(stats, 2)}\n` : formatStats(stats, display));
    });

  program
    .command('new')
    .description('write a new routine file to start from, with comments')
    .argument('<name>', 'its name, like my-reset')
    .option('--from <routine>', 'start from a copy of this routine')
    .option('--out <path>', 'write it here instead of your routines folder')
    .option('--force', 'replace a file that is already there')
    .addHelpText(
      'after',
      examples([
        'pmr new my-reset',
        'pmr new evening --from bedtime',
        'pmr new desk --out ./desk.yaml',
      ]),
    )
    .action(async (name: string, flags: { from?: string; out?: string; force?: boolean }) => {
      const { routineDirs } = await import('../routine/find-routine.js');
      const { createRoutineFile, nextSteps } = await import('./commands/new-command.js');
      const routineFolders = routineDirs(dirs.config);
      const file = await createRoutineFile({ name, ...flags, dirs: routineFolders });
      out(nextSteps(file, name, routineFolders, process.cwd()));
    });

  program
    .command('edit')
    .description('open one of your routines in $VISUAL or $EDITOR, and check it after')
    .argument('<routine>', 'one of your routine names, or a file')
    .addHelpText('after', examples(['pmr edit my-reset', 'EDITOR=nano pmr edit my-reset']))
    .action(async (ref: string) => {
      const { routineDirs } = await import('../routine/find-routine.js');
      const { editRoutine, routineToEdit } = await import('./commands/edit-command.js');
      const checked = await editRoutine(
        routineToEdit(ref, routineDirs(dirs.config)),
        context.io.env,
      );
      (checked.ok ? out : err)(`${checked.lines.join('\n')}\n`);
      if (!checked.ok) result.exitCode = 1;
    });

  program
    .command('completion')
    .description('print a shell completion script: bash, zsh or fish')
    .argument('<shell>', 'bash, zsh or fish')
    .addHelpText(
      'after',
      examples([
        'pmr completion bash > ~/.local/share/bash-completion/completions/pmr',
        'pmr completion zsh > ~/.zfunc/_pmr',
        'pmr completion fish > ~/.config/fish/completions/pmr.fish',
      ]),
    )
    .action(async (shell: string) => {
      const { completionScript, shells } = await import('./completion/completion-scripts.js');
      if (!(shells as readonly string[]).includes(shell)) {
        const { UserError } = await import('../user-error.js');
        throw new UserError(`no completion for "${shell}"; pmr completes ${shells.join(', ')}.`);
      }
      out(completionScript(shell as (typeof shells)[number]));
    });

  // Asked by the completion scripts as a person presses Tab, with the words
  // after `pmr` (the last is the one being completed); see answer-completion.ts.
  program
    .command('__complete', { hidden: true })
    .argument('[words...]', 'the words typed after pmr')
    .action(async (words: string[]) => {
      const { answerCompletion } = await import('./completion/answer-completion.js');
      out(
        await answerCompletion(program, words, {
          configDir: dirs.config,
          debug: context.io.env.PMR_DEBUG === '1',
        }),
      );
    });

  program
    .command('schema')
    .description('print the JSON Schema of the routine format, for editors')
    .addHelpText('after', examples(['pmr schema > routine.schema.json']))
    .action(async () => {
      const { routineJsonSchema } = await import('../routine/routine-json-schema.js');
      out(`${jsonText(routineJsonSchema(), 2)}\n`);
    });

  program
    .command('safety')
    .description('when to stop a practice, and when to get medical advice')
    .addHelpText('after', examples(['pmr safety', 'pmr safety | less']))
    .action(async () => {
      const { safetyText } = await import('../safety/safety-words.js');
      out(`${safetyText(display.width).join('\n')}\n`);
    });

  const config = program
    .command('config')
    .description('show or change preferences')
    .addHelpText(
      'after',
      examples([
        'pmr config list',
        'pmr config set pace slow',
        'pmr config set routine work',
        'pmr config unset pace',
      ]),
    );
  const configExamples: Record<string, string[]> = {
    list: ['pmr config list'],
    get: ['pmr config get pace', 'pmr config get sensitive'],
    set: ['pmr config set pace slow', 'pmr config set sound voice', 'pmr config set routine work'],
    unset: ['pmr config unset pace', 'pmr config unset sensitive.shoulders'],
    path: ['pmr config path', '$EDITOR "$(pmr config path)"'],
    reset: ['pmr config reset'],
  };
  const configCommand =
    (name: string) =>
    async (...args: unknown[]) => {
      const { runConfigCommand } = await import('./commands/config-command.js');
      out(await runConfigCommand(name, args.slice(0, -2) as string[], context));
    };
  config
    .command('list', { isDefault: true })
    .description('every preference and its value')
    .action(configCommand('list'));
  config
    .command('get')
    .description('print one preference')
    .argument('<key>', 'a preference key')
    .action(configCommand('get'));
  config
    .command('set')
    .description('change a preference')
    .argument('<key>', 'a preference key')
    .argument('<value>', 'its new value')
    .action(configCommand('set'));
  config
    .command('unset')
    .description('put a preference back to its default')
    .argument('<key>', 'a preference key, or sensitive.GROUP for one group')
    .action(configCommand('unset'));
  config
    .command('path')
    .description('where the preferences file lives')
    .action(configCommand('path'));
  config
    .command('reset')
    .description('put every preference back to its default')
    .action(configCommand('reset'));
  config.addHelpText('after', () => `\nKeys:\n${describeKeys()}\n`);
  for (const sub of config.commands) {
    sub.addHelpText('after', examples(configExamples[sub.name()] ?? []));
  }

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
    program.argument(
      '[routine]',
      `the routine to run (default: ${defaultRoutine}, or pmr config set routine); see pmr list`,
    ),
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
    .option('--checkin', 'ask how tense you feel, before and after (0–10)')
    .option('--no-checkin', 'no check-in, even if the preference is on')
    .option('--bell', 'ring the terminal bell as tension (once) and release (twice) begin')
    .option('--voice', 'speak each cue with the system text-to-speech')
    .option('--quiet', 'no bell or voice, even if the sound preference is on')
    .option('--plain', 'one line per phase, no live screen (automatic when not a terminal)')
    .option('--json', 'JSON Lines on stdout, one object per event');
}

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}
