import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot, runPmr, tempHome } from '../helpers/run-pmr.js';
import {
  bashCompletes,
  fishCompletes,
  isInstalled,
  scriptFile,
  zshCompletes,
} from '../helpers/shell-completion.js';

// The completion scripts, run in their own shells: what a person gets on Tab.
// Under CI every shell must be there (.ci/run installs zsh and fish), so a
// missing one fails instead of skipping.

const runsIn = (shell: string) => isInstalled(shell) || process.env.CI === 'true';

/** File names that run `touch PWNED` if a shell takes them as code, and one that colours the terminal. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${IFS} is the attack
const substitution = '$(touch${IFS}PWNED).yaml';
const hostileNames = [substitution, 'tick`touch PWNED`.yaml', 'red\u001b[31m.yaml'];

/** A PMR_HOME with one ordinary routine of the person's own, and the hostile ones. */
function hostileHome(): string {
  const home = tempHome();
  mkdirSync(join(home, 'routines'));
  for (const name of [...hostileNames, 'calm.yaml']) {
    copyFileSync(join(repoRoot, 'routines', 'work.yaml'), join(home, 'routines', name));
  }
  return home;
}

function expectNothingRan(home: string, cwd: string, output: string): void {
  for (const dir of [cwd, home, join(home, 'routines'), repoRoot]) {
    expect(existsSync(join(dir, 'PWNED')), `PWNED in ${dir}`).toBe(false);
  }
  expect(output).not.toContain('\u001b');
}

describe('the scripts parse', () => {
  test('bash', () => {
    expect(spawnSync('bash', ['-n', scriptFile('bash')]).status).toBe(0);
  });

  test.runIf(runsIn('zsh'))('zsh', () => {
    const result = spawnSync('zsh', ['-n', scriptFile('zsh')], { encoding: 'utf8' });
    expect(result.error, 'zsh must be installed (.ci/run installs it)').toBeUndefined();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  test.runIf(runsIn('fish'))('fish', () => {
    const result = spawnSync('fish', ['--no-execute', scriptFile('fish')], { encoding: 'utf8' });
    expect(result.error, 'fish must be installed (.ci/run installs it)').toBeUndefined();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('a routine file name is never run as code, nor printed raw', () => {
  test('bash: pmr <Tab>, pmr show <Tab>, pmr run <Tab>', () => {
    const home = hostileHome();
    const cwd = tempHome();
    // File completion (run) offers names from the folder the shell is in.
    for (const name of hostileNames.slice(0, 2)) writeFileSync(join(cwd, name), '');
    const [top, show, run] = bashCompletes([[''], ['show', ''], ['run', '']], { home, cwd });
    expect(top).toContain('calm');
    expect(show).toContain('calm');
    expect(run).toContain(substitution); // as data, for bash to quote
    expectNothingRan(home, cwd, [...(top ?? []), ...(show ?? [])].join('\n'));
    expect(readdirSync(cwd).sort()).toEqual([...hostileNames.slice(0, 2)].sort());
  });

  test.runIf(runsIn('zsh'))('zsh: pmr <Tab>, pmr show <Tab>', () => {
    const home = hostileHome();
    const cwd = tempHome();
    const [top, show] = zshCompletes([[''], ['show', '']], { home, cwd });
    expect(top).toContain('calm');
    expect(show).toContain('calm');
    expectNothingRan(home, cwd, [...(top ?? []), ...(show ?? [])].join('\n'));
    expect(readdirSync(cwd)).toEqual([]);
  });

  test.runIf(runsIn('fish'))('fish: pmr <Tab>, pmr show <Tab>', () => {
    const home = hostileHome();
    const cwd = tempHome();
    const [top, show] = fishCompletes(['pmr ', 'pmr show '], { home, cwd });
    expect(top).toContain('calm');
    expect(show).toContain('calm');
    expectNothingRan(home, cwd, [...(top ?? []), ...(show ?? [])].join('\n'));
    expect(readdirSync(cwd)).toEqual([]);
  });

  test('pmr __complete leaves out every name a shell could misread', () => {
    const result = runPmr(['__complete', '--', ''], { home: hostileHome() });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const words = result.stdout.split('\n').map((line) => line.split('\t')[0]);
    expect(words).toContain('calm');
    const hostile = (word = '') => /[$`]|PWNED|red/.test(word) || word.includes('\u001b');
    expect(words.filter((word) => hostile(word))).toEqual([]);
  });
});

// What completes is settled in complete-words.test.ts; these check that each
// shell passes the line to pmr and offers the answer, with few runs (each
// Tab starts pmr).
describe('bash completes', () => {
  test('routine names as they are at Tab time', () => {
    const home = tempHome();
    expect(bashCompletes([['b']], { home })).toEqual([['back', 'bedtime']]);
    runPmr(['new', 'breathe-easy'], { home });
    expect(bashCompletes([['b']], { home })).toEqual([['back', 'bedtime', 'breathe-easy']]);
  });

  test('commands, flags, groups of the routine, preferences, and files', () => {
    const cwd = tempHome();
    writeFileSync(join(cwd, 'mine.yaml'), '');
    expect(
      bashCompletes(
        [
          ['hi'],
          ['work', '--sl'],
          ['work', '--only', ''],
          ['anxiety', '--skip', 'jaw,ne'],
          ['config', 'set', 'pace', ''],
          ['run', 'mi'],
          ['show', ''],
        ],
        { cwd },
      ),
    ).toEqual([
      ['history'],
      ['--slow'],
      ['hands', 'jaw', 'lower-back', 'shoulders'],
      ['jaw,neck'],
      ['normal', 'slow'],
      ['mine.yaml'],
      ['anxiety', 'back', 'bedtime', 'classic', 'mine.yaml', 'work'],
    ]);
  });
});

describe.runIf(runsIn('zsh'))('zsh completes', () => {
  test('commands, flags, groups of the routine, preferences, and files', () => {
    expect(
      zshCompletes([
        ['list', '--'],
        ['work', '--only', ''],
        // (Q): the quotes typed around a word are taken off before pmr reads it.
        ["'work'", '--only', ''],
        ['anxiety', '--skip', 'jaw,'],
        ['config', 'set', 'pace', ''],
        ['run', ''],
      ]),
    ).toEqual([
      ['--help', '--json'],
      ['hands', 'jaw', 'lower-back', 'shoulders'],
      ['hands', 'jaw', 'lower-back', 'shoulders'],
      [
        'jaw,abdomen',
        'jaw,calves',
        'jaw,chest',
        'jaw,face',
        'jaw,feet',
        'jaw,glutes',
        'jaw,hands',
        'jaw,neck',
        'jaw,shoulders',
        'jaw,thighs',
        'jaw,upper-arms',
      ],
      ['normal', 'slow'],
      ['<files>'],
    ]);
  });
});

describe.runIf(runsIn('fish'))('fish completes', () => {
  test('commands, flags, groups of the routine, preferences, and files', () => {
    const cwd = tempHome();
    writeFileSync(join(cwd, 'mine.yaml'), '');
    expect(
      fishCompletes(
        [
          'pmr hi',
          'pmr list --',
          'pmr work --only ',
          'pmr anxiety --skip jaw,ne',
          'pmr config set pace ',
          'pmr run mi',
        ],
        { cwd },
      ),
    ).toEqual([
      ['history'],
      ['--help', '--json'],
      ['hands', 'jaw', 'lower-back', 'shoulders'],
      ['jaw,neck'],
      ['normal', 'slow'],
      ['mine.yaml'],
    ]);
  });
});

describe('pmr completion', () => {
  test('an unknown shell is a usage error naming the ones there are', () => {
    const result = runPmr(['completion', 'tcsh']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('pmr: no completion for "tcsh"; pmr completes bash, zsh, fish.\n');
  });
});
