import { describe, expect, test } from 'vitest';
import { processIo } from '../../src/cli/cli-io.js';
import { commandContext } from '../../src/cli/command-context.js';
import { formatAnswer } from '../../src/cli/completion/answer-completion.js';
import {
  type CompletionSources,
  completeWords,
  type RoutineOnLine,
} from '../../src/cli/completion/complete-words.js';
import { completionSpec } from '../../src/cli/completion/completion-spec.js';
import { isShellSafeWord } from '../../src/cli/completion/shell-safe-word.js';
import { buildProgram } from '../../src/cli/program.js';
import { catalogIds } from '../../src/routine/catalog.js';
import { guardOutput } from '../../src/terminal/output-guard.js';
import { tempHome } from '../helpers/run-pmr.js';

// What completes after each word on a pmr command line, from pmr's real
// commands and flags, with routines and groups given in place of the disk.

const io = { ...processIo(), env: { PMR_HOME: tempHome() } };
const program = buildProgram(
  commandContext(io, guardOutput(io.stdout, io.stderr), { exitCode: 0 }),
  'test',
);

const asked: RoutineOnLine[] = [];

const sources: CompletionSources = {
  spec: completionSpec(program),
  shells: ['bash', 'zsh', 'fish'],
  routines: () => [
    { name: 'classic', kind: 'built-in' },
    { name: 'work', kind: 'built-in' },
    { name: 'My_Reset', kind: 'user' },
    { name: 'desk', kind: 'user' },
  ],
  groupsOf: async (routine) => {
    asked.push(routine);
    return ['jaw', 'neck', 'shoulders'];
  },
  catalog: catalogIds,
  sensitiveGroups: () => ['neck'],
};

async function words(...typed: string[]): Promise<string[]> {
  return (await completeWords(typed, sources)).candidates.map((candidate) => candidate.word);
}

async function files(...typed: string[]): Promise<boolean> {
  return (await completeWords(typed, sources)).files;
}

describe('completeWords', () => {
  test('first word: commands and routines; paths only when it looks like one', async () => {
    const first = await words('');
    expect(first).toEqual(expect.arrayContaining(['list', 'show', 'config', 'classic', 'desk']));
    expect(first).not.toContain('__complete');
    expect(await files('')).toBe(false);
    expect(await files('./mi')).toBe(true);
    expect(await words('work', '')).toEqual([]); // a session runs one routine
  });

  test('flags of the command on the line, or of a session', async () => {
    expect(await words('list', '--')).toEqual(['--json', '--help']);
    const session = await words('work', '--');
    expect(session).toEqual(expect.arrayContaining(['--only', '--slow', '--plain', '--help']));
    expect(await words('--')).toEqual(expect.arrayContaining(['--version', '--only']));
    expect(await words('run', '-')).toEqual(expect.arrayContaining(['--plain', '--help']));
  });

  test('--only, --skip and --start-with: the groups of the routine on the line', async () => {
    asked.length = 0;
    expect(await words('work', '--only', '')).toEqual(['jaw', 'neck', 'shoulders']);
    expect(await words('show', './mine.yaml', '--start-with', '')).toEqual([
      'jaw',
      'neck',
      'shoulders',
    ]);
    expect(await words('run', 'a.yaml', '--skip', '')).toHaveLength(3);
    expect(await words('--only', '')).toHaveLength(3);
    expect(await words('--groups', 'jaw,neck', '--skip', '')).toHaveLength(3);
    expect(asked).toEqual([
      { ref: 'work' },
      { ref: './mine.yaml' },
      { ref: 'a.yaml' },
      {}, // the default routine
      { groups: 'jaw,neck' },
    ]);
  });

  test('a comma list completes after its last comma, without repeating a group', async () => {
    expect(await words('work', '--skip', 'jaw,ne')).toEqual(['jaw,neck', 'jaw,shoulders']);
    expect(await words('work', '--only', 'jaw,neck,')).toEqual(['jaw,neck,shoulders']);
    // --groups is a sequence of the whole catalog; a group may come twice.
    const groups = await words('--groups', 'jaw,');
    expect(groups).toHaveLength(catalogIds.length);
    expect(groups).toContain('jaw,jaw');
  });

  test('--flag=value completes the value with the flag in front', async () => {
    expect(await words('work', '--only=')).toEqual([
      '--only=jaw',
      '--only=neck',
      '--only=shoulders',
    ]);
    expect(await words('show', '--position=')).toEqual([
      '--position=sitting',
      '--position=lying',
      '--position=reclined',
      '--position=side',
    ]);
    expect(await words('--slow=')).toEqual([]);
  });

  test('values: choices, routines for --from, paths for --out, nothing for numbers', async () => {
    expect(await words('show', '--position', '')).toEqual(['sitting', 'lying', 'reclined', 'side']);
    expect(await words('new', 'x', '--from', '')).toEqual(['classic', 'work', 'My_Reset', 'desk']);
    expect(await files('new', 'x', '--out', '')).toBe(true);
    expect(await words('work', '--minutes', '')).toEqual([]);
    expect(await files('work', '--minutes', '')).toBe(false);
    // A value already given is not completed again.
    expect(await words('work', '--minutes', '5', '')).toEqual([]);
  });

  test('show: routines and paths; run and validate: paths; edit: your own routines', async () => {
    expect(await completeWords(['show', ''], sources)).toEqual({
      candidates: expect.arrayContaining([{ word: 'classic', description: 'routine' }]),
      files: true,
    });
    expect(await completeWords(['run', ''], sources)).toEqual({ candidates: [], files: true });
    expect(await files('run', 'a.yaml', '')).toBe(false);
    expect(await files('validate', 'a.yaml', '')).toBe(true);
    expect(await words('edit', '')).toEqual(['My_Reset', 'desk']);
    expect(await words('completion', '')).toEqual(['bash', 'zsh', 'fish']);
    expect(await words('new', '')).toEqual([]);
  });

  test('config: subcommands, keys, and the values each key takes', async () => {
    expect(await words('config', '')).toEqual(['list', 'get', 'set', 'unset', 'path', 'reset']);
    const keys = ['routine', 'pace', 'checkin', 'sound', 'voice.command', 'theme', 'dim-after'];
    expect(await words('config', 'set', '')).toEqual(keys);
    expect(await words('config', 'get', '')).toEqual([...keys, 'sensitive']);
    expect(await words('config', 'unset', '')).toEqual([...keys, 'sensitive', 'sensitive.neck']);
    expect(await words('config', 'set', 'pace', '')).toEqual(['normal', 'slow']);
    expect(await words('config', 'set', 'sound', '')).toEqual(['off', 'bell', 'voice']);
    expect(await words('config', 'set', 'theme', '')).toEqual(['auto', 'dim', 'normal']);
    // Only names the routine preference accepts (lower case, digits, dashes).
    expect(await words('config', 'set', 'routine', '')).toEqual(['classic', 'work', 'desk']);
    expect(await words('config', 'set', 'voice.command', '')).toEqual([]);
    expect(await words('config', 'set', 'pace', 'slow', '')).toEqual([]);
    expect(await words('config', 'path', '')).toEqual([]);
  });
});

describe('the answer printed for a shell', () => {
  test('a first line for paths, then safe words with their descriptions', () => {
    expect(
      formatAnswer({
        candidates: [
          { word: 'show', description: 'show the timeline\u001b[2J' },
          { word: '$(touch PWNED)' },
          { word: 'show' },
          { word: 'jaw,neck' },
        ],
        files: true,
      }),
    ).toBe('files\nshow\tshow the timeline\\u001b[2J\njaw,neck\n');
    expect(formatAnswer({ candidates: [], files: false })).toBe('no-files\n');
  });

  test('shell-safe words', () => {
    for (const word of ['work', 'my-reset', 'Été_2', 'v1.2', 'jaw,neck', '--only=jaw', 'a+b']) {
      expect(isShellSafeWord(word), word).toBe(true);
    }
    for (const word of [
      '',
      'a b',
      '$(touch x)',
      'a`b`',
      "it's",
      '"q"',
      'a;b',
      'a|b',
      'a&b',
      'a>b',
      '*',
      'a?',
      '[ab]',
      '{a,b}',
      '~me',
      '=cmd',
      '#x',
      'a\\b',
      'a!b',
      'a:b',
      'a@b',
      'a\tb',
      'a\nb',
      'red\u001b[31m',
      'a\u0007',
      'a\u009bb',
      'evil\u202egpj.yaml',
      'zero\u200bwidth',
    ]) {
      expect(isShellSafeWord(word), JSON.stringify(word)).toBe(false);
    }
  });
});
