import { join } from 'node:path';
import { Command } from 'commander';
import { displayFor } from '../report/display.js';
import { withGlyphs } from '../report/glyphs.js';
import { jsonText } from '../report/json-text.js';
import { terminalText } from '../report/terminal-text.js';
import { storeDirs } from '../store/pmr-home.js';
import { defaultRoutine } from '../store/preference-keys.js';
import { UserError } from '../user-error.js';
import type { CliIo } from './cli-io.js';
import { describeKeys } from './commands/config-command.js';
import { wholeFlag } from './number-flag.js';
import { addPacingFlags, type PacingFlagValues, pacingFromFlags } from './pacing-flags.js';

// The command-line surface. Commands stay thin: they turn flags into calls on
// the modules in src/ and write what comes back. Those modules are imported
// when a command runs, so `--version` or `--help` load none of them.

export interface ProgramResult {
  exitCode: number;
}

export function buildProgram(io: CliIo, version: string, result: ProgramResult): Command {
  const dirs = storeDirs(io.env);
  const home = dirs.config;
  const display = displayFor(io.stdout, io.env);
  // Everything written passes the sanitiser: text from files, arguments or
  // the history cannot send escape sequences to the terminal. Messages on
  // stderr are pmr's own words, in the glyphs the locale can show.
  const out = (text: string) => io.stdout.write(terminalText(text));
  const err = (text: string) => io.stderr.write(terminalText(withGlyphs(text, display.glyphs)));

  // Warnings (a damaged preferences file, unreadable history lines) go to
  // stderr, each once per run.
  const warned = new Set<string>();
  const warn = (line: string) => {
    if (warned.has(line)) return;
    warned.add(line);
    err(`${line}\n`);
  };
  const preferences = async () => {
    const { openPreferences } = await import('../store/preferences.js');
    return openPreferences(dirs.config, warn);
  };

  /** The plan a session would run: the routine, the preferences, then the flags. */
  const planFromArgs = async (ref: string | undefined, flags: PacingFlagValues) => {
    const { readPreferences } = await import('../store/preferences.js');
    const prefs = await readPreferences(dirs.config, warn);
    const [{ routineFromArgs }, { planSession }] = await Promise.all([
      import('./routine-from-args.js'),
      import('../plan/plan-session.js'),
    ]);
    const routine = await routineFromArgs(ref, flags.groups, {
      home,
      stdin: io.stdin,
      fallback: prefs.routine,
    });
    const pacing = pacingFromFlags(flags);
    if (flags.slow === undefined && prefs.pace === 'slow') pacing.slow = true;
    pacing.sensitive = prefs.sensitive;
    return { plan: planSession(routine, pacing), prefs, routine, pacing };
  };

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

  program
    .command('list')
    .description('list the routines pmr can find')
    .option('--json', 'print JSON instead of a table')
    .addHelpText('after', examples(['pmr list', 'pmr list --json']))
    .action(async (flags: { json?: boolean }) => {
      const { routineDirs } = await import('../routine/find-routine.js');
      const { formatRoutineList, listRoutines } = await import('./commands/list-command.js');
      const listings = listRoutines(routineDirs(home));
      out(flags.json ? `${jsonText(listings, 2)}\n` : formatRoutineList(listings, display));
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
      const { plan } = await planFromArgs(ref, flags);
      out(
        flags.json
          ? `${jsonText((await import('./commands/show-command.js')).planToJson(plan), 2)}\n`
          : (await import('./commands/show-command.js')).formatPlanTable(plan, display),
      );
    });

  program
    .command('validate')
    .description('check routine files and report every problem with its line and column')
    .argument('<files...>', 'routine files (or names, or - for stdin)')
    .addHelpText('after', examples(['pmr validate ./mine.yaml', 'pmr validate routines/*.yaml']))
    .action(async (refs: string[]) => {
      const { routineDirs } = await import('../routine/find-routine.js');
      const { validateRoutines } = await import('./commands/validate-command.js');
      result.exitCode = await validateRoutines(refs, routineDirs(home), io.stdin, { out, err });
    });

  const startSession = async (
    ref: string | undefined,
    flags: PacingFlagValues & {
      plain?: boolean;
      json?: boolean;
      checkin?: boolean;
      bell?: boolean;
      voice?: boolean;
      quiet?: boolean;
      count?: boolean;
    },
  ) => {
    const { plan, prefs, routine, pacing } = await planFromArgs(ref, flags).catch(
      async (error: unknown) => {
        const names = program.commands.map((command) => command.name());
        throw await withCommandHint(
          error,
          ref,
          names.filter((name) => !name.startsWith('__')),
        );
      },
    );
    const { chooseOutput, runSession } = await import('./commands/session-command.js');
    const output = chooseOutput(flags, io);
    const checkIn =
      (flags.checkin ?? prefs.checkin === 'on') && output === 'screen' && Boolean(io.stdin.isTTY);
    result.exitCode = await runSession(plan, output, io, {
      dataDir: dirs.data,
      flags: definedOnly({ routine: ref, ...flags }),
      checkIn,
      warn,
      stopRules: routine.stopRules,
      configDir: dirs.config,
      markSensitive: async (group) => (await preferences()).markSensitive(group),
      cues: {
        sound: flags.quiet
          ? 'off'
          : flags.voice
            ? 'voice'
            : flags.bell
              ? 'bell'
              : (prefs.sound as 'off' | 'bell' | 'voice'),
        count: Boolean(flags.count),
        slow: Boolean(pacing.slow) || routine.name === 'bedtime',
        voiceCommand: prefs['voice.command'] || undefined,
      },
    });
  };

  program
    .command('history')
    .description('past sessions, newest first')
    .option('--limit <n>', 'show only the newest n', wholeFlag('--limit', { min: 1, max: 100_000 }))
    .option('--json', 'print JSON instead of a table')
    .addHelpText('after', examples(['pmr history', 'pmr history --limit 5', 'pmr history --json']))
    .action(async (flags: { limit?: number; json?: boolean }) => {
      const { loadSessions } = await import('../store/load-history.js');
      const sessions = loadSessions(dirs.data, warn).slice(0, flags.limit);
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
      const { loadSessions } = await import('../store/load-history.js');
      const { practiceStats } = await import('../stats/practice-stats.js');
      const stats = practiceStats(loadSessions(dirs.data, warn), new Date());
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
      const routineFolders = routineDirs(home);
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
      const checked = editRoutine(routineToEdit(ref, routineDirs(home)), io.env);
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
      const { completionSpec } = await import('./completion/completion-spec.js');
      if (!(shells as readonly string[]).includes(shell)) {
        throw new UserError(`no completion for "${shell}"; pmr completes ${shells.join(', ')}.`);
      }
      out(completionScript(shell as (typeof shells)[number], completionSpec(program)));
    });

  // Asked by the completion scripts as a person presses Tab: names only,
  // read fast (no routine is parsed).
  program
    .command('__complete', { hidden: true })
    .argument('<what>', 'routines or groups')
    .action(async (what: string) => {
      if (what === 'routines') {
        const { listRoutineFiles, routineDirs } = await import('../routine/find-routine.js');
        out(
          `${listRoutineFiles(routineDirs(home))
            .map((entry) => entry.name)
            .join('\n')}\n`,
        );
      } else if (what === 'groups') {
        const { catalogIds } = await import('../routine/catalog.js');
        out(`${catalogIds.join('\n')}\n`);
      }
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
  config
    .command('list', { isDefault: true })
    .description('every preference and its value')
    .action(async () => {
      const { formatPreferences } = await import('./commands/config-command.js');
      out(formatPreferences(await preferences()));
    });
  config
    .command('get')
    .description('print one preference')
    .argument('<key>', 'a preference key')
    .action(async (name: string) => {
      const { configKey, formatSensitive, sensitiveTarget } = await import(
        './commands/config-command.js'
      );
      const values = (await preferences()).values();
      if (sensitiveTarget(name)) {
        out(`${formatSensitive(values.sensitive)}\n`);
        return;
      }
      out(`${values[configKey(name).key]}\n`);
    });
  config
    .command('set')
    .description('change a preference')
    .argument('<key>', 'a preference key')
    .argument('<value>', 'its new value')
    .action(async (name: string, value: string) => {
      const { checkValue, configKey, sensitiveIsMarkedNotSet, sensitiveTarget } = await import(
        './commands/config-command.js'
      );
      if (sensitiveTarget(name)) throw new UserError(sensitiveIsMarkedNotSet);
      const entry = configKey(name);
      const checked = checkValue(entry, value);
      // A default routine must be one pmr can find.
      if (entry.key === 'routine') {
        const { loadRoutine, routineDirs } = await import('../routine/find-routine.js');
        await loadRoutine(checked, routineDirs(home));
      }
      (await preferences()).set(entry.key, checked);
      out(`${entry.key} = ${checked}\n`);
    });
  config
    .command('unset')
    .description('put a preference back to its default')
    .argument('<key>', 'a preference key, or sensitive.GROUP for one group')
    .action(async (name: string) => {
      const { configKey, formatSensitive, sensitiveTarget } = await import(
        './commands/config-command.js'
      );
      const store = await preferences();
      const sensitive = sensitiveTarget(name);
      if (sensitive) {
        store.clearSensitive(sensitive.group);
        out(`sensitive = ${formatSensitive(store.values().sensitive)}\n`);
        return;
      }
      const entry = configKey(name);
      store.unset(entry.key);
      out(`${entry.key} = ${store.values()[entry.key] || 'none'} (default)\n`);
    });
  config
    .command('path')
    .description('where the preferences file lives')
    .action(() => {
      out(`${join(dirs.config, 'config.json')}\n`);
    });
  config
    .command('reset')
    .description('put every preference back to its default')
    .action(async () => {
      (await preferences()).reset();
      out('Preferences are back to their defaults.\n');
    });
  config.addHelpText('after', () => `\nKeys:\n${describeKeys()}\n`);
  const configExamples: Record<string, string[]> = {
    list: ['pmr config list'],
    get: ['pmr config get pace', 'pmr config get sensitive'],
    set: ['pmr config set pace slow', 'pmr config set sound voice', 'pmr config set routine work'],
    unset: ['pmr config unset pace', 'pmr config unset sensitive.shoulders'],
    path: ['pmr config path', '$EDITOR "$(pmr config path)"'],
    reset: ['pmr config reset'],
  };
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

/** `pmr lsit`: an unknown routine that is one slip from a command says so. */
async function withCommandHint(
  error: unknown,
  ref: string | undefined,
  commandNames: string[],
): Promise<unknown> {
  if (
    !(error instanceof UserError) ||
    ref === undefined ||
    !error.message.startsWith('unknown routine')
  ) {
    return error;
  }
  const { closestMatch } = await import('../routine/closest-match.js');
  const command = closestMatch(ref, commandNames);
  return command
    ? new UserError(`unknown routine or command "${ref}" — did you mean the command "${command}"?`)
    : error;
}

function addSessionFlags(command: Command): Command {
  return addPacingFlags(command)
    .option('--checkin', 'ask how tense you feel, before and after (0–10)')
    .option('--no-checkin', 'no check-in, even if the preference is on')
    .option('--bell', 'ring the terminal bell as tension (once) and release (twice) begin')
    .option('--voice', 'speak each cue with the system text-to-speech')
    .option('--count', 'with --voice, count the last seconds of each release aloud')
    .option('--quiet', 'no bell or voice, even if the sound preference is on')
    .option('--plain', 'one line per phase, no live screen (automatic when not a terminal)')
    .option('--json', 'JSON Lines on stdout, one object per event');
}

/** Flags as given, without those left unset, for the session's record. */
function definedOnly(flags: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(flags).filter(([, value]) => value !== undefined));
}

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}
