import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeFolder } from '../../src/files/make-folder.js';
import { tempHome } from '../helpers/run-pmr.js';

describe('makeFolder', () => {
  test('makes every missing folder on the way, and leaves an existing one be', () => {
    const home = tempHome();
    const deep = join(home, 'a', 'b', 'c');
    makeFolder(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    makeFolder(deep);
    makeFolder(home);
  });

  test('a file in the way is an error, not a folder made around it', () => {
    const home = tempHome();
    writeFileSync(join(home, 'a'), '');
    expect(() => makeFolder(join(home, 'a', 'b'))).toThrow(/ENOTDIR/);
  });

  test('a place no folder can be made throws at once (Node’s recursive mkdir never returns there)', () => {
    expect(() => makeFolder('/proc/pmr-nowhere/routines')).toThrow(/ENOENT/);
    expect(existsSync('/proc/pmr-nowhere')).toBe(false);
  });
});
