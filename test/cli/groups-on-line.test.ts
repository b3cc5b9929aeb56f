import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { groupsOnLine } from '../../src/cli/completion/groups-on-line.js';
import { preferencesAtTab } from '../../src/cli/completion/preferences-at-tab.js';
import { catalogIds } from '../../src/routine/catalog.js';
import { routineDirs } from '../../src/routine/routine-files.js';
import { repoRoot, runPmr, tempHome } from '../helpers/run-pmr.js';

// The groups --only, --skip and --start-with complete to, read from the
// routine on the line at Tab time; and the preferences completion reads.

const workGroups = ['jaw', 'shoulders', 'hands', 'lower-back'];
const classicGroups = [
  'feet',
  'calves',
  'thighs',
  'glutes',
  'hands',
  'upper-arms',
  'shoulders',
  'face',
  'jaw',
];

describe('groupsOnLine', () => {
  const home = tempHome();
  const dirs = routineDirs(home);

  test('a routine by name or path, in its order, each group once', async () => {
    expect(await groupsOnLine({ ref: 'work' }, dirs, 'classic')).toEqual(workGroups);
    const file = join(tempHome(), 'mine.yaml');
    copyFileSync(join(repoRoot, 'routines', 'work.yaml'), file);
    expect(await groupsOnLine({ ref: file }, dirs, 'classic')).toEqual(workGroups);
  });

  test('no routine on the line: the default routine', async () => {
    expect(await groupsOnLine({}, dirs, 'work')).toEqual(workGroups);
    expect(await groupsOnLine({}, dirs, 'classic')).toEqual(classicGroups);
  });

  test('--groups on the line: the groups it names', async () => {
    expect(await groupsOnLine({ groups: 'neck,Jaw,nope,neck' }, dirs, 'classic')).toEqual([
      'neck',
      'jaw',
    ]);
    expect(await groupsOnLine({ groups: 'nope' }, dirs, 'classic')).toEqual(catalogIds);
  });

  test('a routine that cannot be read: the whole catalog, and no error', async () => {
    const broken = join(tempHome(), 'broken.yaml');
    writeFileSync(broken, 'steps: [\n');
    for (const ref of ['nope', broken, './missing.yaml', '-', tempHome()]) {
      expect(await groupsOnLine({ ref }, dirs, 'classic'), ref).toEqual(catalogIds);
    }
    expect(await groupsOnLine({}, dirs, 'gone')).toEqual(catalogIds);
  });

  test('a FIFO on the line is not read (reading it would hang the shell)', () => {
    // In a process of its own, so a hang fails the test (runPmr's timeout) instead of stalling it.
    const cwd = tempHome();
    execFileSync('mkfifo', [join(cwd, 'pipe.yaml')]);
    const result = runPmr(['__complete', '--', 'pipe.yaml', '--only', ''], { cwd });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`no-files\n${catalogIds.join('\n')}\n`);
  });
});

describe('preferencesAtTab', () => {
  test('the routine and the marked groups, defaults when absent', () => {
    const home = tempHome();
    expect(preferencesAtTab(home)).toEqual({ routine: 'classic', sensitiveGroups: [] });
    writeFileSync(
      join(home, 'config.json'),
      JSON.stringify({ routine: 'work', sensitive: { neck: 1, jaw: 2 } }),
    );
    expect(preferencesAtTab(home)).toEqual({ routine: 'work', sensitiveGroups: ['neck', 'jaw'] });
  });

  test('a damaged file reads as the defaults and is left exactly where it is', () => {
    const home = tempHome();
    for (const text of ['{not json', '[]', '{"routine": "../../etc", "sensitive": [1]}']) {
      writeFileSync(join(home, 'config.json'), text);
      expect(preferencesAtTab(home)).toEqual({ routine: 'classic', sensitiveGroups: [] });
      expect(readFileSync(join(home, 'config.json'), 'utf8')).toBe(text);
    }
  });
});

test('pmr __complete: the default routine from the preferences, quietly', () => {
  const home = tempHome();
  expect(runPmr(['config', 'set', 'routine', 'work'], { home }).status).toBe(0);
  const cwd = tempHome();
  mkdirSync(join(cwd, 'sub'));
  copyFileSync(join(repoRoot, 'routines', 'back.yaml'), join(cwd, 'sub', 'mine.yaml'));
  const complete = (...words: string[]) => {
    const result = runPmr(['__complete', '--', ...words], { home, cwd });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return result.stdout;
  };
  expect(complete('--only', '')).toBe(`no-files\n${workGroups.join('\n')}\n`);
  expect(complete('./sub/mine.yaml', '--start-with', '')).toContain('\nhips\n');
  writeFileSync(join(home, 'config.json'), '{not json');
  expect(complete('--skip', '')).toBe(`no-files\n${classicGroups.join('\n')}\n`);
  expect(readFileSync(join(home, 'config.json'), 'utf8')).toBe('{not json');
});
