import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { catalogIds } from '../../src/routine/catalog.js';
import { closestMatch } from '../../src/routine/closest-match.js';
import {
  isPathRef,
  listRoutineFiles,
  loadRoutine,
  routineDirs,
} from '../../src/routine/find-routine.js';
import { routineFromGroups } from '../../src/routine/inline-routine.js';
import { describeUnsafeText, unsafeCharacter } from '../../src/routine/safe-text.js';
import { UserError } from '../../src/user-error.js';
import { tempHome } from '../helpers/run-pmr.js';

function home(files: Record<string, string> = {}): string {
  const dir = tempHome();
  mkdirSync(join(dir, 'routines'));
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(dir, 'routines', name), text);
  return dir;
}

async function failure(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('listRoutineFiles', () => {
  test('built-in routines, and a user routine shadows one of the same name', () => {
    const dirs = routineDirs(
      home({ 'work.yaml': 'steps: [jaw]\n', 'mine.yml': 'steps: [neck]\n', 'notes.txt': '' }),
    );
    const entries = listRoutineFiles(dirs);
    expect(entries.map((entry) => entry.name)).toEqual([
      'anxiety',
      'back',
      'bedtime',
      'classic',
      'mine',
      'work',
    ]);
    expect(entries.find((entry) => entry.name === 'work')?.kind).toBe('user');
    expect(entries.find((entry) => entry.name === 'classic')?.kind).toBe('built-in');
  });

  test('a missing user folder is fine', () => {
    const dirs = routineDirs(join(tempHome(), 'no-such-home'));
    expect(listRoutineFiles(dirs).length).toBe(5);
  });
});

describe('loadRoutine', () => {
  const dirs = routineDirs(home({ 'mine.yaml': 'title: Mine\nsteps: [neck]\n' }));

  test('by name, by path and from stdin', async () => {
    expect((await loadRoutine('work', dirs)).source.kind).toBe('built-in');
    expect((await loadRoutine('mine', dirs)).title).toBe('Mine');
    const byPath = await loadRoutine(join(dirs.user, 'mine.yaml'), dirs);
    expect(byPath.source).toEqual({ kind: 'path', file: join(dirs.user, 'mine.yaml') });
    const fromStdin = await loadRoutine('-', dirs, Readable.from(['steps: ', '[jaw]\n']));
    expect(fromStdin.steps).toEqual([{ group: 'jaw' }]);
  });

  test('an unknown name suggests the nearest one', async () => {
    const error = await failure(loadRoutine('wrok', dirs));
    expect(error.message).toBe('unknown routine "wrok" — did you mean "work"? See pmr list.');
    expect(error.exitCode).toBe(2);
    expect((await failure(loadRoutine('zzzzzz', dirs))).message).toBe(
      'unknown routine "zzzzzz". See pmr list.',
    );
  });

  test('a missing file, a folder and an invalid file', async () => {
    expect((await failure(loadRoutine('./nope.yaml', dirs))).message).toBe(
      'cannot find ./nope.yaml; check the path',
    );
    expect((await failure(loadRoutine(`${dirs.user}/`, dirs))).message).toMatch(/is a folder/);
    const bad = join(dirs.user, 'bad.yaml');
    writeFileSync(bad, 'steps: [sholders]\n');
    const error = await failure(loadRoutine(bad, dirs));
    expect(error.exitCode).toBe(1);
    expect(error.message).toBe(`${bad} is not a valid routine (1 problem)`);
    expect(error.details).toEqual([
      `${bad}:1:9: unknown group "sholders" — did you mean "shoulders"?`,
    ]);
  });

  test('stdin that is a terminal, or too large, is refused', async () => {
    const tty = Object.assign(Readable.from([]), { isTTY: true });
    expect((await failure(loadRoutine('-', dirs, tty))).message).toMatch(/pipe one in/);
    const big = Readable.from([Buffer.alloc(300 * 1024, 0x20)]);
    expect((await failure(loadRoutine('-', dirs, big))).message).toMatch(/larger than 256 KiB/);
  });

  test('isPathRef tells names from paths', () => {
    expect(isPathRef('work')).toBe(false);
    expect(isPathRef('./work')).toBe(true);
    expect(isPathRef('mine.yaml')).toBe(true);
    expect(isPathRef('-')).toBe(true);
  });
});

describe('--groups', () => {
  test('catalog groups in exactly that order', () => {
    const routine = routineFromGroups(' Jaw, shoulders ,hands,');
    expect(routine.steps.map((step) => step.group)).toEqual(['jaw', 'shoulders', 'hands']);
    expect(routine.source.kind).toBe('inline');
  });

  test('unknown or empty', () => {
    expect(() => routineFromGroups('jaw,sholders')).toThrow(
      /unknown group "sholders" — did you mean "shoulders"\?/,
    );
    expect(() => routineFromGroups(' , ')).toThrow(/at least one group/);
  });
});

describe('small helpers', () => {
  test('closestMatch only suggests near misses', () => {
    expect(closestMatch('sholders', catalogIds)).toBe('shoulders');
    expect(closestMatch('FEET', catalogIds)).toBe('feet');
    expect(closestMatch('elbow', catalogIds)).toBeUndefined();
  });

  test('a word cut short means the one word it begins, even when another is fewer edits away', () => {
    expect(closestMatch('hist', ['list', 'history', 'show'])).toBe('history');
    expect(closestMatch('lower', catalogIds)).toBe('lower-back');
    // Two words begin "sho": the nearest by edits, as for any typo.
    expect(closestMatch('sho', ['shoulders', 'show'])).toBe('show');
  });

  test('unsafe text is found and named', () => {
    expect(unsafeCharacter('plain words')).toBeUndefined();
    expect(unsafeCharacter('a\u001b[2Jb')).toBe('U+001B');
    expect(unsafeCharacter('tab\there')).toBe('U+0009');
    expect(unsafeCharacter('\u2066hidden')).toBe('U+2066');
    expect(describeUnsafeText('cue', 'one\ntwo')).toBe('cue must be a single line of text');
  });
});
